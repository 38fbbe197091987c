// min(x) / max(x) over any orderable type, in Spark's order (NaN above +Infinity, -0.0 = 0.0,
// strings by UTF-8 bytes, arrays/structs element-wise); result type = input type, NULL over no
// rows. max_by(x, y) / min_by(x, y): x at the row with the largest / smallest y (rows with a
// null y are ignored, a null x is kept; the first row wins ties, as Spark's strict comparison).
import { checkOrderable, defineAggregate, valueAggregate } from "./agg-helpers.js";
import { compareInternal } from "../../values/internal.js";
import type { DataType } from "../../types/data-type.js";
import type { BoundAggregate } from "../function-definition.js";

function bindExtreme(t: DataType, sign: 1 | -1): BoundAggregate {
  const pick = (acc: unknown, x: unknown): unknown => (acc === null || sign * compareInternal(x, acc, t) > 0 ? x : acc);
  return valueAggregate({
    returnType: t,
    nullable: true,
    inputTypes: [t],
    init: () => null,
    update: (acc, a) => pick(acc, a[0]),
    merge: (a, b) => (b === null ? a : pick(a, b)),
  });
}

export const min = defineAggregate({
  name: "min",
  minArgs: 1,
  bind: (args, _c, _d, name) => bindExtreme(checkOrderable(name, args, 0), -1),
});

export const max = defineAggregate({
  name: "max",
  minArgs: 1,
  bind: (args, _c, _d, name) => bindExtreme(checkOrderable(name, args, 0), 1),
});

/** Accumulator of max_by/min_by: the best ordering value so far and its x. */
interface ByAcc {
  has: boolean;
  x: unknown;
  y: unknown;
}

function bindBy(name: string, args: Parameters<typeof checkOrderable>[1], sign: 1 | -1): BoundAggregate {
  const xt = args[0]!.dataType;
  const yt = checkOrderable(name, args, 1);
  const better = (acc: ByAcc, y: unknown): boolean => !acc.has || sign * compareInternal(y, acc.y, yt) > 0;
  return {
    returnType: xt,
    nullable: true,
    inputTypes: [xt, yt],
    skipNulls: false,
    init: (): ByAcc => ({ has: false, x: null, y: null }),
    update: (acc: unknown, a) => {
      const s = acc as ByAcc;
      const y = a[1];
      if (y === null || y === undefined) return s;
      if (better(s, y)) {
        s.has = true;
        s.x = a[0];
        s.y = y;
      }
      return s;
    },
    merge: (a: unknown, b: unknown) => {
      const x = a as ByAcc;
      const y = b as ByAcc;
      if (!y.has) return x;
      return better(x, y.y) ? { has: true, x: y.x, y: y.y } : x;
    },
    finish: (acc: unknown) => (acc as ByAcc).x ?? null,
  };
}

export const maxBy = defineAggregate({ name: "max_by", minArgs: 2, bind: (args, _c, _d, name) => bindBy(name, args, 1) });
export const minBy = defineAggregate({ name: "min_by", minArgs: 2, bind: (args, _c, _d, name) => bindBy(name, args, -1) });
