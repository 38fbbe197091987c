// array_distinct, array_union, array_intersect, array_except: first-occurrence order, at most
// one null kept, NaN equal to NaN, -0.0 apart from 0.0.
import { defineScalar, strict } from "../misc/bind-helpers.js";
import type { DataType } from "../../types/data-type.js";
import { commonArrayType, elementKey as equalityKey, expectArray } from "./array-support.js";

const NEGATIVE_ZERO = Symbol("-0.0");
/** Set-operation key: Spark's array set functions keep -0.0 and 0.0 apart (NaN equals NaN). */
const elementKey = (v: unknown, t: DataType): unknown =>
  (t.kind === "double" || t.kind === "float") && Object.is(v, -0) ? NEGATIVE_ZERO : equalityKey(v, t);

function distinctInto(out: unknown[], seen: Set<unknown>, xs: readonly unknown[], t: DataType, keep: (k: unknown) => boolean) {
  for (const x of xs) {
    const k = elementKey(x, t);
    if (seen.has(k) || !keep(k)) continue;
    seen.add(k);
    out.push(x);
  }
}

export const arrayDistinct = defineScalar({
  name: "array_distinct",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectArray(name, args, 0);
    return strict(t, [t], (a: unknown[]) => {
      const out: unknown[] = [];
      distinctInto(out, new Set(), a, t.elementType, () => true);
      return out;
    });
  },
});

export const arrayUnion = defineScalar({
  name: "array_union",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = commonArrayType(name, args);
    return strict(t, [t, t], (a: unknown[], b: unknown[]) => {
      const out: unknown[] = [];
      const seen = new Set<unknown>();
      distinctInto(out, seen, a, t.elementType, () => true);
      distinctInto(out, seen, b, t.elementType, () => true);
      return out;
    });
  },
});

export const arrayIntersect = defineScalar({
  name: "array_intersect",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = commonArrayType(name, args);
    return strict(t, [t, t], (a: unknown[], b: unknown[]) => {
      const inB = new Set(b.map((y) => elementKey(y, t.elementType)));
      const out: unknown[] = [];
      distinctInto(out, new Set(), a, t.elementType, (k) => inB.has(k));
      return out;
    });
  },
});

export const arrayExcept = defineScalar({
  name: "array_except",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = commonArrayType(name, args);
    return strict(t, [t, t], (a: unknown[], b: unknown[]) => {
      const inB = new Set(b.map((y) => elementKey(y, t.elementType)));
      const out: unknown[] = [];
      distinctInto(out, new Set(), a, t.elementType, (k) => !inB.has(k));
      return out;
    });
  },
});
