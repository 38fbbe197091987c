// lag(x [, offset = 1 [, default = NULL]]) and lead(x, ...): x at `offset` rows before / after
// the current row in the partition, or `default` (evaluated at the current row, cast to x's
// type) when that row does not exist. A negative offset looks the other way. An optional
// fourth constant boolean argument means IGNORE NULLS: the offset counts non-null values only
// (the analyzer passes `lag(x) IGNORE NULLS` that way).
import type { ArgInfo, BoundWindowFunction } from "../function-definition.js";
import { constantInt, defineWindow } from "./window-helpers.js";
import { BooleanType, IntegerType, type DataType } from "../../types/data-type.js";

function bindOffset(args: readonly ArgInfo[], name: string, direction: 1 | -1): BoundWindowFunction {
  const t = args[0]!.dataType;
  const offset = args.length > 1 ? constantInt(name, args, 1, "offset", IntegerType()) : 1;
  const ignoreNulls = args.length > 3 && args[3]!.foldable && args[3]!.value === true;
  const inputTypes: DataType[] = [t];
  if (args.length > 1) inputTypes.push(IntegerType());
  if (args.length > 2) inputTypes.push(t);
  if (args.length > 3) inputTypes.push(BooleanType());
  const step = direction * offset; // rows ahead (+) or behind (-)
  return {
    returnType: t,
    nullable: true,
    inputTypes,
    evaluatePartition(a, n, _peers, out) {
      const xs = a[0]!;
      const defaults = a.length > 2 ? a[2]! : null;
      const dflt = (i: number): unknown => (defaults ? (defaults[i] ?? null) : null);
      if (!ignoreNulls || step === 0) {
        for (let i = 0; i < n; i++) {
          const j = i + step;
          out[i] = j >= 0 && j < n ? (xs[j] ?? null) : dflt(i);
        }
        return;
      }
      // IGNORE NULLS: the |step|-th non-null value strictly before / after row i.
      const need = Math.abs(step);
      const nonNull: number[] = [];
      for (let i = 0; i < n; i++) if (xs[i] !== null && xs[i] !== undefined) nonNull.push(i);
      let p = 0; // first non-null index position > i (for lead) / >= i (for lag)
      for (let i = 0; i < n; i++) {
        if (step > 0) {
          while (p < nonNull.length && nonNull[p]! <= i) p++;
          const k = p + need - 1;
          out[i] = k < nonNull.length ? xs[nonNull[k]!] : dflt(i);
        } else {
          while (p < nonNull.length && nonNull[p]! < i) p++;
          const k = p - need;
          out[i] = k >= 0 ? xs[nonNull[k]!] : dflt(i);
        }
      }
    },
  };
}

export const lag = defineWindow({ name: "lag", minArgs: 1, maxArgs: 4, bind: (args, _c, name) => bindOffset(args, name, -1) });
export const lead = defineWindow({ name: "lead", minArgs: 1, maxArgs: 4, bind: (args, _c, name) => bindOffset(args, name, 1) });
