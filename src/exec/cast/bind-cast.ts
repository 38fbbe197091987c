// bindCast: the kernel for CAST(from AS to) in a mode, dispatching to one file per target family.

import { dataTypeEquals, type DataType } from "../../types/data-type.js";
import { canCast } from "./can-cast.js";
import { castToStringKernel } from "./cast-to-string.js";
import { castToNumericKernel } from "./cast-to-numeric.js";
import { castToDecimalKernel } from "./cast-to-decimal.js";
import { castToBooleanKernel } from "./cast-to-boolean.js";
import { castToDateKernel, castToTimestampKernel, castToTimestampNTZKernel } from "./cast-to-datetime.js";
import { castIntervalToIntegral, castToDayTimeKernel, castToYearMonthKernel } from "./cast-interval.js";
import { castArrayKernel, castMapKernel, castStructKernel } from "./cast-complex.js";
import type { CastContext, CastKernel, CastMode } from "./cast-types.js";

const utf8 = new TextEncoder();
const identity: CastKernel = (v) => v;

/** The kernel for CAST(from AS to). Kernels take a non-null internal value and return the
 *  internal result or null. Throws TypeError when Spark has no such cast (check canCast in
 *  the analyzer to raise Spark's DATATYPE_MISMATCH error). */
export function bindCast(from: DataType, to: DataType, mode: CastMode, timeZone: string): CastKernel {
  return bindWith(from, to, { mode, timeZone });
}

function bindWith(from: DataType, to: DataType, ctx: CastContext): CastKernel {
  if (dataTypeEquals(from, to, true)) return identity;
  if (!canCast(from, to, ctx.mode)) {
    throw new TypeError(`cannot cast ${from.kind} to ${to.kind}`);
  }
  if (from.kind === "null") return () => null;
  const rec = (f: DataType, t: DataType): CastKernel => bindWith(f, t, ctx);
  switch (to.kind) {
    case "string":
    case "char":
    case "varchar":
      if (from.kind === "string" || from.kind === "char" || from.kind === "varchar") return identity;
      return castToStringKernel(from, ctx.timeZone);
    case "boolean":
      return castToBooleanKernel(from, to, ctx);
    case "byte":
    case "short":
    case "integer":
    case "long":
      if (from.kind === "year_month_interval" || from.kind === "day_time_interval") {
        return castIntervalToIntegral(from, to, ctx);
      }
      if (from.kind === "date") return () => null; // legacy only: Spark gives null
      return castToNumericKernel(from, to, ctx);
    case "float":
    case "double":
      if (from.kind === "date") return () => null;
      return castToNumericKernel(from, to, ctx);
    case "decimal":
      if (from.kind === "date") return () => null;
      return castToDecimalKernel(from, to, ctx);
    case "binary":
      return binaryKernel(from);
    case "date":
      return castToDateKernel(from, to, ctx);
    case "timestamp":
      return castToTimestampKernel(from, to, ctx);
    case "timestamp_ntz":
      return castToTimestampNTZKernel(from, to, ctx);
    case "year_month_interval":
      return castToYearMonthKernel(from, to, ctx);
    case "day_time_interval":
      return castToDayTimeKernel(from, to, ctx);
    case "array":
      return castArrayKernel(from as any, to, rec);
    case "map":
      return castMapKernel(from as any, to, rec);
    case "struct":
      return castStructKernel(from as any, to, rec);
    case "calendar_interval":
      if (from.kind === "calendar_interval") return identity;
      throw new TypeError("string to calendar interval casts are not supported yet");
    case "null":
      throw new TypeError(`cannot cast ${from.kind} to null`);
  }
}

/** STRING → BINARY is its UTF-8 bytes; legacy integral → BINARY is big-endian bytes. */
function binaryKernel(from: DataType): CastKernel {
  switch (from.kind) {
    case "string":
    case "char":
    case "varchar":
      return (s: string) => utf8.encode(s);
    case "byte":
    case "short":
    case "integer":
    case "long": {
      const width = { byte: 1, short: 2, integer: 4, long: 8 }[from.kind];
      return (v: number | bigint) => {
        const out = new Uint8Array(width);
        let x = BigInt.asUintN(width * 8, BigInt(v));
        for (let i = width - 1; i >= 0; i--) {
          out[i] = Number(x & 0xffn);
          x >>= 8n;
        }
        return out;
      };
    }
    default:
      throw new TypeError(`cannot cast ${from.kind} to binary`);
  }
}
