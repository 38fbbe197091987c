// array_contains, array_position, array_remove, arrays_overlap: Spark's three-valued results
// (null when not found but the array holds a null).
import { defineScalar } from "../misc/bind-helpers.js";
import { BooleanType, LongType } from "../../types/data-type.js";
import { equalityFor } from "../operators/compare-values.js";
import { arrayAndElement, commonArrayType, elementKey } from "./array-support.js";

export const arrayContains = defineScalar({
  name: "array_contains",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const { array, elem } = arrayAndElement(name, args);
    const eq = equalityFor(elem);
    return {
      returnType: BooleanType(),
      nullable: true,
      nullIntolerant: true,
      inputTypes: [array, elem],
      kernel: (a: unknown[], v: unknown) => {
        let sawNull = false;
        for (const x of a) {
          if (x === null) sawNull = true;
          else if (eq(x, v)) return true;
        }
        return sawNull ? null : false;
      },
    };
  },
});

export const arrayPosition = defineScalar({
  name: "array_position",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const { array, elem } = arrayAndElement(name, args);
    const eq = equalityFor(elem);
    return {
      returnType: LongType(),
      nullable: false,
      nullIntolerant: true,
      inputTypes: [array, elem],
      kernel: (a: unknown[], v: unknown) => {
        for (let i = 0; i < a.length; i++) if (a[i] !== null && eq(a[i], v)) return BigInt(i + 1);
        return 0n;
      },
    };
  },
});

export const arrayRemove = defineScalar({
  name: "array_remove",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const { array, elem } = arrayAndElement(name, args);
    const eq = equalityFor(elem);
    return {
      returnType: array,
      nullable: false,
      nullIntolerant: true,
      inputTypes: [array, elem],
      kernel: (a: unknown[], v: unknown) => a.filter((x) => x === null || !eq(x, v)),
    };
  },
});

export const arraysOverlap = defineScalar({
  name: "arrays_overlap",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = commonArrayType(name, args);
    const e = t.elementType;
    return {
      returnType: BooleanType(),
      nullable: true,
      nullIntolerant: true,
      inputTypes: [t, t],
      kernel: (a: unknown[], b: unknown[]) => {
        const keys = new Set<unknown>();
        let sawNull = false;
        for (const x of a) x === null ? (sawNull = true) : keys.add(elementKey(x, e));
        for (const y of b) {
          if (y === null) sawNull = true;
          else if (keys.has(elementKey(y, e))) return true;
        }
        return sawNull && a.length > 0 && b.length > 0 ? null : false;
      },
    };
  },
});
