import { test } from "node:test";
import assert from "node:assert/strict";
import { cellsAgree, compareResults, rescale } from "../../../bench/lib/compare.js";
import { formatUnscaled } from "../../../bench/lib/cells.js";

test("rescale rounds HALF_UP away from zero, as Spark's decimal rounding does", () => {
  assert.equal(rescale(12345n, 3, 2), 1235n); // 12.345 → 12.35
  assert.equal(rescale(-12345n, 3, 2), -1235n); // -12.345 → -12.35
  assert.equal(rescale(12344n, 3, 2), 1234n);
  assert.equal(rescale(5n, 1, 0), 1n); // 0.5 → 1
  assert.equal(rescale(12n, 1, 3), 1200n); // widening pads with zeros
});

test("decimals agree exactly after rounding the reference to the candidate's scale", () => {
  // Spark avg(decimal(15,2)) is decimal(19,6); a reference with more digits is rounded to 6.
  assert.ok(cellsAgree("d:25.575155", "d:25.5751546114"));
  assert.ok(!cellsAgree("d:25.575154", "d:25.5751546114"));
  assert.ok(cellsAgree("d:380456.00", "d:380456.00"));
  assert.ok(!cellsAgree("d:380456.01", "d:380456.00"));
  assert.ok(cellsAgree("d:7.00", "i:7"));
});

test("a decimal candidate against a double reference agrees within one unit in the last place", () => {
  assert.ok(cellsAgree("d:0.050081", "f:0.05008133906964238"));
  assert.ok(!cellsAgree("d:0.050083", "f:0.05008133906964238"));
});

test("doubles agree within 1e-9 relative; integers and strings exactly", () => {
  assert.ok(cellsAgree("f:1193053.2253000001", "d:1193053.2253"));
  assert.ok(!cellsAgree("f:1193053.23", "d:1193053.2253"));
  assert.ok(cellsAgree("i:14876", "i:14876"));
  assert.ok(!cellsAgree("i:14877", "i:14876"));
  assert.ok(cellsAgree("s:BRAZIL", "s:BRAZIL"));
  assert.ok(!cellsAgree("s:BRAZIL ", "s:BRAZIL"));
  assert.ok(cellsAgree(null, null));
  assert.ok(!cellsAgree(null, "i:0"));
  assert.ok(cellsAgree("s:1", "i:1")); // a string against a number compares the text
});

test("dates compare as ISO text; a midnight timestamp reference matches a date", () => {
  assert.ok(cellsAgree("D:1995-03-15", "D:1995-03-15"));
  assert.ok(cellsAgree("D:1995-03-15", "t:1995-03-15 00:00:00"));
  assert.ok(!cellsAgree("D:1995-03-16", "D:1995-03-15"));
});

test("compareResults reports row count, wrong values and wrong order as failures", () => {
  const ref = [["s:A", "i:1"], ["s:B", "i:2"]];
  assert.deepEqual(compareResults([["s:A", "i:1"], ["s:B", "i:2"]], ref), { ok: true });
  const fewer = compareResults([["s:A", "i:1"]], ref);
  assert.equal(fewer.ok, false);
  assert.match(fewer.detail!, /1 rows, expected 2/);
  const wrong = compareResults([["s:A", "i:1"], ["s:B", "i:3"]], ref);
  assert.equal(wrong.ok, false);
  assert.match(wrong.detail!, /row 1: \[B, 3\] expected \[B, 2\]/);
  const swapped = compareResults([["s:B", "i:2"], ["s:A", "i:1"]], ref);
  assert.equal(swapped.ok, false);
  assert.match(swapped.detail!, /different order/);
});

test("formatUnscaled places the point and the sign", () => {
  assert.equal(formatUnscaled(12345n, 2), "123.45");
  assert.equal(formatUnscaled(-5n, 3), "-0.005");
  assert.equal(formatUnscaled(42n, 0), "42");
});
