// collect_list / array_agg (nulls skipped, input order) and collect_set (distinct values; like
// Spark, -0.0 and 0.0 are one value while NaN never equals NaN at the top level). Both return
// ARRAY<T> with containsNull = false and an empty array over no rows. Spark's collect_set order
// follows its hash set; ours is first-seen order.
import { defineAggregate } from "./agg-helpers.js";
import { ArrayType, type DataType } from "../../types/data-type.js";
import { canonicalKey } from "../../values/internal.js";
import type { BoundAggregate } from "../function-definition.js";

function bindList(t: DataType): BoundAggregate {
  return {
    returnType: ArrayType(t, false),
    nullable: false,
    skipNulls: true,
    init: () => [] as unknown[],
    update: (acc: unknown, a) => {
      (acc as unknown[]).push(a[0]);
      return acc;
    },
    merge: (a: unknown, b: unknown) => (a as unknown[]).concat(b as unknown[]),
    finish: (acc: unknown) => (acc as unknown[]).slice(),
  };
}

interface SetAcc {
  seen: Map<unknown, true>;
  values: unknown[];
}

function bindSet(t: DataType): BoundAggregate {
  const floating = t.kind === "float" || t.kind === "double";
  const add = (s: SetAcc, v: unknown): void => {
    if (floating && v !== v) {
      s.values.push(v); // NaN is never a duplicate (Scala == on doubles)
      return;
    }
    const k = floating ? (v as number) + 0 : canonicalKey(v, t);
    if (s.seen.has(k)) return;
    s.seen.set(k, true);
    s.values.push(v);
  };
  return {
    returnType: ArrayType(t, false),
    nullable: false,
    skipNulls: true,
    init: (): SetAcc => ({ seen: new Map(), values: [] }),
    update: (acc: unknown, a) => {
      add(acc as SetAcc, a[0]);
      return acc;
    },
    merge: (a: unknown, b: unknown) => {
      const x = a as SetAcc;
      for (const v of (b as SetAcc).values) add(x, v);
      return x;
    },
    finish: (acc: unknown) => (acc as SetAcc).values.slice(),
  };
}

export const collectList = defineAggregate({
  name: "collect_list",
  aliases: ["array_agg"],
  minArgs: 1,
  bind: (args) => bindList(args[0]!.dataType),
});

export const collectSet = defineAggregate({ name: "collect_set", minArgs: 1, bind: (args) => bindSet(args[0]!.dataType) });
