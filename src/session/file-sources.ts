// Bridge from the session to file IO (src/io): planning a relation's scan before analysis
// (listing, schema inference) and reading its splits when the plan runs.

import type { ReadFiles } from "../plan/logical/unresolved.js";
import type { FileScan } from "../plan/logical/resolved.js";
import type { StructType } from "../types/data-type.js";
import type { Batch } from "../exec/batch/column-vector.js";
import type { ExecContext, Partitions } from "../exec/physical/exec-context.js";
import { planFileScan, readFileSplit, type FileScanPlan } from "../io/index.js";
import type { SessionState } from "./session-state.js";

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
  const parts: Partitions = [];
  for (const splits of plan.partitions) {
    const batches: Batch[] = [];
    for (const split of splits) {
      for await (const b of readFileSplit(plan, split, readColumns)) {
        batches.push(needsAll ? { ...b, columns: columns.map((c) => b.columns[c]!) } : b);
      }
    }
    parts.push(batches);
  }
  return parts.length > 0 ? parts : [[]];
}
