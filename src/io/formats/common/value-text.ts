// Text of scalar internal values as Spark's CSV/JSON writers print them: doubles as Java's
// Double.toString, decimals in plain notation with their scale, dates/timestamps through the
// writer's formats.

import type { DataType } from "../../../types/data-type.js";
import { formatDouble, formatFloat } from "../../../values/java-format.js";
import type { DatetimeCodec } from "./datetime-codec.js";

const utf8 = new TextDecoder("utf-8");

export function decimalText(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString();
  if (scale <= 0) return (neg ? "-" : "") + digits + (scale < 0 ? "0".repeat(-scale) : "");
  const padded = digits.padStart(scale + 1, "0");
  const cut = padded.length - scale;
  return (neg ? "-" : "") + padded.slice(0, cut) + "." + padded.slice(cut);
}

/** Text of a non-null scalar internal value; null when the type is not a scalar. */
export function scalarText(type: DataType, v: unknown, dt: DatetimeCodec): string | null {
  switch (type.kind) {
    case "string":
    case "char":
    case "varchar":
      return v as string;
    case "binary":
      return utf8.decode(v as Uint8Array);
    case "boolean":
      return v ? "true" : "false";
    case "byte":
    case "short":
    case "integer":
      return String(v);
    case "long":
      return (v as bigint).toString();
    case "float":
      return formatFloat(v as number);
    case "double":
      return formatDouble(v as number);
    case "decimal":
      return decimalText(typeof v === "bigint" ? v : BigInt((v as { unscaled: bigint }).unscaled), type.scale);
    case "date":
      return dt.formatDate(v as number);
    case "timestamp":
      return dt.formatTimestamp(v as bigint);
    case "timestamp_ntz":
      return dt.formatTimestampNTZ(v as bigint);
    default:
      return null;
  }
}
