// Kernel benchmark: filter → project → sum over 10M rows through the generated pipeline, for
// int, long, double, decimal(10,2) and string keys. Prints ns/row per stage mix. The sum is a
// hand loop over the projected column (the aggregate operator lives elsewhere).
// Run: node --import tsx bench/kernels.ts [rows]
import "../src/functions/operators/index.js";
import { compilePipeline } from "../src/exec/eval/codegen/pipeline.js";
import { lookupFunction } from "../src/functions/registry.js";
import type { ScalarFunctionDef, FunctionContext } from "../src/functions/function-definition.js";
import type { RExpr } from "../src/plan/expr/resolved.js";
import type { Batch, ColumnVector, FlatVector, StringsVector } from "../src/exec/batch/column-vector.js";
import { DecimalType, DoubleType, IntegerType, LongType, StringType, type DataType } from "../src/types/data-type.js";

const N = Number(process.argv[2] ?? 10_000_000);
const BATCH = 64 * 1024;
const ctx: FunctionContext = { ansi: true, timeZone: "UTC", conf: (_k, f) => f };

const ref = (o: number, t: DataType): RExpr => ({ kind: "bound_ref", ordinal: o, name: `c${o}`, dataType: t, nullable: false });
const lit = (v: unknown, t: DataType): RExpr => ({ kind: "literal", value: v, dataType: t, nullable: false });
function call(name: string, args: RExpr[]): RExpr {
  const fn = (lookupFunction(name) as ScalarFunctionDef).bind(
    args.map((a) => ({ dataType: a.dataType, nullable: false, foldable: a.kind === "literal", ...(a.kind === "literal" ? { value: a.value } : {}) })),
    ctx,
  );
  return { kind: "call", name, fn, args, dataType: fn.returnType, nullable: fn.nullable, sql: name };
}

function makeBatches(t: DataType, gen: (i: number) => unknown): Batch[] {
  const out: Batch[] = [];
  for (let start = 0; start < N; start += BATCH) {
    const n = Math.min(BATCH, N - start);
    let col: ColumnVector;
    if (t.kind === "string") {
      const values = new Array<string>(n);
      for (let i = 0; i < n; i++) values[i] = gen(start + i) as string;
      col = { encoding: "strings", type: t, length: n, validity: null, values } satisfies StringsVector;
    } else {
      const values = t.kind === "integer" ? new Int32Array(n) : t.kind === "double" ? new Float64Array(n) : new BigInt64Array(n);
      for (let i = 0; i < n; i++) (values as any)[i] = gen(start + i);
      col = { encoding: "flat", type: t, length: n, validity: null, values } satisfies FlatVector;
    }
    out.push({ numRows: n, columns: [col], selection: null });
  }
  return out;
}

interface Case {
  name: string;
  /** Hand-written filter+project+sum over the raw column: the baseline codegen is compared to. */
  hand: (col: ColumnVector) => number;
  type: DataType;
  gen: (i: number) => unknown;
  filter: (c: RExpr) => RExpr;
  project: (c: RExpr) => RExpr;
}

const dec = DecimalType(10, 2);
const cases: Case[] = [
  { name: "int", hand: (c) => { const v = (c as FlatVector).values as Int32Array; let s = 0; for (let i = 0; i < v.length; i++) { const x = v[i]!; if (x > 500) s += x * 3 + 1; } return s; }, type: IntegerType(), gen: (i) => (i * 7919) % 100_000, filter: (c) => call(">", [c, lit(500, IntegerType())]), project: (c) => call("+", [call("*", [c, lit(3, IntegerType())]), lit(1, IntegerType())]) },
  { name: "long", hand: (c) => { const v = (c as FlatVector).values as BigInt64Array; let s = 0; for (let i = 0; i < v.length; i++) { const x = v[i]!; if (x > 500n) s += Number(BigInt.asIntN(64, x * 3n + 1n)); } return s; }, type: LongType(), gen: (i) => BigInt((i * 7919) % 100_000), filter: (c) => call(">", [c, lit(500n, LongType())]), project: (c) => call("+", [call("*", [c, lit(3n, LongType())]), lit(1n, LongType())]) },
  { name: "double", hand: (c) => { const v = (c as FlatVector).values as Float64Array; let s = 0; for (let i = 0; i < v.length; i++) { const x = v[i]!; if (x > 50) s += x * 3 + 1; } return s; }, type: DoubleType(), gen: (i) => ((i * 7919) % 100_000) / 7, filter: (c) => call(">", [c, lit(50, DoubleType())]), project: (c) => call("+", [call("*", [c, lit(3, DoubleType())]), lit(1, DoubleType())]) },
  { name: "decimal(10,2)", hand: (c) => { const v = (c as FlatVector).values as BigInt64Array; let s = 0; for (let i = 0; i < v.length; i++) { const x = v[i]!; if (x > 50_000n) s += Number(x + 100n); } return s; }, type: dec, gen: (i) => BigInt((i * 7919) % 10_000_000), filter: (c) => call(">", [c, lit(50_000n, dec)]), project: (c) => call("+", [c, lit(100n, dec)]) },
  { name: "string", hand: (c) => { const v = (c as StringsVector).values; let s = 0; for (let i = 0; i < v.length; i++) { const x = v[i]!; if (x.startsWith("k1")) s += x.length; } return s; }, type: StringType(), gen: (i) => "k" + ((i * 7919) % 100_000), filter: (c) => call("like", [c, lit("k1%", StringType())]), project: (c) => c },
];

function sumColumn(v: ColumnVector): number | bigint {
  if (v.encoding === "flat") {
    const vals = v.values;
    if (vals instanceof BigInt64Array) {
      // Float64 fast path while exact; fine for this benchmark's magnitudes
      let s = 0;
      for (let i = 0; i < vals.length; i++) s += Number(vals[i]!);
      return s;
    }
    let s = 0;
    for (let i = 0; i < vals.length; i++) s += vals[i] as number;
    return s;
  }
  if (v.encoding === "strings") {
    let s = 0;
    for (let i = 0; i < v.values.length; i++) s += v.values[i]!.length;
    return s;
  }
  return 0;
}

console.log(`rows: ${N} (absolute times on shared machines are noise: read the ratio to the hand loop)`);
for (const c of cases) {
  const batches = makeBatches(c.type, c.gen);
  const col = ref(0, c.type);
  for (let k = 0; k < Math.min(4, batches.length); k++) c.hand(batches[k]!.columns[0]!);
  const h0 = process.hrtime.bigint();
  let hsum = 0;
  for (const b of batches) hsum += c.hand(b.columns[0]!);
  const handNs = Number(process.hrtime.bigint() - h0);
  console.log(`${c.name.padEnd(14)} hand loop   ${(handNs / N).toFixed(2).padStart(8)} ns/row  (checksum ${hsum})`);
  for (const codegen of [true, false]) {
    const p = compilePipeline({ inputTypes: [c.type], filters: [c.filter(col)], projections: [c.project(col)] }, { codegen });
    // warm up
    for (let k = 0; k < Math.min(4, batches.length); k++) p.run(batches[k]!);
    const t0 = process.hrtime.bigint();
    let rows = 0;
    let acc = 0;
    for (const b of batches) {
      const out = p.run(b);
      rows += out.numRows;
      acc += Number(sumColumn(out.columns[0]!));
    }
    const ns = Number(process.hrtime.bigint() - t0);
    console.log(
      `${c.name.padEnd(14)} ${codegen ? "codegen    " : "interpreter"} ${(ns / N).toFixed(2).padStart(8)} ns/row  ×${(ns / handNs).toFixed(1)} hand  (${rows} rows kept, checksum ${acc})`,
    );
    if (!codegen && N > 2_000_000) break;
  }
}
