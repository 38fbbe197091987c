// format_number(x, d): '#,###,###.##' with d decimals, HALF_EVEN as java.text.DecimalFormat
// (which rounds a double's exact binary value); d < 0 gives null. format_number(x, pattern)
// takes a DecimalFormat pattern (subset: grouping, '0' / '#' digits, literal prefix/suffix).
import { defineScalar, implicitlyCastable, unexpectedType } from "../misc/bind-helpers.js";
import { IntegerType, StringType, isNumeric, type DataType } from "../../types/data-type.js";
import { exactDecimalOf, rescale, type RoundingMode } from "../math/decimal-digits.js";

function toExact(v: number | bigint, t: DataType): { unscaled: bigint; scale: number } {
  if (typeof v === "bigint") return { unscaled: v, scale: t.kind === "decimal" ? t.scale : 0 };
  if (t.kind === "float") return exactDecimalOf(Math.fround(v));
  return exactDecimalOf(v);
}

function groupDigits(s: string, size: number): string {
  if (size <= 0) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % size === 0) out += ",";
    out += s[i];
  }
  return out;
}

interface Pattern {
  prefix: string;
  suffix: string;
  grouping: number;
  minInt: number;
  minFrac: number;
  maxFrac: number;
}

function parsePattern(p: string): Pattern {
  const m = /^([^#0,.]*)([#0,]*)(?:\.([0#]*))?(.*)$/.exec(p.split(";")[0]!)!;
  const intPart = m[2] ?? "";
  const frac = m[3] ?? "";
  const lastComma = intPart.lastIndexOf(",");
  return {
    prefix: m[1] ?? "",
    suffix: m[4] ?? "",
    grouping: lastComma < 0 ? 0 : intPart.length - lastComma - 1,
    minInt: (intPart.match(/0/g) ?? []).length,
    minFrac: (frac.match(/0/g) ?? []).length,
    maxFrac: frac.length,
  };
}

export function formatDecimal(unscaled: bigint, scale: number, p: Pattern, mode: RoundingMode = "HALF_EVEN"): string {
  const r = rescale(unscaled, scale, p.maxFrac, mode);
  const neg = r < 0n || (r === 0n && unscaled < 0n);
  let digits = (r < 0n ? -r : r).toString().padStart(p.maxFrac + 1, "0");
  let intDigits = digits.slice(0, digits.length - p.maxFrac);
  let fracDigits = digits.slice(digits.length - p.maxFrac);
  while (fracDigits.length > p.minFrac && fracDigits.endsWith("0")) fracDigits = fracDigits.slice(0, -1);
  intDigits = intDigits.replace(/^0+/, "");
  if (intDigits.length < p.minInt) intDigits = intDigits.padStart(p.minInt, "0");
  if (intDigits === "" && fracDigits === "") intDigits = "0";
  digits = groupDigits(intDigits, p.grouping) + (fracDigits ? "." + fracDigits : "");
  return (neg ? "-" : "") + p.prefix + digits + p.suffix;
}

export function formatNumberValue(v: number | bigint, t: DataType, d: number | string): string | null {
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
  let p: Pattern;
  if (typeof d === "number") {
    if (d < 0) return null;
    p = { prefix: "", suffix: "", grouping: 3, minInt: 1, minFrac: d, maxFrac: d };
  } else {
    p = d === "" ? { prefix: "", suffix: "", grouping: 3, minInt: 1, minFrac: 0, maxFrac: 0 } : parsePattern(d);
  }
  const { unscaled, scale } = toExact(v, t);
  return formatDecimal(unscaled, scale, p);
}

export const formatNumber = defineScalar({
  name: "format_number",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (!isNumeric(t) && t.kind !== "null") throw unexpectedType(name, args, 0, '"NUMERIC"');
    const dt = args[1]!.dataType;
    let second: DataType;
    if (dt.kind === "string") second = StringType();
    else if (implicitlyCastable(dt, IntegerType())) second = IntegerType();
    else throw unexpectedType(name, args, 1, '("INT" or "STRING")');
    const valueType = t.kind === "null" ? IntegerType() : t;
    return {
      returnType: StringType(),
      nullable: true,
      nullIntolerant: true,
      inputTypes: [valueType, second],
      kernel: (v: number | bigint, d: number | string) => formatNumberValue(v, valueType, d),
    };
  },
});
