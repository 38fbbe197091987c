// Binds a date/time function and evaluates it on internal values the way the evaluator does
// (implicit casts are the caller's business: pass values of the bound input types).
import assert from "node:assert/strict";
import "../../../src/functions/all.js";
import { lookupFunction } from "../../../src/functions/registry.js";
import type { ArgInfo, BoundScalar, FunctionContext } from "../../../src/functions/function-definition.js";
import type { DataType } from "../../../src/types/data-type.js";
import { civilToDays } from "../../../src/values/datetime/civil.js";

export const SAO_PAULO: FunctionContext = { ansi: true, timeZone: "America/Sao_Paulo", conf: (_k, d) => d };
export const LEGACY: FunctionContext = { ...SAO_PAULO, ansi: false };

export const col = (dataType: DataType, sql = "x"): ArgInfo => ({ dataType, nullable: true, foldable: false, sql });
export const lit = (dataType: DataType, value: unknown, sql = String(value)): ArgInfo => ({
  dataType,
  nullable: value === null,
  foldable: true,
  value,
  sql,
});

export function bindFn(name: string, args: readonly ArgInfo[], ctx = SAO_PAULO): BoundScalar {
  const def = lookupFunction(name);
  assert.ok(def && def.kind === "scalar", `${name} is a scalar function`);
  return def.bind(args, ctx);
}

export function call(fn: BoundScalar, ...values: unknown[]): unknown {
  if (fn.nullIntolerant && values.some((v) => v === null)) return null;
  return fn.kernel(...values);
}

/** Days of an ISO date 'yyyy-mm-dd' (negative years allowed). */
export function days(iso: string): number {
  const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso)!;
  return civilToDays(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Micros of a UTC wall time 'yyyy-mm-dd hh:mm:ss[.ffffff]'. */
export function utc(text: string): bigint {
  const m = /^(-?\d+-\d\d-\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?$/.exec(text)!;
  const secs = BigInt(days(m[1]!)) * 86400n + BigInt(Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]));
  return secs * 1_000_000n + BigInt((m[5] ?? "").padEnd(6, "0") || "0");
}
