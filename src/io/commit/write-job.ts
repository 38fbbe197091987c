// The write commit protocol (docs/adr/0002-write-commit-protocol.md), in three steps the engine
// can spread over its scheduler: setupWriteJob on the driver, runWriteTask in each task (any
// thread), commitWriteJob / abortWriteJob on the driver. WriteJob and TaskCommitMessage are plain
// data so they cross thread boundaries.

import { randomUUID } from "node:crypto";
import type { StructType } from "../../types/data-type.js";
import type { Batch } from "../../exec/batch/column-vector.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { getFileSystem } from "../fs/registry.js";
import type { FileSystem } from "../fs/file-system.js";
import type { FormatOptions } from "../formats/file-format.js";
import { getFileFormat } from "../formats/registry.js";
import { COMMITTING_MARKER, jobDir, moveCommittedTaskFiles, SUCCESS_MARKER, TEMPORARY_DIR } from "./job-commit.js";
import { recoverInterruptedSwap } from "./recover.js";
import { completeSwap, IN_DIR_MARKER_PREFIX, siblingMarkerPath, writeMarkerAtomically, type CrashHook, type SwapEntry, type SwapMarker } from "./swap.js";
import { writePartitionedTask } from "./task-writer.js";

export type SaveMode = "overwrite" | "append" | "ignore" | "error" | "errorifexists";

export interface WriteJobRequest {
  /** Output directory (plain path or URI). */
  readonly path: string;
  /** Format short name: "csv", "json", "text" (later "parquet"). */
  readonly format: string;
  /** Default "errorifexists", as Spark. */
  readonly mode?: SaveMode;
  readonly options?: FormatOptions;
  /** Partition columns (names in `schema`), written as col=value directories. */
  readonly partitionBy?: readonly string[];
  readonly schema: StructType;
  /** spark.sql.sources.partitionOverwriteMode (default "static"). */
  readonly partitionOverwriteMode?: "static" | "dynamic";
  /** Rows per file before the task starts its next file (c001, c002, ...); ≤ 0 = no limit. */
  readonly maxRecordsPerFile?: number;
  /** Bucketing (saveAsTable): rows go to file `_<bucket:05d>` by pmod(murmur3(columns), n). */
  readonly bucketSpec?: BucketWriteSpec;
}

export interface BucketWriteSpec {
  readonly numBuckets: number;
  readonly bucketColumns: readonly string[];
}

export interface WriteJob {
  readonly jobId: string;
  /** Where tasks write and the job commits: the output itself, or a staging directory. */
  readonly workDir: string;
  /** The user's output directory, resolved. */
  readonly outputPath: string;
  /** "direct": commit into workDir = output; "swap": staging → output on commit. */
  readonly strategy: "direct" | "swap" | "swap-partitions";
  readonly format: string;
  readonly options: FormatOptions;
  readonly partitionBy: readonly string[];
  readonly schema: StructType;
  /** True when mode "ignore" found existing output: nothing is written. */
  readonly skipped: boolean;
  readonly maxRecordsPerFile: number;
  readonly bucketSpec: BucketWriteSpec | null;
}

export interface TaskCommitMessage {
  readonly taskIndex: number;
  /** Written files relative to the output directory (partition directories included). */
  readonly files: readonly string[];
  /** Partition directory paths (relative) this task wrote to. */
  readonly partitions: readonly string[];
  readonly numRows: number;
}

export async function setupWriteJob(req: WriteJobRequest): Promise<WriteJob> {
  const fs = getFileSystem(req.path);
  const outputPath = fs.resolve(req.path);
  const mode = (req.mode ?? "errorifexists").toLowerCase() as SaveMode;
  const format = getFileFormat(req.format);
  const options = req.options ?? {};
  const partitionBy = req.partitionBy ?? [];
  for (const c of partitionBy) {
    if (!req.schema.fields.some((f) => f.name === c)) {
      throw new AnalysisException("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", { objectName: "`" + c + "`" });
    }
  }
  const dataSchema = { kind: "struct" as const, fields: req.schema.fields.filter((f) => !partitionBy.includes(f.name)) };
  format.checkWriteSchema(dataSchema, options);
  await recoverInterruptedSwap(fs, outputPath);
  const exists = await fs.exists(outputPath);
  const jobId = randomUUID();
  for (const c of req.bucketSpec?.bucketColumns ?? []) {
    if (!req.schema.fields.some((f) => f.name === c)) {
      throw new AnalysisException("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", { objectName: "`" + c + "`" });
    }
  }
  const base = {
    jobId,
    outputPath,
    format: req.format.toLowerCase(),
    options,
    partitionBy,
    schema: req.schema,
    maxRecordsPerFile: maxRecordsPerFileOf(req),
    bucketSpec: req.bucketSpec ?? null,
  };
  if (exists && (mode === "error" || mode === "errorifexists")) {
    throw new AnalysisException("PATH_ALREADY_EXISTS", { outputPath: fs.qualify(outputPath) });
  }
  if (exists && mode === "ignore") return { ...base, workDir: outputPath, strategy: "direct", skipped: true };
  if (exists && mode === "overwrite") {
    const dynamic = req.partitionOverwriteMode === "dynamic" && partitionBy.length > 0;
    const parent = fs.parent(outputPath) ?? outputPath;
    const staging = fs.join(parent, `.${fs.basename(outputPath)}.faisca-staging-${jobId}`);
    await fs.mkdirs(staging);
    return { ...base, workDir: staging, strategy: dynamic ? "swap-partitions" : "swap", skipped: false };
  }
  if (mode !== "overwrite" && mode !== "append" && mode !== "ignore" && mode !== "error" && mode !== "errorifexists") {
    throw new Error(`Unknown save mode: ${String(req.mode)}. Accepted save modes are 'overwrite', 'append', 'ignore', 'error', 'errorifexists', 'default'.`);
  }
  await fs.mkdirs(outputPath);
  return { ...base, workDir: outputPath, strategy: "direct", skipped: false };
}

/**
 * Writes one task's batches (full rows of the job schema) under
 * `<workDir>/_temporary/<jobId>/_attempt_<task>_<attempt>/`, then commits the task by renaming
 * the attempt directory to `task_<task>`. A failed attempt deletes its directory. A task with no
 * rows writes no file unless `writeEmptyFile` (the driver asks for one when the job wrote none).
 */
export async function runWriteTask(
  job: WriteJob,
  taskIndex: number,
  batches: AsyncIterable<Batch>,
  attempt = 0,
  writeEmptyFile = false,
): Promise<TaskCommitMessage> {
  if (job.skipped) return { taskIndex, files: [], partitions: [], numRows: 0 };
  const fs = getFileSystem(job.workDir);
  const root = jobDir(fs, job.workDir, job.jobId);
  const attemptDir = fs.join(root, `_attempt_${pad5(taskIndex)}_${attempt}`);
  const taskDir = fs.join(root, `task_${pad5(taskIndex)}`);
  try {
    const written = await writePartitionedTask(fs, attemptDir, job, taskIndex, batches, writeEmptyFile);
    if (await fs.exists(taskDir)) await fs.delete(taskDir, true); // an earlier attempt committed
    await fs.mkdirs(attemptDir);
    await fs.rename(attemptDir, taskDir);
    return { taskIndex, ...written };
  } catch (e) {
    await fs.delete(attemptDir, true).catch(() => undefined);
    throw e;
  }
}

/** Publishes the committed tasks' files, writes _SUCCESS, and for overwrite swaps in the new output. */
export async function commitWriteJob(job: WriteJob, messages: readonly TaskCommitMessage[], crash?: CrashHook): Promise<string[]> {
  if (job.skipped) return [];
  const fs = getFileSystem(job.workDir);
  const root = jobDir(fs, job.workDir, job.jobId);
  await fs.mkdirs(root);
  // Marker first: from here on the commit is rolled forward, never back.
  await fs.writeFile(fs.join(root, COMMITTING_MARKER), "");
  crash?.("job-commit");
  const moved = await moveCommittedTaskFiles(fs, job.workDir, root, crash);
  await fs.delete(root, true);
  const tmp = fs.join(job.workDir, TEMPORARY_DIR);
  if ((await fs.list(tmp)).length === 0) await fs.delete(tmp, true);
  if (job.strategy !== "swap-partitions") await fs.writeFile(fs.join(job.workDir, SUCCESS_MARKER), "");
  if (job.strategy === "direct") return moved;

  let markerPath: string;
  let entries: SwapEntry[];
  if (job.strategy === "swap") {
    markerPath = siblingMarkerPath(fs, job.outputPath)!;
    entries = [{ target: job.outputPath, staging: job.workDir, trash: trashPath(fs, job.outputPath, job.jobId) }];
  } else {
    // Dynamic partition overwrite: replace only the partition directories this job wrote.
    const parts = new Set<string>();
    for (const m of messages) for (const p of m.partitions) parts.add(p);
    markerPath = fs.join(job.outputPath, `${IN_DIR_MARKER_PREFIX}${job.jobId}`);
    entries = [...parts].map((rel) => {
      const segs = rel.split("/");
      const target = fs.join(job.outputPath, ...segs);
      return { target, staging: fs.join(job.workDir, ...segs), trash: trashPath(fs, target, job.jobId) };
    });
  }
  const marker: SwapMarker = { version: 1, jobId: job.jobId, entries };
  crash?.("write-marker");
  await writeMarkerAtomically(fs, markerPath, marker);
  await completeSwap(fs, markerPath, marker, crash);
  if (job.strategy === "swap-partitions") {
    await fs.delete(job.workDir, true);
    await fs.writeFile(fs.join(job.outputPath, SUCCESS_MARKER), "");
  }
  return moved.map((p) => job.outputPath + p.slice(job.workDir.length));
}

/** Removes everything the job wrote; the previous output is untouched. */
export async function abortWriteJob(job: WriteJob): Promise<void> {
  if (job.skipped) return;
  const fs = getFileSystem(job.workDir);
  if (job.strategy === "direct") {
    await fs.delete(jobDir(fs, job.workDir, job.jobId), true);
    const tmp = fs.join(job.workDir, TEMPORARY_DIR);
    if ((await fs.list(tmp)).length === 0) await fs.delete(tmp, true);
  } else {
    await fs.delete(job.workDir, true);
  }
}

/** The `maxRecordsPerFile` write option wins over the request's (session) value; ≤ 0 = no limit. */
function maxRecordsPerFileOf(req: WriteJobRequest): number {
  const key = Object.keys(req.options ?? {}).find((k) => k.toLowerCase() === "maxrecordsperfile");
  const opt = key === undefined ? undefined : req.options![key];
  const n = opt !== undefined ? Number(opt) : (req.maxRecordsPerFile ?? 0);
  if (!Number.isFinite(n)) throw new Error(`maxRecordsPerFile must be a number; got '${opt}'`);
  return n > 0 ? Math.floor(n) : 0;
}

function trashPath(fs: FileSystem, target: string, jobId: string): string {
  const parent = fs.parent(target) ?? target;
  return fs.join(parent, `.${fs.basename(target)}.faisca-trash-${jobId}`);
}

function pad5(n: number): string {
  return String(n).padStart(5, "0");
}
