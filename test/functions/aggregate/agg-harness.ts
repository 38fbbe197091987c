// Drives an aggregate through bind/init/update/merge/finish the way the engine does: rows with
// a null argument are skipped when skipNulls, and a second run splits the rows in two partial
// accumulators merged at the end (results must agree).
import assert from "node:assert/strict";
import "../../../src/functions/all.js";
import { lookupFunction } from "../../../src/functions/registry.js";
import type { ArgInfo, BoundAggregate, FunctionContext } from "../../../src/functions/function-definition.js";
import type { DataType } from "../../../src/types/data-type.js";

export const CTX: FunctionContext = { ansi: true, timeZone: "UTC", conf: (_k, d) => d };
export const LEGACY: FunctionContext = { ...CTX, ansi: false };

export const col = (dataType: DataType, sql = "x", nullable = true): ArgInfo => ({ dataType, nullable, foldable: false, sql });
export const lit = (dataType: DataType, value: unknown, sql = String(value)): ArgInfo => ({
  dataType,
  nullable: value === null,
  foldable: true,
  value,
  sql,
});

export function bindAgg(name: string, args: readonly ArgInfo[], ctx = CTX, distinct = false): BoundAggregate {
  const def = lookupFunction(name);
  assert.ok(def && def.kind === "aggregate", `${name} is an aggregate`);
  return def.bind(args, ctx, distinct);
}

function fold(fn: BoundAggregate, rows: readonly (readonly unknown[])[]): unknown {
  let acc = fn.init();
  for (const r of rows) {
    if (fn.skipNulls && r.some((v) => v === null)) continue;
    acc = fn.update(acc, r.slice());
  }
  return acc;
}

/** Runs the aggregate over rows (each row = argument values), checking that a split-and-merge
 *  run and a repeated finish give the same answer. */
export function runAgg(fn: BoundAggregate, rows: readonly (readonly unknown[])[], checkMerge = true): unknown {
  const acc = fold(fn, rows);
  const r1 = fn.finish(acc);
  const r2 = fn.finish(acc);
  assert.deepEqual(r2, r1, "finish must not change the accumulator");
  if (!checkMerge) return r1;
  const half = Math.floor(rows.length / 2);
  const merged = fn.merge(fold(fn, rows.slice(0, half)), fold(fn, rows.slice(half)));
  assertClose(fn.finish(merged), r1, "merge of partials must agree");
  return r1;
}

/** Convenience: one-argument aggregate over values. */
export function agg1(name: string, type: DataType, values: readonly unknown[], extra: readonly ArgInfo[] = [], ctx = CTX): unknown {
  const fn = bindAgg(name, [col(type), ...extra], ctx);
  return runAgg(
    fn,
    values.map((v) => [v, ...extra.map((e) => e.value)]),
  );
}

/** deepEqual, except doubles may differ in the last bits (merge reorders floating sums). */
export function assertClose(actual: unknown, expected: unknown, msg?: string): void {
  if (typeof actual === "number" && typeof expected === "number") {
    if (Number.isNaN(expected)) return assert.ok(Number.isNaN(actual), msg);
    const tol = 1e-12 * Math.max(1, Math.abs(expected));
    return assert.ok(Math.abs(actual - expected) <= tol || actual === expected, `${msg ?? ""}: ${actual} vs ${expected}`);
  }
  if (Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length) {
    actual.forEach((a, i) => assertClose(a, expected[i], msg));
    return;
  }
  assert.deepEqual(actual, expected, msg);
}
