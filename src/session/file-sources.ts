// Bridge from the session to file IO (src/io): planning a relation's scan before analysis
// (listing, schema inference) and reading its splits when the plan runs.

import { resolve as resolvePath } from "node:path";
import { simpleString } from "../types/type-strings.js";
import type { ReadFiles } from "../plan/logical/unresolved.js";
import type { FileScan } from "../plan/logical/resolved.js";
import type { StructType } from "../types/data-type.js";
import type { Batch } from "../exec/batch/column-vector.js";
import type { ExecContext, Partitions } from "../exec/physical/exec-context.js";
import { planFileScan, readFileSplit, type FileScanPlan } from "../io/index.js";
import type { SessionState } from "./session-state.js";
import { filterText, translateFilters } from "../io/pushed-filters.js";
import type { ParquetFilter } from "../io/formats/parquet/stats-filter.js";
import type { DataType } from "../types/data-type.js";

/** Scan plans by the schema object the analyzer receives (carried into FileScan.fileSchema). */
const plansBySchema = new WeakMap<StructType, FileScanPlan>();

export async function inferRelationSchema(state: SessionState, node: ReadFiles): Promise<StructType> {
  const plan = await planFileScan(node.paths, node.format, node.options, node.schema, {
    timeZone: state.conf.get("spark.sql.session.timeZone"),
    maxPartitionBytes: Number(state.conf.get("spark.sql.files.maxPartitionBytes")),
    minPartitionNum: state.defaultParallelism,
  } as Parameters<typeof planFileScan>[4]);
  plansBySchema.set(plan.schema, plan);
  return plan.schema;
}

export async function readFileRelation(node: FileScan, ctx: ExecContext): Promise<Partitions> {
  const plan = plansBySchema.get(node.fileSchema);
  if (!plan) throw new Error(`internal error: no scan plan for ${node.format} relation ${node.paths.join(", ")}`);
  const names = plan.schema.fields.map((f) => f.name);
  // The optimizer may prune the scan's output to the columns the query needs.
  const columns = node.output.map((a) => {
    const i = names.indexOf(a.name);
    if (i < 0) throw new Error(`internal error: column ${a.name} is not in the files' schema`);
    return i;
  });
  void ctx;
  // A record is malformed only if all its fields are parsed: when the corrupt-record column is
  // read, read every column (as Spark's parsers do) and keep the required ones afterwards.
  const corruptName = (node.options.columnNameOfCorruptRecord ?? "_corrupt_record").toLowerCase();
  const needsAll = node.output.some((a) => a.name.toLowerCase() === corruptName);
  const readColumns = needsAll ? names.map((_, i) => i) : columns;
  const filters = pushedSourceFilters(node, plan);
  const parts: Partitions = [];
  for (const splits of plan.partitions) {
    const batches: Batch[] = [];
    for (const split of splits) {
      for await (const b of readFileSplit(plan, split, readColumns, filters)) {
        batches.push(needsAll ? { ...b, columns: columns.map((c) => b.columns[c]!) } : b);
      }
    }
    parts.push(batches);
  }
  return parts.length > 0 ? parts : [[]];
}

/** The scan's pushed conjuncts as data-source filters over its data (not partition) columns. */
function pushedSourceFilters(node: FileScan, plan: Pick<FileScanPlan, "dataSchema">): ParquetFilter[] {
  if (node.pushedFilters.length === 0) return [];
  return translateFilters(node.pushedFilters, new Set(plan.dataSchema.fields.map((f) => f.name)));
}

/** Spark's FileScan line: FileScan parquet [cols] Batched: …, PushedFilters: [...], ReadSchema: …
 *  (metadata values sorted by key and abbreviated to 100 characters, as Spark prints them). */
export function fileScanLine(node: FileScan, columnsText: string, dataFiltersText: string): string {
  const plan = plansBySchema.get(node.fileSchema);
  const partitionNames = new Set(plan?.partitionSchema.fields.map((f) => f.name) ?? []);
  const readSchema = node.output.filter((a) => !partitionNames.has(a.name)).map((a) => `${a.name}:${simpleString(a.dataType)}`).join(",");
  const meta: [string, string][] = [
    ["Batched", "true"],
    ["DataFilters", `[${dataFiltersText}]`],
    ["Format", node.format === "parquet" ? "Parquet" : node.format.toUpperCase()],
    ["Location", `InMemoryFileIndex(${node.paths.length} paths)[${node.paths.map(qualifiedPath).join(", ")}]`],
    ["PartitionFilters", "[]"],
    ["PushedFilters", `[${pushedFiltersText(node)}]`],
    ["ReadSchema", `struct<${readSchema}>`],
  ];
  return `FileScan ${node.format} [${columnsText}] ` + meta.map(([k, v]) => `${k}: ${abbreviate(v, 100)}`).join(", ");
}

/** The Location line of the formatted explain: InMemoryFileIndex [file:/...]. */
export function fileScanLocation(node: FileScan): string {
  return `InMemoryFileIndex [${node.paths.map(qualifiedPath).join(", ")}]`;
}

function abbreviate(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 3) + "..." : s;
}

/** PushedFilters as Spark prints them: IsNotNull(a), GreaterThan(a,1). */
export function pushedFiltersText(node: FileScan): string {
  const plan = plansBySchema.get(node.fileSchema);
  if (!plan) return "";
  const types = new Map<string, DataType>(plan.dataSchema.fields.map((f) => [f.name, f.dataType]));
  return pushedSourceFilters(node, plan).map((f) => filterText(f, types)).join(", ");
}

function qualifiedPath(p: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(p) ? p : `file:${resolvePath(p)}`;
}
