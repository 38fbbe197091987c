// Micro-benchmark for the batch layout decisions (docs/adr/0001-batch-layout.md):
//  1. sending 5M strings to a worker thread: string[] by structured clone vs the utf8 layout
//     (cloned or transferred), including the encode cost;
//  2. group-by key encoding over 5M rows / 100k distinct string keys: JS strings + Map vs
//     utf8 bytes + hash table vs dictionary codes (shared, and per-batch dictionaries unified);
//  3. Spark murmur3 key hashing (shuffle partitioning) per string encoding.
// Prints ns/row. Run: node --import tsx bench/batch-transfer.ts [rows]
import { Worker } from "node:worker_threads";
import { StringType } from "../src/types/data-type.js";
import { encodeUtf8Vector } from "../src/exec/batch/utf8.js";
import { toTransferable } from "../src/exec/batch/transfer.js";
import { dictionaryEncode, unifyDictionaries } from "../src/exec/batch/dictionary.js";
import { sliceVector } from "../src/exec/batch/slice.js";
import { materializeStrings } from "../src/exec/batch/access.js";
import { hashRowKeys } from "../src/exec/hash/hash-row-keys.js";
import type { ColumnVector, DictVector } from "../src/exec/batch/column-vector.js";

const N = Number(process.argv[2] ?? 5_000_000);
const DISTINCT = 100_000;

function report(label: string, ns: number): void {
  console.log(`${label.padEnd(58)} ${(ns / N).toFixed(1).padStart(8)} ns/row  ${(ns / 1e6).toFixed(0).padStart(6)} ms`);
}
function time<T>(label: string, fn: () => T): T {
  const t0 = process.hrtime.bigint();
  const r = fn();
  report(label, Number(process.hrtime.bigint() - t0));
  return r;
}
async function timeAsync(label: string, fn: () => Promise<unknown>): Promise<void> {
  const t0 = process.hrtime.bigint();
  await fn();
  report(label, Number(process.hrtime.bigint() - t0));
}

function spawn(): Worker {
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./batch-transfer-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
}

// Flat strings, as file readers produce them (template literals would give cons strings, which
// every consumer must flatten first and which would distort all the string timings).
const strings = materializeStrings(
  encodeUtf8Vector(Array.from({ length: N }, (_, i) => `key-${(i * 7919) % DISTINCT}-${i % 13 === 0 ? "ção" : "abc"}`), null),
).values as string[];

console.log(`== 1. ${N} strings to a worker thread`);
const worker = spawn();
const roundTrip = (msg: unknown, transfer: ArrayBuffer[] = []) =>
  new Promise((resolve) => {
    worker.once("message", resolve);
    worker.postMessage(msg, transfer);
  });
await roundTrip({ kind: "clone", strings: ["warm"] });
await timeAsync("string[] by structured clone", () => roundTrip({ kind: "clone", strings }));
const utf8 = time("encode to utf8 (bytes + offsets)", () => encodeUtf8Vector(strings, null, StringType()));
const batch = { numRows: N, columns: [utf8], selection: null };
await timeAsync("utf8 batch, cloned (copy mode)", () => {
  const { message, transferList } = toTransferable(batch, undefined, { copy: true });
  void transferList; // copies: the sender keeps its batch, nothing is transferred
  return roundTrip({ kind: "batch", batch: message });
});
await timeAsync("utf8 batch, transferred", () => {
  const { message, transferList } = toTransferable(batch);
  return roundTrip({ kind: "batch", batch: message }, transferList);
});
await worker.terminate();

console.log(`\n== 2. group-by key encoding, ${N} rows, ${DISTINCT} distinct string keys (sum of a counter per group)`);
const u = encodeUtf8Vector(strings, null, StringType());
time("JS strings + Map<string, id>", () => {
  const ids = new Map<string, number>();
  const sums = new Float64Array(DISTINCT);
  for (let i = 0; i < N; i++) {
    let id = ids.get(strings[i]!);
    if (id === undefined) ids.set(strings[i]!, (id = ids.size));
    sums[id]! += 1;
  }
  return sums;
});
const dict = time("utf8 → dictionaryEncode (byte hash table)", () => dictionaryEncode(u));
time("dict codes → typed-array aggregate (shared dictionary)", () => {
  const sums = new Float64Array(dict.dictionary.length);
  const codes = dict.codes;
  for (let i = 0; i < N; i++) sums[codes[i]!]! += 1;
  return sums;
});
const parts: DictVector[] = [];
const PARTS = 5;
for (let p = 0; p < PARTS; p++) parts.push(dictionaryEncode(sliceVector(u, (p * N) / PARTS, ((p + 1) * N) / PARTS)));
time(`${PARTS} per-batch dictionaries → unify + aggregate`, () => {
  const un = unifyDictionaries(parts);
  const sums = new Float64Array(un.dictionary.length);
  for (const codes of un.codes) for (let i = 0; i < codes.length; i++) sums[codes[i]!]! += 1;
  return sums;
});

console.log(`\n== 3. Spark murmur3 of one string key per row (HashPartitioning)`);
const out = new Int32Array(N);
const strs = materializeStrings(u);
for (const [label, col] of [["strings (JS)", strs], ["utf8 bytes", u], ["dict (hash each entry once)", dict]] as [string, ColumnVector][]) {
  time(label, () => hashRowKeys({ numRows: N, columns: [col], selection: null }, [0], out));
}
