// One-call write for the engine and tests: setup → run every task → commit, aborting the job
// (and leaving any previous output untouched) when a task fails.

import type { Batch } from "../../exec/batch/column-vector.js";
import {
  abortWriteJob,
  commitWriteJob,
  runWriteTask,
  setupWriteJob,
  type TaskCommitMessage,
  type WriteJobRequest,
} from "./write-job.js";
import type { CrashHook } from "./swap.js";

export interface WriteFilesRequest extends WriteJobRequest {
  /** One entry per task: its batches (full rows of `schema`), or a function producing them. */
  readonly partitions: readonly (AsyncIterable<Batch> | (() => AsyncIterable<Batch>))[];
  /** Test hook to simulate a crash during the job commit. */
  readonly crash?: CrashHook;
}

export interface WriteFilesResult {
  /** Final paths of written files. */
  readonly files: readonly string[];
  readonly numRows: number;
  /** True when mode "ignore" skipped the write because the output existed. */
  readonly skipped: boolean;
}

export async function writeFiles(req: WriteFilesRequest): Promise<WriteFilesResult> {
  const job = await setupWriteJob(req);
  if (job.skipped) return { files: [], numRows: 0, skipped: true };
  const messages: TaskCommitMessage[] = [];
  try {
    const parts = req.partitions;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const batches = typeof p === "function" ? p() : p;
      messages.push(await runWriteTask(job, i, batches));
    }
    // An empty DataFrame still writes one (empty) file, as Spark does.
    if (messages.every((m) => m.files.length === 0) && (job.partitionBy.length === 0)) {
      messages.push(await runWriteTask(job, 0, emptyBatches(), 1, true));
    }
  } catch (e) {
    await abortWriteJob(job);
    throw e;
  }
  const files = await commitWriteJob(job, messages, req.crash);
  return { files, numRows: messages.reduce((n, m) => n + m.numRows, 0), skipped: false };
}

async function* emptyBatches(): AsyncIterable<Batch> {}
