// Ranking and offset window functions over partitions with ties. Expected values recorded from
// PySpark 4.1: partition 'a' ordered by (o, v NULLS FIRST) holds
// (1,10) (2,NULL) (2,20) (3,30) (5,50); partition 'b' holds (1,NULL) (1,7).
import { test } from "node:test";
import assert from "node:assert/strict";
import "../../../src/functions/all.js";
import { lookupFunction } from "../../../src/functions/registry.js";
import type { ArgInfo, BoundWindowFunction } from "../../../src/functions/function-definition.js";
import { BooleanType, DoubleType, IntegerType, LongType, StringType, type DataType } from "../../../src/types/data-type.js";

const CTX = { ansi: true, timeZone: "UTC", conf: (_k: string, d: string) => d };
const INT = IntegerType();
const col = (sql = "v"): ArgInfo => ({ dataType: INT, nullable: true, foldable: false, sql });
const lit = (value: unknown, dataType: DataType = INT): ArgInfo => ({ dataType, nullable: value === null, foldable: true, value, sql: String(value) });

function bindW(name: string, args: ArgInfo[] = []): BoundWindowFunction {
  const def = lookupFunction(name);
  assert.ok(def && def.kind === "window", `${name} is a window function`);
  return def.bind(args, CTX);
}

/** Evaluates over one partition; `orderKeys` define the peer groups; args are per-row columns
 *  (constants repeated, as the operator evaluates literals per row). */
function evalW(fn: BoundWindowFunction, orderKeys: readonly unknown[], cols: readonly (readonly unknown[])[] = []): unknown[] {
  const n = orderKeys.length;
  const peers = new Uint8Array(n);
  for (let i = 0; i < n; i++) peers[i] = i === 0 || orderKeys[i] !== orderKeys[i - 1] ? 1 : 0;
  const out: unknown[] = new Array(n);
  fn.evaluatePartition(cols, n, peers, out);
  return out;
}

// partition a ordered by (o, v NULLS FIRST): all rows distinct; by o alone rows 2 and 3 tie
const A_O = [1, 2, 2, 3, 5];
const A_OV = ["1/10", "2/null", "2/20", "3/30", "5/50"];
const A_V = [10, null, 20, 30, 50];
const B_O = [1, 1];
const B_OV = ["1/null", "1/7"];
const B_V = [null, 7];
const rep = (x: unknown, n: number) => Array(n).fill(x);

test("row_number, rank, dense_rank, percent_rank, cume_dist", () => {
  const rn = bindW("row_number");
  assert.deepEqual(rn.returnType, INT);
  assert.equal(rn.nullable, false);
  assert.deepEqual(evalW(rn, A_OV), [1, 2, 3, 4, 5]);
  assert.deepEqual(evalW(rn, B_OV), [1, 2]);
  assert.deepEqual(evalW(bindW("rank"), A_O), [1, 2, 2, 4, 5]);
  assert.deepEqual(evalW(bindW("rank"), B_O), [1, 1]);
  assert.deepEqual(evalW(bindW("dense_rank"), A_O), [1, 2, 2, 3, 4]);
  const pr = bindW("percent_rank");
  assert.deepEqual(pr.returnType, DoubleType());
  assert.deepEqual(evalW(pr, A_O), [0.0, 0.25, 0.25, 0.75, 1.0]);
  assert.deepEqual(evalW(pr, B_O), [0.0, 0.0]);
  assert.deepEqual(evalW(pr, [7]), [0]);
  assert.deepEqual(evalW(bindW("cume_dist"), A_O), [0.2, 0.6, 0.6, 0.8, 1.0]);
  assert.deepEqual(evalW(bindW("cume_dist"), B_O), [1.0, 1.0]);
});

test("ntile", () => {
  const nt = (k: number, keys: unknown[]) => evalW(bindW("ntile", [lit(k)]), keys, [rep(k, keys.length)]);
  assert.deepEqual(nt(2, A_OV), [1, 1, 1, 2, 2]);
  assert.deepEqual(nt(3, A_OV), [1, 1, 2, 2, 3]);
  assert.deepEqual(nt(10, A_OV), [1, 2, 3, 4, 5]);
  assert.deepEqual(nt(2, B_OV), [1, 2]);
  assert.throws(
    () => bindW("ntile", [lit(0)]),
    (e: Error) =>
      e.message ===
      '[DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE] Cannot resolve "ntile(0)" due to data type mismatch: The buckets must be between (0, 2147483647] (current value = 0). SQLSTATE: 42K09',
  );
});

test("lag / lead with offsets, defaults and IGNORE NULLS", () => {
  const run = (name: string, args: ArgInfo[], v: unknown[], keys: unknown[], extra: unknown[][] = []) =>
    evalW(bindW(name, args), keys, [v, ...extra]);
  assert.deepEqual(run("lag", [col()], A_V, A_OV), [null, 10, null, 20, 30]);
  assert.deepEqual(run("lag", [col(), lit(2)], A_V, A_OV, [rep(2, 5)]), [null, null, 10, null, 20]);
  assert.deepEqual(run("lag", [col(), lit(1), lit(-1)], A_V, A_OV, [rep(1, 5), rep(-1, 5)]), [-1, 10, null, 20, 30]);
  assert.deepEqual(run("lag", [col(), lit(1), lit(-1)], B_V, B_OV, [rep(1, 2), rep(-1, 2)]), [-1, null]);
  assert.deepEqual(run("lead", [col()], A_V, A_OV), [null, 20, 30, 50, null]);
  assert.deepEqual(run("lead", [col(), lit(2), lit(0)], A_V, A_OV, [rep(2, 5), rep(0, 5)]), [20, 30, 50, 0, 0]);
  assert.deepEqual(run("lag", [col(), lit(-1)], A_V, A_OV, [rep(-1, 5)]), [null, 20, 30, 50, null]);
  assert.deepEqual(run("lag", [col(), lit(0)], A_V, A_OV, [rep(0, 5)]), A_V);
  // a non-constant default is evaluated at the current row: lead(v, 1, o)
  assert.deepEqual(run("lead", [col(), lit(1), col("o")], A_V, A_OV, [rep(1, 5), A_O]), [null, 20, 30, 50, 5]);
  // IGNORE NULLS (fourth argument)
  const ign = [col(), lit(1), lit(null), lit(true, BooleanType())];
  const ignCols = (n: number) => [rep(1, n), rep(null, n), rep(true, n)];
  assert.deepEqual(run("lead", ign, A_V, A_OV, ignCols(5)), [20, 20, 30, 50, null]);
  assert.deepEqual(run("lag", ign, A_V, A_OV, ignCols(5)), [null, 10, 10, 20, 30]);
  assert.deepEqual(run("lead", ign, B_V, B_OV, ignCols(2)), [7, null]);
  assert.throws(() => bindW("lag", [col(), col("o")]), /NON_FOLDABLE_INPUT.*the input `offset` should be a foldable "INT" expression/);
  assert.deepEqual(bindW("lag", [{ ...col(), dataType: StringType() }]).returnType, StringType());
});

test("nth_value over the default frame (partition start through the current peer group)", () => {
  const nv = (keys: unknown[], v: unknown[], n: number, ignore?: boolean) =>
    evalW(
      bindW("nth_value", [col(), lit(BigInt(n), LongType()), ...(ignore === undefined ? [] : [lit(ignore, BooleanType())])]),
      keys,
      [v, rep(BigInt(n), v.length), ...(ignore === undefined ? [] : [rep(ignore, v.length)])],
    );
  // ORDER BY o, v NULLS FIRST: the 2nd value of 'a' is NULL
  assert.deepEqual(nv(A_OV, A_V, 2), [null, null, null, null, null]);
  assert.deepEqual(nv(B_OV, B_V, 2), [null, 7]);
  // ORDER BY o: rows 2 and 3 are peers, so row 2 already sees the second row (Spark had (2,20) first)
  assert.deepEqual(nv(A_O, [10, 20, null, 30, 50], 2), [null, 20, 20, 20, 20]);
  assert.deepEqual(nv(B_O, [null, 7], 2), [7, 7]);
  assert.deepEqual(nv(A_OV, A_V, 2, true), [null, null, 20, 20, 20]);
  assert.deepEqual(nv(B_OV, B_V, 2, true), [null, null]);
  assert.throws(
    () => bindW("nth_value", [col(), lit(0n, LongType())]),
    /The offset must be between \(0, 9223372036854775807\] \(current value = 0L\)/,
  );
});
