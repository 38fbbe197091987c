// The evaluator's imports from neighbouring areas, in one place: casts (src/exec/cast) and the
// internal ↔ user-facing value mapping used at the UDF boundary (src/values/internal.ts).

import type { DataType } from "../../types/data-type.js";
import type { CastEvalMode } from "../../plan/expr/unresolved.js";
import { bindCast } from "../cast/bind-cast.js";
import { toExternal, toInternal } from "../../values/internal.js";

export type CastFn = (v: any) => unknown;

/** The kernel casting a non-null internal value of `from` to `to` (null = NULL in try mode). */
export function castKernel(from: DataType, to: DataType, mode: CastEvalMode, timeZone: string): CastFn {
  return bindCast(from, to, mode, timeZone);
}

export const toExternalValue = (v: unknown, t: DataType): unknown => (v === null ? null : toExternal(v, t));
export const toInternalValue = (v: unknown, t: DataType): unknown => (v === null || v === undefined ? null : toInternal(v, t));
