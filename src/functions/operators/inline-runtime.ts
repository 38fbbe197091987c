// Helpers that operators' `inline` sources may call as `$rt.name(...)`. The code generator
// passes this object to every generated function, so inline code stays free of user text and of
// closures: only these fixed names are referenced. Each helper also backs the matching kernel,
// so interpreted and generated code raise the very same errors.

import { arithmeticOverflow, divideByZero } from "./operator-errors.js";

const TRY_NAMES = ["try_add", "try_subtract", "try_multiply"] as const;

/** An int32 result of + - * (op 0, 1, 2) computed in doubles; throws when out of range. */
export function i32(r: number, op: number): number {
  if (r > 2147483647 || r < -2147483648) throw arithmeticOverflow("integer overflow", TRY_NAMES[op]!);
  return r;
}

/** An int64 result of + - * (op 0, 1, 2); throws when it does not fit 64 bits. */
export function i64(r: bigint, op: number): bigint {
  if (BigInt.asIntN(64, r) !== r) throw arithmeticOverflow("long overflow", TRY_NAMES[op]!);
  return r;
}

/** NaN-aware double comparison: NaN is above every number and equal to itself. */
export function cmpD(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  const an = a !== a;
  return an === (b !== b) ? 0 : an ? 1 : -1;
}


/** Throws DIVIDE_BY_ZERO (ANSI `x / 0`); typed as returning a number for use in expressions. */
export function divZero(): number {
  throw divideByZero();
}

export const INLINE_RUNTIME = Object.freeze({ i32, i64, cmpD, divZero });
export type InlineRuntime = typeof INLINE_RUNTIME;
