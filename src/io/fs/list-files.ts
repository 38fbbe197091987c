// Resolving user paths into leaf data files, as Spark's DataSource + InMemoryFileIndex do:
// globs expanded, directories listed recursively, hidden and bookkeeping names skipped, and a
// missing path (or a glob with no match) is PATH_NOT_FOUND.

import { AnalysisException } from "../../errors/spark-error.js";
import type { FileStatus, FileSystem } from "./file-system.js";
import { hasGlob } from "./glob.js";
import { getFileSystem } from "./registry.js";
import { recoverInterruptedSwap } from "../commit/recover.js";

export interface ListedFiles {
  readonly fs: FileSystem;
  /** The roots after glob expansion (directories and files the user named). */
  readonly roots: readonly FileStatus[];
  /** Leaf data files, sorted by path. */
  readonly files: readonly FileStatus[];
}

/** Spark's rule for names that are not data: `_x` (unless it holds "="), `.x`, `x._COPYING_`. */
export function isHiddenName(name: string): boolean {
  return (name.startsWith("_") && !name.includes("=")) || name.startsWith(".") || name.endsWith("._COPYING_");
}

/** Expands and lists paths. All paths must be on one file system. */
export async function listLeafFiles(paths: readonly string[], options: { ignoreMissing?: boolean } = {}): Promise<ListedFiles> {
  if (paths.length === 0) throw new Error("No paths given to read");
  const fs = getFileSystem(paths[0]!);
  const roots: FileStatus[] = [];
  for (const userPath of paths) {
    const resolved = fs.resolve(userPath);
    // A directory whose overwrite was interrupted mid-swap is rolled forward before reading.
    if (!hasGlob(userPath)) await recoverInterruptedSwap(fs, resolved);
    const matches = hasGlob(userPath) ? await fs.list(resolved) : [await fs.stat(resolved)].filter((s): s is FileStatus => s !== null);
    if (matches.length === 0) {
      if (options.ignoreMissing) continue;
      throw new AnalysisException("PATH_NOT_FOUND", { path: fs.qualify(resolved) });
    }
    roots.push(...matches);
  }
  const files: FileStatus[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    if (!root.isDirectory) {
      // Spark's file index filters hidden names even for files the user named explicitly.
      if (isHiddenName(fs.basename(root.path))) continue;
      if (!seen.has(root.path)) {
        seen.add(root.path);
        files.push(root);
      }
      continue;
    }
    await walk(fs, root.path, files, seen);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { fs, roots, files };
}

async function walk(fs: FileSystem, dir: string, out: FileStatus[], seen: Set<string>): Promise<void> {
  for (const st of await fs.list(dir)) {
    const name = fs.basename(st.path);
    if (isHiddenName(name)) continue;
    if (st.isDirectory) await walk(fs, st.path, out, seen);
    else if (!seen.has(st.path)) {
      seen.add(st.path);
      out.push(st);
    }
  }
}
