import { test } from "node:test";
import assert from "node:assert/strict";
import { DecimalType, IntegerType, dataTypeEquals } from "../src/types/data-type.js";

test("data types compare structurally", () => {
  assert.ok(dataTypeEquals(DecimalType(10, 2), DecimalType(10, 2)));
  assert.ok(!dataTypeEquals(DecimalType(10, 2), DecimalType(10, 3)));
  assert.equal(IntegerType(), IntegerType());
});
