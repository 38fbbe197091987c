// Casts to BOOLEAN: numbers are true when non-zero (NaN too, as in Java); strings accept
// t/true/y/yes/1 and f/false/n/no/0 in any case, trimmed.

import type { DataType } from "../../types/data-type.js";
import { castInvalidInput } from "./cast-errors.js";
import { trimCastString } from "./cast-to-numeric.js";
import type { CastContext, CastKernel } from "./cast-types.js";

const TRUE = new Set(["t", "true", "y", "yes", "1"]);
const FALSE = new Set(["f", "false", "n", "no", "0"]);

export function parseBooleanString(s: string): boolean | null {
  const t = trimCastString(s).toLowerCase();
  return TRUE.has(t) ? true : FALSE.has(t) ? false : null;
}

export function castToBooleanKernel(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  switch (from.kind) {
    case "byte":
    case "short":
    case "integer":
    case "float":
    case "double":
      return (v: number) => v !== 0;
    case "long":
    case "decimal":
    case "timestamp":
      return (v: bigint) => v !== 0n;
    case "date":
      return () => null; // legacy Spark: date → boolean is always null
    case "string":
    case "char":
    case "varchar":
      return (s: string) => {
        const b = parseBooleanString(s);
        if (b === null && ctx.mode === "ansi") throw castInvalidInput(s, from, to);
        return b;
      };
    default:
      throw new TypeError(`cannot cast ${from.kind} to boolean`);
  }
}
