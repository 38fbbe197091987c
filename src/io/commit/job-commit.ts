// Job commit: moving the files of committed tasks from `<out>/_temporary/<jobId>/task_NNNNN/...`
// into `<out>/...`, file by file (names are unique per job, so nothing is overwritten). A
// `_COMMITTING` marker written first lets the next reader or writer finish an interrupted commit.

import type { FileStatus, FileSystem } from "../fs/file-system.js";
import type { CrashHook } from "./swap.js";

export const TEMPORARY_DIR = "_temporary";
export const COMMITTING_MARKER = "_COMMITTING";
export const SUCCESS_MARKER = "_SUCCESS";

export function jobDir(fs: FileSystem, output: string, jobId: string): string {
  return fs.join(output, TEMPORARY_DIR, jobId);
}

/** Moves every file under the job's committed task directories into `output`. Idempotent. */
export async function moveCommittedTaskFiles(fs: FileSystem, output: string, jobDirectory: string, crash?: CrashHook): Promise<string[]> {
  const moved: string[] = [];
  for (const task of await fs.list(jobDirectory)) {
    if (!task.isDirectory || !fs.basename(task.path).startsWith("task_")) continue;
    for (const { file, rel } of await listRelative(fs, task.path, [])) {
      crash?.("move-task-file");
      const dest = fs.join(output, ...rel);
      if (await fs.exists(dest)) {
        // Already moved by an earlier, interrupted attempt whose source delete did not happen.
        await fs.delete(file.path);
      } else {
        await fs.rename(file.path, dest);
      }
      moved.push(dest);
    }
  }
  return moved;
}

async function listRelative(fs: FileSystem, dir: string, prefix: string[]): Promise<{ file: FileStatus; rel: string[] }[]> {
  const out: { file: FileStatus; rel: string[] }[] = [];
  for (const st of await fs.list(dir)) {
    const rel = [...prefix, fs.basename(st.path)];
    if (st.isDirectory) out.push(...(await listRelative(fs, st.path, rel)));
    else out.push({ file: st, rel });
  }
  return out;
}

/** Finishes the job commits that were interrupted under `output` (their marker exists). */
export async function recoverJobCommits(fs: FileSystem, output: string): Promise<void> {
  const tmp = fs.join(output, TEMPORARY_DIR);
  for (const job of await fs.list(tmp)) {
    if (!job.isDirectory) continue;
    if (!(await fs.exists(fs.join(job.path, COMMITTING_MARKER)))) continue;
    await moveCommittedTaskFiles(fs, output, job.path);
    await fs.writeFile(fs.join(output, SUCCESS_MARKER), "");
    await fs.delete(job.path, true);
  }
  const rest = await fs.list(tmp);
  if (rest.length === 0) await fs.delete(tmp, true);
}
