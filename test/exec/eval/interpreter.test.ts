import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, evaluatePredicate } from "../../../src/exec/eval/interpreter.js";
import { compilePipeline } from "../../../src/exec/eval/codegen/pipeline.js";
import { batchFromRows, batchToRows } from "../../../src/exec/batch/batch-ops.js";
import { vectorToArray } from "../../../src/exec/batch/access.js";
import type { RExpr } from "../../../src/plan/expr/resolved.js";
import {
  ArrayType,
  BooleanType,
  DoubleType,
  IntegerType,
  LongType,
  StringType,
} from "../../../src/types/data-type.js";
import { and, call, caseWhen, coalesce, inList, isNull, lit, not, or, ref } from "./expr-builders.js";

const I = IntegerType();
const B = BooleanType();

const both = (filters: RExpr[], projections: RExpr[], types: any[], rows: unknown[][]) => {
  const batch = batchFromRows(types, rows);
  const spec = { inputTypes: types, filters, projections };
  const a = batchToRows(compilePipeline(spec).run(batch));
  const b = batchToRows(compilePipeline(spec, { codegen: false }).run(batch));
  assert.deepEqual(a, b);
  return a;
};

test("AND short-circuits: x <> 0 AND 10 / x > 1 does not divide by zero", () => {
  const x = ref(0, I);
  const pred = and(call("!=", [x, lit(0, I)]), call(">", [call("/", [lit(10, I), x]), lit(1, I)]));
  const batch = batchFromRows([I], [[0], [5], [20], [null]]);
  assert.deepEqual([...evaluatePredicate(pred, batch)], [1]);
  assert.deepEqual(both([pred], [x], [I], [[0], [5], [20], [null]]), [[5]]);
  // without the guard the division raises
  assert.throws(() => evaluatePredicate(call(">", [call("/", [lit(10, I), x]), lit(1, I)]), batch), /DIVIDE_BY_ZERO/);
});

test("OR, CASE and COALESCE only evaluate what they need", () => {
  const x = ref(0, I);
  const div = call("/", [lit(10, I), x]);
  const orE = or(call("=", [x, lit(0, I)]), call(">", [div, lit(1, I)]));
  assert.deepEqual(both([], [orE], [I], [[0], [5], [20]]), [[true], [true], [false]]);
  const cw = caseWhen([[call("=", [x, lit(0, I)]), lit(-1, DoubleType())]], div);
  assert.deepEqual(both([], [cw], [I], [[0], [5]]), [[-1], [2]]);
  const co = coalesce(ref(1, DoubleType()), div);
  assert.deepEqual(both([], [co], [I, DoubleType()], [[0, 7.5], [4, null]]), [[7.5], [2.5]]);
});

test("three-valued logic", () => {
  const a = ref(0, B);
  const b = ref(1, B);
  const rows = [
    [true, true], [true, false], [true, null],
    [false, true], [false, false], [false, null],
    [null, true], [null, false], [null, null],
  ];
  const out = both([], [and(a, b), or(a, b), not(a), isNull(a)], [B, B], rows);
  assert.deepEqual(out.map((r) => r[0]), [true, false, null, false, false, false, null, false, null]);
  assert.deepEqual(out.map((r) => r[1]), [true, true, true, true, false, null, true, null, null]);
  assert.deepEqual(out.map((r) => r[2]), [false, false, false, true, true, true, null, null, null]);
});

test("IN with SQL null semantics", () => {
  const x = ref(0, I);
  const e = inList(x, [lit(1, I), lit(null, I), lit(3, I)]);
  assert.deepEqual(both([], [e], [I], [[1], [2], [3], [null]]), [[true], [null], [true], [null]]);
  const d = inList(ref(0, DoubleType()), [lit(NaN, DoubleType()), lit(0, DoubleType())]);
  assert.deepEqual(both([], [d], [DoubleType()], [[NaN], [-0], [1]]), [[true], [true], [false]]);
});

test("null-intolerant calls: a null argument gives null", () => {
  const e = call("+", [ref(0, I), ref(1, I)]);
  assert.deepEqual(both([], [e], [I, I], [[1, 2], [null, 2], [1, null]]), [[3], [null], [null]]);
});

test("evaluate keeps rows aligned with the batch selection", () => {
  const b0 = batchFromRows([I], [[1], [2], [3], [4]]);
  const batch = { ...b0, selection: Int32Array.from([1, 3]) };
  const v = evaluate(call("*", [ref(0, I), lit(10, I)]), batch);
  assert.equal(v.length, 4);
  const arr = vectorToArray(v);
  assert.equal(arr[1], 20);
  assert.equal(arr[3], 40);
  assert.deepEqual([...evaluatePredicate(call(">", [ref(0, I), lit(2, I)]), batch)], [3]);
  const p = compilePipeline({ inputTypes: [I], filters: [], projections: [ref(0, I)] }).run(batch);
  assert.deepEqual(batchToRows(p), [[2], [4]]);
  const f = compilePipeline({ inputTypes: [I], filters: [call(">", [ref(0, I), lit(2, I)])], projections: null }).run(batch);
  assert.deepEqual([...f.selection!], [3]);
});

test("strings, casts and longs through codegen", () => {
  const s = ref(0, StringType());
  const l = ref(1, LongType());
  const out = both(
    [call("like", [s, lit("a%", StringType())])],
    [s, call("+", [l, lit(1n, LongType())]), call("+", [l, lit(1, I)])],
    [StringType(), LongType()],
    [["abc", 1n], ["xbc", 2n], ["a😀", null], [null, 3n]],
  );
  assert.deepEqual(out, [["abc", 2n, 2n], ["a😀", null, null]]);
  // '10' > 9: string compared as bigint under ANSI
  const cmp = call(">", [lit("10", StringType()), lit(9, I)]);
  assert.deepEqual(both([], [cmp], [I], [[1]]), [[true]]);
  assert.throws(() => both([], [call("=", [lit(1, I), lit("1.5", StringType())])], [I], [[1]]), /CAST_INVALID_INPUT/);
});

test("higher-order functions, UDFs and scalar subqueries", () => {
  const A = ArrayType(I);
  const arr = ref(0, A);
  const x = { kind: "lambda_var", name: "x", varId: 1, dataType: I, nullable: true } as const;
  const lambda = (body: RExpr, ...params: (typeof x)[]) => ({ kind: "lambda", params, body, dataType: body.dataType, nullable: true }) as const;
  const transform: RExpr = {
    kind: "higher_order",
    name: "transform",
    args: [arr],
    lambdas: [lambda(call("*", [x, ref(1, I)]), x)],
    dataType: A,
    nullable: true,
  };
  const exists: RExpr = { kind: "higher_order", name: "exists", args: [arr], lambdas: [lambda(call(">", [x, lit(5, I)]), x)], dataType: B, nullable: true };
  const udf: RExpr = { kind: "udf", name: "f", fn: (a: unknown) => (a === null ? null : (a as number[]).length), args: [arr], deterministic: true, dataType: I, nullable: true };
  const sub: RExpr = { kind: "scalar_subquery", subqueryId: 7, dataType: I, nullable: true };
  const batch = batchFromRows([A, I], [[[1, 2], 10], [[1, null], 2], [null, 1]]);
  const ctx = { subqueries: new Map([[7, 42]]) };
  for (const codegen of [true, false]) {
    const p = compilePipeline({ inputTypes: [A, I], filters: [], projections: [transform, exists, udf, sub] }, { codegen });
    assert.deepEqual(batchToRows(p.run(batch, ctx)), [
      [[10, 20], false, 2, 42],
      [[2, null], null, 2, 42],
      [null, null, null, 42],
    ]);
  }
});

test("generated source carries no user text and is cached", () => {
  const secret = "it's a 'secret' \"value\"";
  const p = compilePipeline({
    inputTypes: [StringType()],
    filters: [call("=", [ref(0, StringType()), lit(secret, StringType())])],
    projections: [ref(0, StringType())],
  });
  assert.ok(p.compiled);
  assert.ok(!p.source.includes("secret"));
  assert.match(p.source, /for \(let r = 0; r < live; r\+\+\)/);
  assert.deepEqual(batchToRows(p.run(batchFromRows([StringType()], [[secret], ["x"]]))), [[secret]]);
  const big = Array.from({ length: 2500 }, () => lit(1, I)).reduce((a, b) => call("+", [a, b]));
  assert.equal(compilePipeline({ inputTypes: [], filters: [], projections: [big] }).compiled, false);
  assert.equal(compilePipeline({ inputTypes: [I], filters: [], projections: [ref(0, I)] }, { codegen: false }).compiled, false);
});
