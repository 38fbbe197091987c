// Property: generated code and the interpreter give identical results (and identical errors)
// for random expressions over random batches with nulls, NaN, -0.0, extreme values and
// selections, in ANSI and legacy mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compilePipeline } from "../../../src/exec/eval/codegen/pipeline.js";
import { batchFromRows, batchToRows } from "../../../src/exec/batch/batch-ops.js";
import type { RExpr } from "../../../src/plan/expr/resolved.js";
import type { FunctionContext } from "../../../src/functions/function-definition.js";
import {
  BooleanType,
  DoubleType,
  IntegerType,
  LongType,
  StringType,
  type DataType,
} from "../../../src/types/data-type.js";
import { ANSI, LEGACY, and, call, caseWhen, coalesce, inList, isNull, lit, not, or, ref } from "./expr-builders.js";

const I = IntegerType();
const L = LongType();
const D = DoubleType();
const S = StringType();
const B = BooleanType();
const TYPES: DataType[] = [I, L, D, S, B, I];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTS = [0, 1, -1, 2, 7, -7, 2147483647, -2147483648, 1000, 46341];
const LONGS = [0n, 1n, -1n, 3n, 9223372036854775807n, -9223372036854775808n, 4294967296n];
const DOUBLES = [0, -0, 1.5, -2.25, NaN, Infinity, -Infinity, 1e308, 3];
const STRINGS = ["", "a", "abc", "ab%", "\uffff", "😀", "a_c", "10"];

function randomValue(t: DataType, r: () => number): unknown {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  switch (t.kind) {
    case "integer":
      return pick(INTS);
    case "long":
      return pick(LONGS);
    case "double":
      return pick(DOUBLES);
    case "string":
      return pick(STRINGS);
    default:
      return r() < 0.5;
  }
}

function randomExpr(t: DataType, depth: number, r: () => number, ctx: FunctionContext): RExpr {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const leaf = (): RExpr => {
    if (r() < 0.6) {
      const cols = TYPES.map((ct, o) => [ct, o] as const).filter(([ct]) => ct === t);
      const [, o] = pick(cols);
      return ref(o, t);
    }
    return lit(r() < 0.1 ? null : randomValue(t, r), t);
  };
  if (depth <= 0 || r() < 0.25) return leaf();
  const sub = (st: DataType) => randomExpr(st, depth - 1, r, ctx);
  const k = r();
  if (k < 0.12) return caseWhen([[sub(B), sub(t)]], r() < 0.7 ? sub(t) : null);
  if (k < 0.2) return coalesce(sub(t), sub(t));
  switch (t.kind) {
    case "integer":
      return pick([
        () => call(pick(["+", "-", "*", "%", "try_add", "try_multiply"]), [sub(I), sub(I)], ctx),
        () => call("negative", [sub(I)], ctx),
        () => call(pick(["&", "|", "^"]), [sub(I), sub(I)], ctx),
      ])();
    case "long":
      return pick([
        () => call(pick(["+", "-", "*", "%", "div"]), [sub(L), sub(L)], ctx),
        () => call("+", [sub(L), sub(I)], ctx),
      ])();
    case "double":
      return call(pick(["+", "-", "*", "/", "%"]), [sub(D), sub(D)], ctx);
    case "string":
      return leaf();
    default: {
      const ct = pick([I, L, D, S]);
      return pick([
        () => call(pick(["=", "!=", "<", "<=", ">", ">=", "<=>"]), [sub(ct), sub(ct)], ctx),
        () => and(sub(B), sub(B)),
        () => or(sub(B), sub(B)),
        () => not(sub(B)),
        () => isNull(sub(ct)),
        () => inList(sub(ct), [sub(ct), sub(ct), lit(null, ct)]),
        () => call("like", [sub(S), lit(pick(["a%", "%c", "_b%", "%"]), S)], ctx),
      ])();
    }
  }
}

function outcome(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

test("codegen equals the interpreter on random expressions and batches", () => {
  const r = rng(20240601);
  let compared = 0;
  let errors = 0;
  for (let iter = 0; iter < 400; iter++) {
    const ctx = r() < 0.7 ? ANSI : LEGACY;
    const nRows = 1 + Math.floor(r() * 40);
    const nullRate = r() < 0.3 ? 0 : 0.2;
    const rows = Array.from({ length: nRows }, () => TYPES.map((t) => (r() < nullRate ? null : randomValue(t, r))));
    const base = batchFromRows(TYPES, rows);
    const selection = r() < 0.3 ? Int32Array.from([...Array(nRows).keys()].filter(() => r() < 0.6)) : null;
    const batch = { ...base, selection };
    const filters = r() < 0.5 ? [randomExpr(B, 3, r, ctx)] : [];
    const projections = Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomExpr(TYPES[Math.floor(r() * 5)]!, 4, r, ctx));
    const spec = { inputTypes: TYPES, filters, projections };
    const gen = outcome(() => batchToRows(compilePipeline(spec).run(batch)));
    const int = outcome(() => batchToRows(compilePipeline(spec, { codegen: false }).run(batch)));
    assert.deepStrictEqual(gen, int, `iteration ${iter}: ${compilePipeline(spec).source}`);
    compared++;
    if ("error" in (gen as object)) errors++;
  }
  assert.equal(compared, 400);
  // the generator must exercise the error paths too (overflow, divide by zero)
  assert.ok(errors > 10, `only ${errors} erroring cases`);
  assert.ok(errors < 300, `${errors} erroring cases: too few successful comparisons`);
});
