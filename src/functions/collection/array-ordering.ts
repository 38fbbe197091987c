// array_max, array_min (nulls skipped, NaN largest), array_sort (ascending, nulls last),
// sort_array(arr[, asc]) (nulls first ascending, last descending), array_join.
import { defineScalar, expectString, requireConstantArg, strict, unexpectedType } from "../misc/bind-helpers.js";
import { ArrayType, StringType } from "../../types/data-type.js";
import { comparatorFor } from "../operators/compare-values.js";
import { expectArray } from "./array-support.js";
import { javaString } from "../string/format-string.js";

function extreme(name: string, sign: 1 | -1) {
  return defineScalar({
    name,
    minArgs: 1,
    bind: (args, _ctx, fn) => {
      const t = expectArray(fn, args, 0);
      const cmp = comparatorFor(t.elementType);
      return strict(t.elementType, [t], (a: unknown[]) => {
        let best: unknown = null;
        for (const x of a) if (x !== null && (best === null || sign * cmp(x, best) > 0)) best = x;
        return best;
      }, true);
    },
  });
}

export const arrayMax = extreme("array_max", 1);
export const arrayMin = extreme("array_min", -1);

function sorted(a: unknown[], cmp: (x: unknown, y: unknown) => number, asc: boolean, nullsFirst: boolean): unknown[] {
  const nulls = a.filter((x) => x === null);
  const vals = a.filter((x) => x !== null).sort((x, y) => (asc ? cmp(x, y) : cmp(y, x)));
  return nullsFirst ? [...nulls, ...vals] : [...vals, ...nulls];
}

export const arraySort = defineScalar({
  name: "array_sort",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    // The comparator-lambda form is a higher-order function handled by the analyzer.
    const t = expectArray(name, args, 0);
    const cmp = comparatorFor(t.elementType);
    return strict(t, [t], (a: unknown[]) => sorted(a, cmp, true, false));
  },
});

export const sortArray = defineScalar({
  name: "sort_array",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, _ctx, name) => {
    const t = expectArray(name, args, 0);
    if (args.length === 2 && args[1]!.dataType.kind !== "boolean") throw unexpectedType(name, args, 1, '"BOOLEAN"');
    if (args.length === 2) requireConstantArg(name, args, 1, "ascendingOrder", "BOOLEAN");
    const cmp = comparatorFor(t.elementType);
    return strict(t, args.length === 2 ? [t, args[1]!.dataType] : [t], (a: unknown[], asc = true) => sorted(a, cmp, asc, asc));
  },
});

export const arrayJoin = defineScalar({
  name: "array_join",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const t = expectArray(name, args, 0);
    const et = t.elementType;
    const types = [ArrayType(et.kind === "null" ? StringType() : et, t.containsNull), expectString(name, args, 1)];
    if (args.length === 3) types.push(expectString(name, args, 2));
    const toText = (x: unknown) => (typeof x === "string" ? x : javaString(x, et));
    return {
      returnType: StringType(),
      nullable: args.slice(0, 2).some((a) => a.nullable),
      nullIntolerant: false,
      inputTypes: types,
      kernel: (a: unknown[] | null, sep: string | null, nullRep?: string | null) => {
        if (a === null || sep === null) return null;
        if (nullRep === null) return null;
        const parts: string[] = [];
        for (const x of a) {
          if (x === null) {
            if (nullRep !== undefined) parts.push(nullRep);
          } else parts.push(toText(x));
        }
        return parts.join(sep);
      },
    };
  },
});
