// ANSI interval × number, number × interval and interval ÷ number (Spark's MultiplyYMInterval,
// MultiplyDTInterval, DivideYMInterval, DivideDTInterval): the result keeps the interval's type;
// fractional results round HALF_UP to whole months / microseconds; overflow and division by
// zero raise (ARITHMETIC_OVERFLOW, INTERVAL_DIVIDED_BY_ZERO) whatever the ANSI mode.
import type { BoundScalar } from "../function-definition.js";
import { SparkArithmeticException } from "../../errors/spark-error.js";
import { DayTimeIntervalType, YearMonthIntervalType, isNumeric, type DataType } from "../../types/data-type.js";
import { overflow } from "../math/abs.js";

const isAnsiInterval = (t: DataType): boolean => t.kind === "year_month_interval" || t.kind === "day_time_interval";

/** The number as an exact fraction num/den (den > 0). */
function asFraction(v: unknown, t: DataType): [bigint, bigint] | number {
  if (t.kind === "decimal") return [v as bigint, 10n ** BigInt(t.scale)];
  if (t.kind === "long") return [v as bigint, 1n];
  if (t.kind === "float" || t.kind === "double") return v as number;
  return [BigInt(v as number), 1n];
}

/** round(n / d) HALF_UP (away from zero on ties). */
function divHalfUp(n: bigint, d: bigint): bigint {
  if (d < 0n) [n, d] = [-n, -d];
  const q = n / d;
  const r = n - q * d;
  if (2n * (r < 0n ? -r : r) >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

const roundHalfUp = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x));

function scale(iv: unknown, ivType: DataType, num: unknown, numType: DataType, divide: boolean): unknown {
  const months = ivType.kind === "year_month_interval";
  const base = months ? BigInt(iv as number) : (iv as bigint);
  const f = asFraction(num, numType);
  let r: bigint;
  if (typeof f === "number") {
    if (divide && f === 0) throw new SparkArithmeticException("INTERVAL_DIVIDED_BY_ZERO", {});
    const x = divide ? Number(base) / f : Number(base) * f;
    if (!Number.isFinite(x)) throw overflow(months ? "integer" : "long");
    r = BigInt(roundHalfUp(x));
  } else {
    const [n, d] = f;
    if (divide && n === 0n) throw new SparkArithmeticException("INTERVAL_DIVIDED_BY_ZERO", {});
    r = divide ? divHalfUp(base * d, n) : divHalfUp(base * n, d);
  }
  if (months) {
    if (r !== BigInt.asIntN(32, r)) throw overflow("integer");
    return Number(r);
  }
  if (r !== BigInt.asIntN(64, r)) throw overflow("long");
  return r;
}

/** interval * number (either order) or interval / number, or null when the operands are others. */
export function bindIntervalScaling(op: "*" | "/", a: DataType, b: DataType): BoundScalar | null {
  const numeric = (t: DataType) => isNumeric(t) || t.kind === "null";
  // the result spans the whole interval type (INTERVAL YEAR TO MONTH / DAY TO SECOND)
  const full = (t: DataType): DataType => (t.kind === "year_month_interval" ? YearMonthIntervalType() : DayTimeIntervalType());
  if (isAnsiInterval(a) && numeric(b)) {
    return { returnType: full(a), nullable: false, nullIntolerant: true, inputTypes: [a, b], kernel: (x: unknown, y: unknown) => scale(x, a, y, b, op === "/") };
  }
  if (op === "*" && numeric(a) && isAnsiInterval(b)) {
    return { returnType: full(b), nullable: false, nullIntolerant: true, inputTypes: [a, b], kernel: (x: unknown, y: unknown) => scale(y, b, x, a, false) };
  }
  return null;
}
