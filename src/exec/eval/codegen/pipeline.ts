// Whole-stage codegen for filter → project chains: ONE generated loop over the live rows that
// evaluates the filters (in order, each only for rows passing the previous ones) and then the
// projections, writing typed arrays (flat types), JS string arrays (strings vectors) or builders
// (everything else) directly. The output batch is dense (no selection); with `projections: null`
// the input columns are kept and the surviving rows become the selection.
//
// A compiled variant is specialized on each referenced input column's encoding and on whether it
// has a validity buffer: null checks exist only where a batch can hold nulls. Variants are
// compiled on first sight and cached by source text (a module-wide Map), so equal pipelines
// share compiled functions. Oversized expressions, and `codegen: false`, use the interpreter.

import type { RExpr } from "../../../plan/expr/resolved.js";
import type { DataType } from "../../../types/data-type.js";
import type { Batch, ColumnVector, FlatArray } from "../../batch/column-vector.js";
import { flatArrayConstructor, isTextType, preferredEncoding } from "../../batch/physical-type.js";
import { exactLength } from "../../batch/growable.js";
import { gatherVector } from "../../batch/gather.js";
import type { VectorBuilder } from "../../batch/builder.js";
import { INLINE_RUNTIME } from "../../../functions/operators/inline-runtime.js";
import { EMPTY_EVAL_CONTEXT, type EvalContext } from "../context.js";
import { interpretPipeline } from "../interpreter.js";
import { CODEGEN_SUPPORT } from "./support.js";
import { ExprCodegen, countNodes, type ColumnShape } from "./expr-codegen.js";

export interface PipelineSpec {
  /** Types of the input batch's columns (bound_ref ordinals index them). */
  readonly inputTypes: readonly DataType[];
  /** Conjuncts; a row survives when every one is TRUE. */
  readonly filters: readonly RExpr[];
  /** Output columns; null keeps the input columns and returns a selection. */
  readonly projections: readonly RExpr[] | null;
}

export interface PipelineOptions {
  /** false forces the interpreter (spark.sql.codegen.wholeStage / spark.faisca.codegen.enabled). */
  readonly codegen?: boolean;
  /** Expressions with more nodes than this (summed over the pipeline) are interpreted. */
  readonly maxNodes?: number;
}

export interface CompiledPipeline {
  /** Generated source of the variant for the declared input types (explain("codegen")). */
  readonly source: string;
  /** True when the pipeline runs generated code (false: interpreter fallback). */
  readonly compiled: boolean;
  run(batch: Batch, ctx?: EvalContext): Batch;
}

export const DEFAULT_MAX_NODES = 2000;

type GeneratedFn = (
  cols: readonly ColumnVector[],
  sel: Int32Array | null,
  live: number,
  K: readonly unknown[],
  $rt: typeof INLINE_RUNTIME,
  $s: typeof CODEGEN_SUPPORT,
  ctx: EvalContext,
) => unknown[];

interface Variant {
  readonly source: string;
  readonly consts: readonly unknown[];
  readonly fn: GeneratedFn;
  /** Per projection: the input column it passes through by gathering rows, or -1. */
  readonly gathers: readonly number[];
}

const FUNCTION_CACHE = new Map<string, GeneratedFn>();

/** Number of distinct generated functions compiled so far (tests, metrics). */
export const compiledFunctionCount = (): number => FUNCTION_CACHE.size;

function declaredShapes(types: readonly DataType[]): ColumnShape[] {
  return types.map((type) => ({ type, nullable: true, encoding: preferredEncoding(type) }));
}

function batchShapes(spec: PipelineSpec, batch: Batch): ColumnShape[] {
  return spec.inputTypes.map((type, o) => {
    const c = batch.columns[o];
    return c ? { type, encoding: c.encoding, nullable: c.validity !== null } : { type, encoding: preferredEncoding(type), nullable: true };
  });
}

const shapeKey = (shapes: readonly ColumnShape[]): string => shapes.map((s) => s.encoding[0] + (s.nullable ? "?" : "")).join(",");

/** Generates the pipeline body for one set of column shapes. */
function generate(spec: PipelineSpec, shapes: readonly ColumnShape[]): { source: string; consts: unknown[]; gathers: number[] } {
  const g = new ExprCodegen(shapes);
  const gathers = (spec.projections ?? []).map(passThrough(shapes));
  const body: string[] = [];
  g.lines = body;
  for (const f of spec.filters) {
    const r = g.gen(f);
    const pass = r.n === "false" ? r.v : r.n === "true" ? "false" : `!${r.n} && ${r.v}`;
    g.emit(`if (!(${pass})) continue;`);
  }
  const outDecl: string[] = [];
  const ret: string[] = [];
  if (spec.projections === null || gathers.some((o) => o >= 0)) {
    outDecl.push("const osel = new Int32Array(live);");
    ret.push("osel");
  }
  if (spec.projections !== null) {
    spec.projections.forEach((p, k) => {
      if (gathers[k]! >= 0) {
        ret.push("null", "null");
        return;
      }
      const r = g.gen(p);
      const t = p.dataType;
      const Ctor = flatArrayConstructor(t);
      const mayNull = r.n !== "false";
      if (Ctor !== null || isTextType(t)) {
        outDecl.push(Ctor !== null ? `const o${k} = new ${Ctor.name}(live);` : `const o${k} = new Array(live);`);
        const store = t.kind === "boolean" ? `${r.v} ? 1 : 0` : r.v;
        if (mayNull) {
          outDecl.push(`const q${k} = new Uint8Array(live);`, `let z${k} = false;`);
          g.emit(`if (${r.n}) { q${k}[j] = 0; z${k} = true;${Ctor === null ? ` o${k}[j] = "";` : ""} } else { q${k}[j] = 1; o${k}[j] = ${store}; }`);
          ret.push(`o${k}`, `z${k} ? q${k} : null`);
        } else {
          g.emit(`o${k}[j] = ${store};`);
          ret.push(`o${k}`, "null");
        }
      } else {
        outDecl.push(`const o${k} = $s.createBuilder(${g.constant(t)}, live);`);
        g.emit(`o${k}.append(${mayNull ? `${r.n} ? null : ${r.v}` : r.v});`);
        ret.push(`o${k}`, "null");
      }
    });
  }
  if (ret[0] === "osel") g.emit("osel[j] = i;");
  const pro: string[] = ['"use strict";'];
  g.consts.forEach((_, k) => pro.push(`const k${k} = K[${k}];`));
  for (const o of [...g.usedColumns].sort((a, b) => a - b)) {
    const s = shapes[o]!;
    pro.push(`const c${o} = cols[${o}];`);
    if (s.nullable) pro.push(`const m${o} = c${o}.validity;`);
    if (s.encoding === "flat" || s.encoding === "strings") pro.push(`const d${o} = c${o}.values;`);
    else if (s.encoding === "dict") pro.push(`const x${o} = c${o}.codes;`, `const t${o} = $s.dictStrings(c${o});`);
    else if (s.encoding === "utf8") pro.push(`const b${o} = c${o}.bytes;`, `const f${o} = c${o}.offsets;`);
  }
  if (g.usesRowState) pro.push("const st = $s.newRowState(cols, ctx);");
  const lines = [
    ...pro,
    ...outDecl,
    "let j = 0;",
    "for (let r = 0; r < live; r++) {",
    "  const i = sel === null ? r : sel[r];",
    ...body.map((l) => "  " + l),
    "  j++;",
    "}",
    `return [j, ${ret.join(", ")}];`,
  ];
  return { source: lines.join("\n"), consts: g.consts, gathers };
}

/** A projection that is a plain reference to a non-flat column (strings, dictionary, boxed)
 *  is gathered by row index after the loop instead of decoding a value per row. */
const passThrough =
  (shapes: readonly ColumnShape[]) =>
  (p: RExpr): number =>
    p.kind === "bound_ref" && shapes[p.ordinal] !== undefined && shapes[p.ordinal]!.encoding !== "flat" ? p.ordinal : -1;

function compileVariant(spec: PipelineSpec, shapes: readonly ColumnShape[]): Variant {
  const { source, consts, gathers } = generate(spec, shapes);
  let fn = FUNCTION_CACHE.get(source);
  if (fn === undefined) {
    fn = new Function("cols", "sel", "live", "K", "$rt", "$s", "ctx", source) as GeneratedFn;
    FUNCTION_CACHE.set(source, fn);
  }
  return { source, consts, fn, gathers };
}

function assemble(spec: PipelineSpec, v: Variant, batch: Batch, out: unknown[]): Batch {
  const count = out[0] as number;
  const live = batch.selection ? batch.selection.length : batch.numRows;
  if (spec.projections === null) {
    const osel = out[1] as Int32Array;
    return { numRows: batch.numRows, columns: batch.columns, selection: count === live ? batch.selection : osel.slice(0, count) };
  }
  const base = v.gathers.some((o) => o >= 0) ? 2 : 1;
  const columns = spec.projections.map((p, k): ColumnVector => {
    const from = v.gathers[k]!;
    if (from >= 0) {
      const col = batch.columns[from]!;
      // Every row survives and there is no selection: the column itself.
      if (count === batch.numRows && batch.selection === null) return col;
      return gatherVector(col, (out[1] as Int32Array).subarray(0, count));
    }
    const values = out[base + 2 * k];
    const validity = out[base + 1 + 2 * k] as Uint8Array | null;
    const type = p.dataType;
    if (values instanceof Array) {
      values.length = count;
      return { encoding: "strings", type, length: count, validity: validity && exactLength(validity, count), values: values as string[] };
    }
    if (ArrayBuffer.isView(values)) {
      return {
        encoding: "flat",
        type,
        length: count,
        // A view, not a copy: filtered batches keep their spare tail (transfer copies views).
        validity: validity && prefix(validity, count),
        values: prefix(values as FlatArray, count),
      };
    }
    return (values as VectorBuilder).build();
  });
  return { numRows: count, columns, selection: null };
}

const prefix = <T extends FlatArray>(a: T, n: number): T => (a.length === n ? a : (a.subarray(0, n) as T));

/** Compiles a filter → project pipeline (generated code, or the interpreter as fallback). */
export function compilePipeline(spec: PipelineSpec, options: PipelineOptions = {}): CompiledPipeline {
  const all = [...spec.filters, ...(spec.projections ?? [])];
  const limit = options.maxNodes ?? DEFAULT_MAX_NODES;
  let nodes = 0;
  for (const e of all) nodes += countNodes(e, limit - nodes);
  if (options.codegen === false || nodes > limit) {
    return {
      source: "/* interpreted: " + (options.codegen === false ? "codegen disabled" : `more than ${limit} expression nodes`) + " */",
      compiled: false,
      run: (batch, ctx = EMPTY_EVAL_CONTEXT) => interpretPipeline(spec.filters, spec.projections, batch, ctx),
    };
  }
  const declared = compileVariant(spec, declaredShapes(spec.inputTypes));
  const variants = new Map<string, Variant>();
  return {
    source: declared.source,
    compiled: true,
    run(batch, ctx = EMPTY_EVAL_CONTEXT) {
      const shapes = batchShapes(spec, batch);
      const key = shapeKey(shapes);
      let v = variants.get(key);
      if (v === undefined) {
        v = compileVariant(spec, shapes);
        variants.set(key, v);
      }
      const live = batch.selection ? batch.selection.length : batch.numRows;
      const out = v.fn(batch.columns, batch.selection, live, v.consts, INLINE_RUNTIME, CODEGEN_SUPPORT, ctx);
      return assemble(spec, v, batch, out);
    },
  };
}

/** The generated source for explain("codegen"). */
export function explainCodegen(spec: PipelineSpec, options: PipelineOptions = {}): string {
  return compilePipeline(spec, options).source;
}
