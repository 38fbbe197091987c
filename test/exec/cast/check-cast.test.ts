// The analysis-time CAST check: Spark 4.1's DATATYPE_MISMATCH subclasses for casts it refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCast } from "../../../src/exec/cast/check-cast.js";
import { ArrayType, BinaryType, BooleanType, DateType, IntegerType, TimestampType } from "../../../src/types/data-type.js";

const classOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { errorClass?: string }).errorClass;
  }
};

test("allowed casts pass; refused ones name Spark's suggestion", () => {
  assert.equal(classOf(() => checkCast(IntegerType(), BooleanType(), "ansi", "x")), undefined);
  assert.equal(classOf(() => checkCast(ArrayType(IntegerType()), IntegerType(), "ansi", "x")), "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION");
  assert.equal(classOf(() => checkCast(DateType(), IntegerType(), "ansi", "x")), "DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION");
  assert.equal(classOf(() => checkCast(BooleanType(), TimestampType(), "ansi", "x")), "DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION");
  assert.equal(classOf(() => checkCast(BooleanType(), TimestampType(), "legacy", "x")), undefined);
  assert.equal(classOf(() => checkCast(BinaryType(), IntegerType(), "try", "x")), "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION");
});
