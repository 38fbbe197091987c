// Micro-benchmark: decoding UTF-8 slices of a utf8 vector back to JS strings, by strategy and
// string length; and encoding JS strings into the utf8 layout. Prints ns/row.
// Run: node --import tsx bench/utf8-decode.ts
import { Buffer } from "node:buffer";
import { encodeUtf8Vector, decodeUtf8 } from "../src/exec/batch/utf8.js";

const N = 1_000_000;
const td = new TextDecoder();

function make(len: number, nonAscii: boolean): string[] {
  const out = new Array<string>(N);
  for (let i = 0; i < N; i++) {
    let s = (i * 2654435761 >>> 0).toString(36).padEnd(len, "x").slice(0, len);
    if (nonAscii) s = "é" + s.slice(1);
    out[i] = s;
  }
  return out;
}

function time(label: string, fn: () => number): void {
  fn(); // warm up
  const t0 = process.hrtime.bigint();
  const sink = fn();
  const ns = Number(process.hrtime.bigint() - t0) / N;
  console.log(`${label.padEnd(44)} ${ns.toFixed(1).padStart(7)} ns/row  (${sink})`);
}

for (const [len, nonAscii] of [[4, false], [12, false], [40, false], [12, true], [40, true]] as const) {
  const strings = make(len, nonAscii);
  console.log(`\n-- ${N} strings of ${len} chars${nonAscii ? " (non-ASCII)" : ""}`);
  time("encodeUtf8Vector (ASCII loop + encodeInto)", () => encodeUtf8Vector(strings, null).bytes.length);
  time("TextEncoder.encode per value", () => {
    const enc = new TextEncoder();
    let n = 0;
    for (let i = 0; i < N; i++) n += enc.encode(strings[i]!).length;
    return n;
  });
  const v = encodeUtf8Vector(strings, null);
  const { bytes, offsets } = v;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  time("decodeUtf8 (ours: ASCII fast path)", () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += decodeUtf8(bytes, offsets[i]!, offsets[i + 1]!).length;
    return n;
  });
  time("TextDecoder.decode(subarray)", () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += td.decode(bytes.subarray(offsets[i]!, offsets[i + 1]!)).length;
    return n;
  });
  time("Buffer#toString('utf8', s, e)", () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += buf.toString("utf8", offsets[i]!, offsets[i + 1]!).length;
    return n;
  });
  time("Buffer#toString('latin1', s, e) (ASCII only)", () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += buf.toString("latin1", offsets[i]!, offsets[i + 1]!).length;
    return n;
  });
  time("String.fromCharCode.apply(subarray)", () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += String.fromCharCode.apply(null, bytes.subarray(offsets[i]!, offsets[i + 1]!) as unknown as number[]).length;
    return n;
  });
}
