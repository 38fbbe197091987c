import { test } from "node:test";
import assert from "node:assert/strict";
import "../../../src/functions/all.js";
import { lookupFunction } from "../../../src/functions/registry.js";
import type { ArgInfo, BoundGenerator } from "../../../src/functions/function-definition.js";
import * as T from "../../../src/types/data-type.js";
import { CTX, I, S, lit } from "../misc/call.js";
import { MapData } from "../../../src/values/internal.js";

function gen(name: string, args: ArgInfo[]): BoundGenerator {
  const def = lookupFunction(name);
  assert.ok(def && def.kind === "generator");
  return def.bind(args, CTX);
}
const arr = T.ArrayType(T.IntegerType(), false);
const mapT = T.MapType(T.StringType(), T.IntegerType(), false);

test("explode / posexplode name their columns as Spark", () => {
  const e = gen("explode", [lit([1, 2], arr)]);
  assert.deepEqual(e.outputNames, ["col"]);
  assert.deepEqual(e.generate([[1, 2]]), [[1], [2]]);
  assert.deepEqual(e.generate([null]), []);
  assert.deepEqual(e.generate([[]]), []);
  const pm = gen("posexplode", [lit(null, mapT)]);
  assert.deepEqual(pm.outputNames, ["pos", "key", "value"]);
  assert.deepEqual(pm.outputTypes, [T.IntegerType(), T.StringType(), T.IntegerType()]);
  assert.deepEqual(pm.generate([new MapData(["a", "b"], [1, 2])]), [[0, "a", 1], [1, "b", 2]]);
  const eo = gen("explode_outer", [lit([1], arr)]);
  assert.deepEqual(eo.generate([null]), [[null]]);
  assert.deepEqual(eo.outputNullable, [true]);
  assert.deepEqual(gen("posexplode_outer", [lit([1], arr)]).generate([[]]), [[null, null]]);
  assert.throws(() => gen("explode", [I(1)]), /DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE/);
});

test("inline and stack", () => {
  const st = T.StructType([T.StructField("a", T.IntegerType()), T.StructField("b", T.StringType())]);
  const g = gen("inline", [lit(null, T.ArrayType(st))]);
  assert.deepEqual(g.outputNames, ["a", "b"]);
  assert.deepEqual(g.generate([[[1, "x"], [2, "y"]]]), [[1, "x"], [2, "y"]]);
  assert.deepEqual(gen("inline_outer", [lit(null, T.ArrayType(st))]).generate([null]), [[null, null]]);
  // SELECT stack(2, 1, 'a', 2, 3, 'b') → (1, a, 2), (3, b, NULL): 5 values in 2 rows × 3 cols
  const s = gen("stack", [I(2), I(1), S("a"), I(2), I(3), S("b")]);
  assert.deepEqual(s.outputNames, ["col0", "col1", "col2"]);
  assert.deepEqual(s.generate([2, 1, "a", 2, 3, "b"]), [[1, "a", 2], [3, "b", null]]);
  // a column mixing INT and STRING is an error in Spark (only NULLs are cast)
  assert.throws(() => gen("stack", [I(2), I(1), S("a")]), /STACK_COLUMN_DIFF_TYPES/);
});
