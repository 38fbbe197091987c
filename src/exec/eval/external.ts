// The evaluator's imports from neighbouring areas, in one place: casts (src/exec/cast) and the
// internal ↔ user-facing value mapping used at the UDF boundary (src/values/internal.ts).

import type { DataType } from "../../types/data-type.js";
import type { CastEvalMode } from "../../plan/expr/unresolved.js";
import { toExternal, toInternal } from "../../values/internal.js";

export type CastFn = (v: any) => unknown;

// TEMPORARY until src/exec/cast exports bindCast: resolved lazily so the rest of the evaluator
// loads without it.
const castSpecifier = "../cast/index.js";
let bindCast: ((from: DataType, to: DataType, mode: CastEvalMode, tz: string) => CastFn) | null = null;
try {
  bindCast = ((await import(castSpecifier)) as { bindCast: typeof bindCast }).bindCast;
} catch {
  bindCast = null;
}

/** The kernel casting a non-null internal value of `from` to `to` (null = NULL in try mode). */
export function castKernel(from: DataType, to: DataType, mode: CastEvalMode, timeZone: string): CastFn {
  if (bindCast === null) throw new Error("casts are not available (src/exec/cast not loaded)");
  return bindCast(from, to, mode, timeZone);
}

export const toExternalValue = (v: unknown, t: DataType): unknown => (v === null ? null : toExternal(v, t));
export const toInternalValue = (v: unknown, t: DataType): unknown => (v === null || v === undefined ? null : toInternal(v, t));
