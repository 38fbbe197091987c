// Literals: numbers (typed by suffix and magnitude as Spark types them), strings (adjacent
// literals concatenate), typed literals (DATE, TIMESTAMP, TIMESTAMP_NTZ, TIMESTAMP_LTZ, X, INTERVAL).

import type { Cast, Expr, Literal } from "../plan/expr/unresolved.js";
import {
  BinaryType, BooleanType, ByteType, DateType, DayTimeIntervalType, DecimalType, DoubleType, FloatType,
  IntegerType, LongType, NullType, ShortType, StringType, TimestampNTZType, TimestampType, YearMonthIntervalType,
  type DataType,
} from "../types/data-type.js";
import { Decimal } from "../values/decimal.js";
import { DayTimeInterval, YearMonthInterval } from "../values/interval.js";
import { SparkDate } from "../values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../values/timestamp.js";
import { parseDateString, parseTimestampString } from "./datetime-literal.js";
import { intervalString, multiUnitInterval, normalizeUnit, unitToUnitInterval, type IntervalValue } from "./interval-literal.js";
import type { Token } from "./lexer.js";
import type { SqlParser } from "./parser-core.js";

export const lit = (value: unknown, dataType: DataType): Literal => ({ kind: "literal", value, dataType });
export const nullLit = (): Literal => lit(null, NullType());
export const boolLit = (b: boolean): Literal => lit(b, BooleanType());
export const strLit = (s: string): Literal => lit(s, StringType());
export const intLit = (n: number): Literal => lit(n, IntegerType());

const INT_RANGES: Record<string, readonly [bigint, bigint, DataType, string]> = {
  tinyint: [-128n, 127n, ByteType(), "tinyint"],
  smallint: [-32768n, 32767n, ShortType(), "smallint"],
  bigint: [-(2n ** 63n), 2n ** 63n - 1n, LongType(), "bigint"],
};

/** Decimal literal value and type from decimal text (optionally with exponent). */
export function decimalFromText(text: string): { value: Decimal; precision: number; scale: number } {
  const m = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const frac = m[3] ?? "";
  let unscaled = BigInt((m[2] || "0") + frac);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    unscaled *= 10n ** BigInt(-scale);
    scale = 0;
  }
  if (m[1] === "-") unscaled = -unscaled;
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString().length;
  return { value: new Decimal(unscaled, scale), precision: Math.max(digits, scale, 1), scale };
}

/** The current token is a number; `minus` is the preceding unary '-' token folded into it. */
export function parseNumber(p: SqlParser, minus?: Token): Literal {
  const t = p.next();
  const from = minus ?? t;
  const sign = minus ? "-" : "";
  const text = sign + t.value;
  const rangeError = (typeName: string, min: string, max: string): never =>
    p.contextError("INVALID_NUMERIC_LITERAL_RANGE", { rawStrippedQualifier: text, minValue: min, maxValue: max, typeName }, from, t);
  const decimal = (s: string): Literal => {
    const d = decimalFromText(s);
    if (d.precision > 38) {
      p.contextError("DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION", { precision: String(d.precision), maxPrecision: "38" }, from, t);
    }
    return lit(d.value, DecimalType(d.precision, d.scale));
  };
  switch (t.numberKind) {
    case "integer": {
      const v = BigInt(text);
      if (v >= -(2n ** 31n) && v < 2n ** 31n) return lit(Number(v), IntegerType());
      if (v >= -(2n ** 63n) && v < 2n ** 63n) return lit(v, LongType());
      return decimal(text);
    }
    case "bigint":
    case "smallint":
    case "tinyint": {
      const [min, max, type, name] = INT_RANGES[t.numberKind]!;
      const v = BigInt(text);
      if (v < min || v > max) rangeError(name, String(min), String(max));
      return lit(t.numberKind === "bigint" ? v : Number(v), type);
    }
    case "decimal":
    case "bigdecimal":
      return decimal(text);
    case "exponent":
    case "double": {
      const v = Number(text);
      if (!Number.isFinite(v)) rangeError("double", "-1.7976931348623157E+308", "1.7976931348623157E+308");
      return lit(v, DoubleType());
    }
    case "float": {
      const v = Math.fround(Number(text));
      if (!Number.isFinite(v)) rangeError("float", "-3.4028234663852886E+38", "3.4028234663852886E+38");
      return lit(v, FloatType());
    }
    default:
      return p.fail(t);
  }
}

/** One or more adjacent string literals, concatenated. */
export function parseStringValue(p: SqlParser): string {
  const t = p.peek();
  if (t.type !== "string") p.fail(t);
  let s = "";
  while (p.peek().type === "string") s += p.next().value;
  return s;
}

const TYPED_LITERALS = ["DATE", "TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ", "X", "INTERVAL"];

/** DATE '...', X'..', ... : a type word directly followed by a string. */
export function isTypedLiteral(p: SqlParser): boolean {
  return p.isAnyWord(TYPED_LITERALS) && p.peek(1).type === "string";
}

export function parseTypedLiteral(p: SqlParser): Expr {
  const typeTok = p.next();
  const value = parseStringValue(p);
  const kind = typeTok.value;
  const invalid = (): never =>
    p.contextError("INVALID_TYPED_LITERAL", { valueType: `"${kind}"`, value: `'${value}'` }, typeTok);
  switch (kind) {
    case "DATE": {
      const days = parseDateString(value);
      return days === undefined ? invalid() : lit(new SparkDate(days), DateType());
    }
    case "TIMESTAMP_NTZ": {
      const ts = parseTimestampString(value);
      return ts ? lit(new TimestampNTZ(ts.localMicros), TimestampNTZType()) : invalid();
    }
    case "TIMESTAMP":
    case "TIMESTAMP_LTZ": {
      const ts = parseTimestampString(value);
      if (!ts) return invalid();
      if (ts.offsetSeconds !== undefined) {
        return lit(new Timestamp(ts.localMicros - BigInt(ts.offsetSeconds) * 1_000_000n), TimestampType());
      }
      // Needs the session time zone: the analyzer evaluates the cast (the string is known valid).
      const cast: Cast = { kind: "cast", child: strLit(value), dataType: TimestampType(), evalMode: "ansi" };
      return cast;
    }
    case "X": {
      const hex = value.length % 2 === 1 ? "0" + value : value;
      if (!/^[0-9a-fA-F]*$/.test(hex)) return invalid();
      const bytes = new Uint8Array(hex.length / 2);
      for (let k = 0; k < bytes.length; k++) bytes[k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
      return lit(bytes, BinaryType());
    }
    case "INTERVAL": {
      const v = intervalString(value);
      if (typeof v === "string") {
        if (v === "mixed") p.contextError("_LEGACY_ERROR_TEMP_0029", { literal: p.sql.slice(typeTok.offset, p.prev().end) }, typeTok);
        return invalid();
      }
      return intervalLiteral(v);
    }
    default:
      return p.fail(typeTok);
  }
}

export function intervalLiteral(v: IntervalValue): Literal {
  return v.kind === "year_month"
    ? lit(new YearMonthInterval(v.months), YearMonthIntervalType(v.start, v.end))
    : lit(new DayTimeInterval(v.micros), DayTimeIntervalType(v.start, v.end));
}

const isUnit = (t: Token): boolean => t.type === "word" && normalizeUnit(t.value) !== undefined;

/** After the INTERVAL keyword: value unit [value unit ...] | 'text' unit TO unit | 'text'. */
export function parseIntervalAfterKeyword(p: SqlParser, intervalTok: Token): Expr {
  const valueStart = (k: number): boolean => {
    const t = p.peek(k);
    if (t.type === "op" && (t.value === "-" || t.value === "+")) return valueStart(k + 1);
    return t.type === "number" || t.type === "string";
  };
  const signLen = (k: number): number => (p.isOp("-", k) || p.isOp("+", k) ? 1 : 0);
  // typed-literal form INTERVAL 'text' (no unit follows)
  if (p.peek().type === "string") {
    let k = 0;
    while (p.peek(k).type === "string") k++;
    if (!isUnit(p.peek(k))) {
      p.pos--; // re-read INTERVAL as the type word
      return parseTypedLiteral(p);
    }
  }
  const pairs: [string, string][] = [];
  let unitToUnit: IntervalValue | string | undefined;
  while (valueStart(0) && isUnit(p.peek(signLen(0) + 1))) {
    let sign = "";
    if (p.acceptOp("-")) sign = "-";
    else p.acceptOp("+");
    const vt = p.peek();
    let value: string;
    if (vt.type === "string") value = parseStringValue(p);
    else value = p.next().value;
    if (sign) value = value.startsWith("-") ? value.slice(1) : "-" + value;
    const unit = p.next();
    if (p.isWord("TO") && pairs.length === 0 && vt.type === "string") {
      p.next();
      const to = p.next();
      if (to.type !== "word") p.fail(to);
      unitToUnit = unitToUnitInterval(value, unit.value, to.value);
      if (typeof unitToUnit === "string") {
        p.contextError("INVALID_INTERVAL_FORMAT.UNSUPPORTED_FROM_TO_EXPRESSION",
          { input: value, from: unit.text.toLowerCase(), to: to.text.toLowerCase() }, intervalTok);
      }
      return intervalLiteral(unitToUnit);
    }
    pairs.push([value, unit.value]);
  }
  if (pairs.length === 0) return p.fail();
  const v = multiUnitInterval(pairs);
  if (typeof v === "string") {
    const literal = p.sql.slice(intervalTok.offset, p.prev().end);
    if (v === "mixed") return p.contextError("_LEGACY_ERROR_TEMP_0029", { literal }, intervalTok);
    return p.contextError("INVALID_TYPED_LITERAL", { valueType: '"INTERVAL"', value: `'${literal}'` }, intervalTok);
  }
  return intervalLiteral(v);
}
