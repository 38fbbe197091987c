// Casts to DECIMAL(p, s): values are rounded HALF_UP to the scale; a value that does not fit
// raises NUMERIC_VALUE_OUT_OF_RANGE (ANSI) or becomes null. Doubles go through Java's
// Double.toString digits (as Spark's Decimal(double) does); NaN and infinities give null.

import type { DataType, DecimalType } from "../../types/data-type.js";
import { Decimal, fitsPrecision, pow10, roundUnscaled, unscaledToString } from "../../values/decimal.js";
import { numericValueOutOfRange } from "../../values/decimal-arithmetic.js";
import { castInvalidInput } from "./cast-errors.js";
import { trimCastString } from "./cast-to-numeric.js";
import type { CastContext, CastKernel } from "./cast-types.js";

export function castToDecimalKernel(from: DataType, to: DecimalType, ctx: CastContext): CastKernel {
  const ansi = ctx.mode === "ansi";
  const { precision, scale } = to;
  /** u at scale fromScale → unscaled at the target type, or null/throw. */
  const fit = (u: bigint, fromScale: number): bigint | null => {
    const r = fromScale === scale ? u : roundUnscaled(u, fromScale, scale, "HALF_UP");
    if (fitsPrecision(r, precision)) return r;
    if (ansi) throw numericValueOutOfRange(unscaledToString(u, fromScale), precision, scale);
    return null;
  };
  switch (from.kind) {
    case "boolean":
      return (v: boolean) => fit(v ? 1n : 0n, 0);
    case "byte":
    case "short":
    case "integer":
      return (v: number) => fit(BigInt(v), 0);
    case "long":
      return (v: bigint) => fit(v, 0);
    case "decimal": {
      const fs = from.scale;
      return (u: bigint) => fit(u, fs);
    }
    case "float":
    case "double":
      return (x: number) => {
        if (!Number.isFinite(x)) return null;
        const d = Decimal.fromNumber(x);
        return fit(d.unscaled, d.scale);
      };
    case "string":
    case "char":
    case "varchar":
      return (s: string) => {
        const d = Decimal.parse(trimCastString(s));
        if (!d) {
          if (ansi) throw castInvalidInput(s, from, to);
          return null;
        }
        return fit(d.unscaled, d.scale);
      };
    case "timestamp":
      return (micros: bigint) => fit(micros, 6);
    case "year_month_interval": {
      const perUnit = from.endField === 0 ? 12n : 1n;
      return (months: number) => fit(BigInt(months) / perUnit, 0);
    }
    case "day_time_interval": {
      // in units of the end field; seconds keep their 6 fractional digits
      const end = from.endField;
      if (end === 3) return (micros: bigint) => fit(micros, 6);
      const unit = [86_400_000_000n, 3_600_000_000n, 60_000_000n][end]!;
      return (micros: bigint) => fit(micros / unit, 0);
    }
    default:
      throw new TypeError(`cannot cast ${from.kind} to decimal`);
  }
}

export { pow10 };
