import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalKey, keyHash, nonNegativeMod } from "../../src/runtime/keys/canonical-key.js";
import { compareKeys, compareCodePoints } from "../../src/runtime/keys/compare.js";
import { Decimal } from "../../src/values/decimal.js";
import { Row } from "../../src/values/row.js";
import { renderProgress } from "../../src/runtime/progress/console-progress-bar.js";
import { parseMaster } from "../../src/runtime/master.js";

test("canonical keys: equal by value, distinct across types, normalized floats", () => {
  assert.equal(canonicalKey([1, "a"]), canonicalKey([1, "a"]));
  assert.notEqual(canonicalKey([1, "a"]), canonicalKey(["1", "a"]));
  assert.notEqual(canonicalKey("1"), canonicalKey(1));
  assert.notEqual(canonicalKey(1n), canonicalKey(1));
  assert.equal(canonicalKey(-0), canonicalKey(0));
  assert.ok(Object.is(canonicalKey(-0), 0));
  assert.equal(canonicalKey([-0, NaN]), canonicalKey([0, NaN]));
  assert.equal(canonicalKey({ b: 1, a: 2 }), canonicalKey({ a: 2, b: 1 }));
  assert.equal(canonicalKey(new Decimal(123n, 2)), canonicalKey(new Decimal(123n, 2)));
  assert.equal(canonicalKey(new Row(["x"], [1])), canonicalKey(new Row(["x"], [1])));
  assert.notEqual(canonicalKey("\u0000[n1]"), canonicalKey([1]));
  assert.equal(keyHash(5), 5);
  assert.equal(nonNegativeMod(keyHash(-1), 3), 1);
});

test("natural key order: numbers (NaN last), code points, tuples", () => {
  assert.deepEqual([3, NaN, -1, 2].sort(compareKeys), [-1, 2, 3, NaN]);
  assert.ok(compareCodePoints("\u{1F600}", "\uFFFF") > 0, "astral code points sort after the BMP");
  assert.ok(compareCodePoints("a", "b") < 0);
  assert.deepEqual([[1, "b"], [1, "a"], [0, "z"]].sort(compareKeys), [[0, "z"], [1, "a"], [1, "b"]]);
  assert.deepEqual([2n, 1, 3].sort(compareKeys), [1, 2n, 3]);
});

test("console progress bar renders like Spark's", () => {
  assert.equal(renderProgress([{ id: 3, total: 40, done: 12, running: 2 }], 40), "[Stage 3:=====>           (12 + 2) / 40]");
  assert.equal(renderProgress([{ id: 0, total: 4, done: 4, running: 0 }], 30), "[Stage 0:=========(4 + 0) / 4]");
});

test("masters: local, local[N], local[*], local[N,F]", () => {
  assert.deepEqual(parseMaster("local"), { numExecutors: 1, maxFailures: 1 });
  assert.deepEqual(parseMaster("local[3]"), { numExecutors: 3, maxFailures: 1 });
  assert.deepEqual(parseMaster("local[2,4]"), { numExecutors: 2, maxFailures: 4 });
  assert.ok(parseMaster("local[*]").numExecutors >= 1);
  assert.throws(() => parseMaster("spark://host:7077"), /remote Spark session/);
  assert.throws(() => parseMaster("loco"), /Could not parse master URL/);
});
