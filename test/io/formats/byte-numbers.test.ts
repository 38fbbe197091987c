import { test } from "node:test";
import assert from "node:assert/strict";
import { parseIsoDate, parseSimpleDecimal, parseSimpleDouble, parseSmallLong } from "../../../src/io/formats/common/byte-numbers.js";
import { parseBigDecimal, parseJavaDouble, parseLongBytes, toDecimalUnscaled } from "../../../src/io/formats/common/number-parsing.js";
import { stringToDate } from "../../../src/io/formats/common/lenient-datetime.js";

const enc = new TextEncoder();
const bytes = (s: string): Uint8Array => enc.encode(s);

// Random texts around the simple shapes: the fast paths either decline (NaN) or agree exactly
// with the general parsers (which follow Java's parseLong / parseDouble / BigDecimal).
function randomText(rnd: () => number): string {
  const alphabet = "0123456789000.-+e,x ";
  let s = "";
  const n = 1 + Math.floor(rnd() * 20);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * (rnd() < 0.8 ? 10 : alphabet.length))];
  return s;
}

function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test("fast long parse agrees with Long.parseLong semantics or declines", () => {
  const rnd = rng(7);
  for (let i = 0; i < 20000; i++) {
    const t = randomText(rnd);
    const f = parseSmallLong(bytes(t), 0, bytes(t).length);
    if (f !== f) continue;
    assert.equal(BigInt(f), parseLongBytes(bytes(t), 0, bytes(t).length), t);
  }
  assert.equal(parseSmallLong(bytes("-123456789012345"), 0, 16), -123456789012345);
  assert.ok(Number.isNaN(parseSmallLong(bytes("1234567890123456"), 0, 16)));
});

test("fast double parse is correctly rounded like Double.parseDouble", () => {
  const rnd = rng(11);
  let taken = 0;
  for (let i = 0; i < 40000; i++) {
    const t = randomText(rnd);
    const b = bytes(t);
    const f = parseSimpleDouble(b, 0, b.length);
    if (f !== f) continue;
    taken++;
    assert.ok(Object.is(f, parseJavaDouble(t)), `${t}: ${f} vs ${parseJavaDouble(t)}`);
  }
  assert.ok(taken > 1000);
  for (const [t, v] of [["0.1", 0.1], ["-0.0", -0], ["16473.51", 16473.51], ["123456789012.345", 123456789012.345]] as const) {
    assert.ok(Object.is(parseSimpleDouble(bytes(t), 0, t.length), v), t);
  }
  for (const t of ["5.", ".5", "1e5", "+1", "1.2.3", "", "-", " 1", "1234567890123456"]) assert.ok(Number.isNaN(parseSimpleDouble(bytes(t), 0, t.length)), t);
});

test("fast decimal parse agrees with BigDecimal + HALF_UP rescale or declines", () => {
  const rnd = rng(13);
  for (const [p, s] of [[15, 2], [10, 0], [5, 4], [18, 3]] as const) {
    for (let i = 0; i < 10000; i++) {
      const t = randomText(rnd);
      const b = bytes(t);
      const f = parseSimpleDecimal(b, 0, b.length, p, s);
      if (f !== f) continue;
      const d = parseBigDecimal(t);
      assert.ok(d !== null, t);
      assert.equal(BigInt(f), toDecimalUnscaled(d, p, s), `${t} as decimal(${p},${s})`);
    }
  }
  assert.equal(parseSimpleDecimal(bytes("-12.5"), 0, 5, 15, 2), -1250);
  assert.ok(Number.isNaN(parseSimpleDecimal(bytes("1.234"), 0, 5, 15, 2)), "more fraction digits than the scale: general path rounds");
  assert.ok(Number.isNaN(parseSimpleDecimal(bytes("1000"), 0, 4, 5, 2)), "overflow: general path decides");
});

test("fast ISO date parse agrees with stringToDate", () => {
  for (const t of ["1970-01-01", "2000-02-29", "1900-02-28", "1996-03-13", "0001-01-01", "9999-12-31"]) {
    assert.equal(parseIsoDate(bytes(t), 0, 10), stringToDate(t), t);
  }
  for (const t of ["1900-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021/01/01", "20a1-01-01", "2021-1-01"]) {
    assert.ok(Number.isNaN(parseIsoDate(bytes(t), 0, t.length)), t);
  }
});

test("int64 columns filled from numbers hold the exact values (negative, zero, 2^53 - 1)", async () => {
  const { ColumnSink } = await import("../../../src/io/formats/common/column-sink.js");
  const { LongType } = await import("../../../src/types/data-type.js");
  const sink = new ColumnSink(LongType(), 2);
  const vals = [0, -1, 1, -4294967296, 4294967295, 4294967296, -9007199254740991, 9007199254740991, -123456789012345];
  for (const v of vals) sink.appendInt64Number(v);
  sink.appendBigInt(-7n);
  sink.appendInt64Number(-0);
  const col = sink.build() as { values: BigInt64Array };
  assert.deepEqual([...col.values], [...vals.map(BigInt), -7n, 0n]);
});
