// The types both operands of a binary operator are cast to before it runs, by Spark 4's ANSI
// rules (AnsiTypeCoercion + DecimalPrecision + the datetime rules):
//   + - * %   numeric: wider numeric type; a string next to a number becomes bigint (integral)
//             or double (fractional/decimal); decimals keep their own precision (the result type
//             comes from decimal-rules), integrals next to a decimal become decimal(p,0)
//             (an integral LITERAL the fewest digits holding it: `dec + 1` → decimal(1,0));
//             date ± int, date − date, timestamp ± interval, interval ± interval keep their types.
//   /         double unless a decimal meets a decimal/integral (then decimals as above).
//   div       bigint, or decimals when a decimal is involved.
//   = < ...   one common type (findWiderTypeForTwo); decimals widened to one decimal.
//   & | ^     the wider integral type.
// Returns null when Spark rejects the combination (the operator raises DATATYPE_MISMATCH).

import {
  DoubleType,
  LongType,
  TimestampNTZType,
  TimestampType,
  dataTypeEquals,
  isIntegral,
  isNumeric,
  isStringLike,
  type DataType,
} from "../../../types/data-type.js";
import { decimalForIntegralLiteral, decimalForType, widerDecimalType } from "../../../values/decimal-rules.js";
import { findTightestCommonType, findWiderTypeForTwo } from "./common-type.js";

/** What the coercion needs to know about an operand: its type, and its value if a literal. */
export type OperandInfo = DataType | { readonly dataType: DataType; readonly foldable?: boolean; readonly value?: unknown };

export interface OperandTypes {
  readonly left: DataType;
  readonly right: DataType;
}

export type BinaryOperatorKind = "arithmetic" | "remainder" | "divide" | "integral_divide" | "comparison" | "bitwise";

/** Which coercion family a Spark operator name belongs to. */
export function operatorKind(op: string): BinaryOperatorKind | null {
  switch (op) {
    case "+":
    case "-":
    case "*":
    case "try_add":
    case "try_subtract":
    case "try_multiply":
      return "arithmetic";
    case "%":
    case "mod":
    case "pmod":
    case "try_mod":
      return "remainder";
    case "/":
    case "try_divide":
      return "divide";
    case "div":
      return "integral_divide";
    case "=":
    case "==":
    case "!=":
    case "<>":
    case "<":
    case "<=":
    case ">":
    case ">=":
    case "<=>":
      return "comparison";
    case "&":
    case "|":
    case "^":
      return "bitwise";
    default:
      return null;
  }
}

const typeOf = (o: OperandInfo): DataType => ("kind" in o ? o : o.dataType);

/** The decimal an integral operand takes next to a decimal: fewest digits for a literal. */
function integralAsDecimal(o: OperandInfo): DataType {
  const t = typeOf(o);
  if (!("kind" in o) && o.foldable && (typeof o.value === "number" || typeof o.value === "bigint")) {
    return decimalForIntegralLiteral(o.value);
  }
  return decimalForType(t)!;
}

const isShortInt = (t: DataType): boolean => t.kind === "byte" || t.kind === "short" || t.kind === "integer";
const isAnsiInterval = (t: DataType): boolean => t.kind === "year_month_interval" || t.kind === "day_time_interval";
const isTimestampLike = (t: DataType): boolean => t.kind === "timestamp" || t.kind === "timestamp_ntz";
const isDatetimeLike = (t: DataType): boolean => t.kind === "date" || isTimestampLike(t);

const same = (l: DataType, r: DataType): OperandTypes => ({ left: l, right: r });
const both = (t: DataType): OperandTypes => ({ left: t, right: t });

/** Decimal with decimal/integral → decimals (each keeping its precision); decimal with
 *  float/double/string → double; null when no decimal is involved. */
function decimalOperands(l: OperandInfo, r: OperandInfo): OperandTypes | null {
  const a = typeOf(l);
  const b = typeOf(r);
  if (a.kind !== "decimal" && b.kind !== "decimal") return null;
  const other = a.kind === "decimal" ? b : a;
  if (other.kind === "decimal") return same(a, b);
  if (isIntegral(other)) return a.kind === "decimal" ? same(a, integralAsDecimal(r)) : same(integralAsDecimal(l), b);
  if (other.kind === "null") return both(a.kind === "decimal" ? a : b);
  if (other.kind === "float" || other.kind === "double" || isStringLike(other)) return both(DoubleType());
  return null;
}

/** Numbers, strings and nulls mixed: wider type (string → bigint/double). */
function numericOperands(a: DataType, b: DataType): OperandTypes | null {
  const okA = isNumeric(a) || isStringLike(a) || a.kind === "null";
  const okB = isNumeric(b) || isStringLike(b) || b.kind === "null";
  if (!okA || !okB) return null;
  if (!isNumeric(a) && !isNumeric(b)) {
    // NULL op NULL is double; strings alone are rejected ('1' + '2': BINARY_OP_WRONG_TYPE)
    return a.kind === "null" && b.kind === "null" ? both(DoubleType()) : null;
  }
  const w = findWiderTypeForTwo(a, b);
  return w !== null && isNumeric(w) ? both(w) : null;
}

function datetimeArithmetic(op: string, a: DataType, b: DataType): OperandTypes | null {
  const plus = op === "+" || op === "try_add";
  const minus = op === "-" || op === "try_subtract";
  if (!plus && !minus) return null;
  if (a.kind === "date" && isShortInt(b)) return same(a, b);
  if (plus && isShortInt(a) && b.kind === "date") return same(a, b);
  if (isDatetimeLike(a) && isAnsiInterval(b)) return same(a, b);
  if (plus && isAnsiInterval(a) && isDatetimeLike(b)) return same(a, b);
  if (a.kind === "year_month_interval" && b.kind === "year_month_interval") return both(findTightestCommonType(a, b)!);
  if (a.kind === "day_time_interval" && b.kind === "day_time_interval") return both(findTightestCommonType(a, b)!);
  if (minus && isDatetimeLike(a) && isDatetimeLike(b)) {
    if (a.kind === "date" && b.kind === "date") return same(a, b);
    const t = a.kind === "timestamp" || b.kind === "timestamp" ? TimestampType() : TimestampNTZType();
    return both(t);
  }
  if (a.kind === "calendar_interval" && (isDatetimeLike(b) || b.kind === "calendar_interval")) return same(a, b);
  if (b.kind === "calendar_interval" && isDatetimeLike(a)) return same(a, b);
  return null;
}

/** The types `left op right` needs; null when the operand types are incompatible. */
export function coerceBinaryOperands(op: string, left: OperandInfo, right: OperandInfo): OperandTypes | null {
  const kind = operatorKind(op);
  const a = typeOf(left);
  const b = typeOf(right);
  switch (kind) {
    case "arithmetic":
      return datetimeArithmetic(op, a, b) ?? decimalOperands(left, right) ?? numericOperands(a, b);
    case "remainder":
      return decimalOperands(left, right) ?? numericOperands(a, b);
    case "divide": {
      if (isAnsiInterval(a) && (isNumeric(b) || b.kind === "null")) return same(a, b);
      const d = decimalOperands(left, right);
      if (d !== null) return d;
      const n = numericOperands(a, b);
      return n === null ? null : both(DoubleType());
    }
    case "integral_divide": {
      const d = decimalOperands(left, right);
      if (d !== null) return d.left.kind === "decimal" ? d : null;
      const n = numericOperands(a, b);
      return n !== null && (isIntegral(n.left) || n.left.kind === "null") ? both(LongType()) : null;
    }
    case "comparison": {
      if (dataTypeEquals(a, b, true)) return same(a, b);
      if (a.kind === "decimal" || b.kind === "decimal") {
        const d = decimalOperands(left, right);
        if (d !== null && d.left.kind === "decimal" && d.right.kind === "decimal") {
          return both(widerDecimalType(d.left, d.right as typeof d.left));
        }
      }
      const w = findWiderTypeForTwo(a, b);
      return w === null ? null : both(w);
    }
    case "bitwise": {
      const n = numericOperands(a, b);
      return n !== null && isIntegral(n.left) ? n : null;
    }
    default:
      return null;
  }
}
