// Parquet scan benchmark: sum(double) + min(string) over a 5M-row snappy file (a double, a
// long, a low-cardinality string, a high-cardinality string), Faísca's reader beside DuckDB
// (@duckdb/node-api) in the same run on the same file. Prints MB/s (file bytes / time) and ratios.
// Usage: node --import tsx bench/parquet-scan.ts [--rows N] [--runs N] [--writer faisca|pyarrow]

import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { DoubleType, LongType, StringType, StructField, StructType } from "../src/types/data-type.js";
import type { Batch, ColumnVector } from "../src/exec/batch/column-vector.js";
import { getFileSystem } from "../src/io/fs/registry.js";
import { parquetFormat } from "../src/io/formats/parquet/format.js";
import { decodeUtf8 } from "../src/exec/batch/utf8.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ROWS = Number(arg("rows", "5000000"));
const RUNS = Number(arg("runs", "5"));
const WRITER = arg("writer", "pyarrow");
const fs = getFileSystem("/");

const schema = StructType([
  StructField("d", DoubleType()),
  StructField("l", LongType()),
  StructField("cat", StringType()),
  StructField("s", StringType()),
]);

function generateWithPyarrow(path: string): boolean {
  const py = `
import pyarrow as pa, pyarrow.parquet as pq, pyarrow.compute as pc
n = ${ROWS}
i = pa.array(range(n), pa.int64())
d = pc.divide(pc.cast(pc.multiply(i, 7919), pa.float64()), 13.0)
cat = pc.binary_join_element_wise(pa.scalar("category-"), pc.cast(pc.bit_wise_and(pc.multiply(i, 31), 63), pa.string()), "")
s = pc.binary_join_element_wise(pa.scalar("user-"), pc.cast(pc.bit_wise_xor(pc.multiply(i, 2654435761), 12345), pa.string()), "")
pq.write_table(pa.table({"d": d, "l": i, "cat": cat, "s": s}), "${path}", compression="snappy", row_group_size=1 << 20)
`;
  const r = spawnSync("python3", ["-c", py], { stdio: "inherit" });
  return r.status === 0;
}

async function generateWithFaisca(path: string): Promise<void> {
  const out = await fs.create(path);
  const w = parquetFormat.createWriter(out, schema, {});
  const B = 65536;
  const enc = new TextEncoder();
  for (let s = 0; s < ROWS; s += B) {
    const n = Math.min(B, ROWS - s);
    const d = new Float64Array(n);
    const l = new BigInt64Array(n);
    const cat: string[] = [];
    const str: string[] = [];
    for (let k = 0; k < n; k++) {
      const i = s + k;
      d[k] = (i * 7919) / 13;
      l[k] = BigInt(i);
      cat.push(`category-${(i * 31) & 63}`);
      str.push(`user-${Number((BigInt(i) * 2654435761n) ^ 12345n)}`);
    }
    const utf8 = (xs: string[]): ColumnVector => {
      const offsets = new Int32Array(n + 1);
      const parts = xs.map((x) => enc.encode(x));
      let total = 0;
      parts.forEach((p, k) => (offsets[k + 1] = total += p.length));
      const bytes = new Uint8Array(total);
      parts.forEach((p, k) => bytes.set(p, offsets[k]!));
      return { encoding: "utf8", type: StringType(), length: n, validity: null, offsets, bytes };
    };
    await w.write({
      numRows: n,
      selection: null,
      columns: [
        { encoding: "flat", type: DoubleType(), length: n, validity: null, values: d },
        { encoding: "flat", type: LongType(), length: n, validity: null, values: l },
        utf8(cat),
        utf8(str),
      ],
    });
  }
  await w.close();
}

/** Bytewise min over a string vector (UTF-8 order = Spark's string order), no JS strings. */
function minBytes(v: ColumnVector, best: { bytes: Uint8Array | null }): void {
  const less = (b: Uint8Array, s: number, e: number): boolean => {
    const m = best.bytes;
    if (m === null) return true;
    const n = Math.min(e - s, m.length);
    for (let i = 0; i < n; i++) if (b[s + i] !== m[i]) return b[s + i]! < m[i]!;
    return e - s < m.length;
  };
  if (v.encoding === "dict") {
    // min over the dictionary entries actually used
    const used = new Uint8Array(v.dictionary.length);
    for (let i = 0; i < v.length; i++) if (v.validity === null || v.validity[i]) used[v.codes[i]!] = 1;
    const d = v.dictionary;
    if (d.encoding !== "utf8") throw new Error("utf8 dictionary expected");
    for (let c = 0; c < used.length; c++) if (used[c] && less(d.bytes, d.offsets[c]!, d.offsets[c + 1]!)) best.bytes = d.bytes.slice(d.offsets[c]!, d.offsets[c + 1]!);
    return;
  }
  if (v.encoding !== "utf8") throw new Error(`unexpected ${v.encoding}`);
  const { bytes, offsets } = v;
  for (let i = 0; i < v.length; i++) {
    if (v.validity !== null && !v.validity[i]) continue;
    if (less(bytes, offsets[i]!, offsets[i + 1]!)) best.bytes = bytes.slice(offsets[i]!, offsets[i + 1]!);
  }
}

async function scanFaisca(path: string, stringColumn: number): Promise<{ sum: number; min: string }> {
  const st = statSync(path);
  const split = { path, start: 0, length: st.size, fileSize: st.size, mtimeMs: st.mtimeMs, partitionValues: [] };
  let sum = 0;
  const best = { bytes: null as Uint8Array | null };
  for await (const b of parquetFormat.read(split, schema, [0, stringColumn], { batchSize: "65536" }, fs) as AsyncIterable<Batch>) {
    const dv = b.columns[0]!;
    if (dv.encoding !== "flat") throw new Error("flat doubles expected");
    const vals = dv.values as Float64Array;
    if (dv.validity === null) for (let i = 0; i < b.numRows; i++) sum += vals[i]!;
    else for (let i = 0; i < b.numRows; i++) if (dv.validity[i]) sum += vals[i]!;
    minBytes(b.columns[1]!, best);
  }
  return { sum, min: best.bytes ? decodeUtf8(best.bytes, 0, best.bytes.length) : "" };
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), "faisca-bench");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `parquet-scan-${ROWS}-${WRITER}.snappy.parquet`);
  if (!existsSync(path)) {
    console.log(`generating ${path} ...`);
    if (WRITER !== "pyarrow" || !generateWithPyarrow(path)) await generateWithFaisca(path);
  }
  const mb = statSync(path).size / 1e6;
  console.log(`file: ${path} (${mb.toFixed(1)} MB, ${ROWS} rows, snappy)`);

  let duck: typeof import("@duckdb/node-api") | null = null;
  try {
    duck = await import("@duckdb/node-api");
  } catch {
    console.log("@duckdb/node-api not installed: Faísca only");
  }
  const conn = duck ? await (await duck.DuckDBInstance.create(":memory:")).connect() : null;

  const time = async <T>(f: () => Promise<T>): Promise<{ ms: number; result: T }> => {
    let best = Infinity;
    let result: T | undefined;
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      result = await f();
      best = Math.min(best, performance.now() - t);
    }
    return { ms: best, result: result! };
  };

  for (const [label, col, name] of [["high-cardinality string", 3, "s"], ["low-cardinality string", 2, "cat"]] as const) {
    console.log(`\nsum(d) + min(${name}) — ${label} (best of ${RUNS})`);
    const ours = await time(() => scanFaisca(path, col));
    console.log(`  faisca           ${ours.ms.toFixed(0).padStart(6)} ms  ${(mb / (ours.ms / 1000)).toFixed(0).padStart(6)} MB/s  sum=${ours.result.sum} min=${ours.result.min}`);
    if (conn) {
      for (const threads of [1, 2]) {
        await conn.run(`SET threads = ${threads}`);
        const d = await time(async () => {
          const r = await conn.runAndReadAll(`SELECT sum(d), min(${name}) FROM read_parquet('${path}')`);
          return r.getRowsJS()[0]!;
        });
        console.log(`  duckdb ${threads} thread${threads > 1 ? "s" : " "} ${d.ms.toFixed(0).padStart(6)} ms  ${(mb / (d.ms / 1000)).toFixed(0).padStart(6)} MB/s  sum=${d.result[0]} min=${d.result[1]}  ratio faisca/duckdb = ${(ours.ms / d.ms).toFixed(2)}×`);
      }
    }
  }
  conn?.closeSync();
}

await main();
