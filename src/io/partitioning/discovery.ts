// Partition discovery (Spark's PartitioningUtils.parsePartitions): each data file's directories
// between a base path and the file that look like `col=value` give the file's partition values.
// Base paths are the `basePath` option, or else each directory the user named (a named file's
// parent). Column types are inferred per directory value and unified per column.

import { StructField, StructType } from "../../types/data-type.js";
import type { FileStatus, FileSystem } from "../fs/file-system.js";
import { inferPartitionValueType, partitionValue, unifyPartitionTypes } from "./partition-values.js";
import { unescapePathName } from "./path-escaping.js";

export interface DiscoveredPartitions {
  readonly schema: StructType;
  /** Per file (same order as the input files): internal values aligned with `schema`. */
  readonly values: readonly (readonly unknown[])[];
}

export interface DiscoveryOptions {
  readonly basePath?: string;
  /** spark.sql.sources.partitionColumnTypeInference.enabled (default true). */
  readonly typeInference?: boolean;
  readonly timeZone: string;
  /** A user schema: partition columns it names take its types. */
  readonly userSchema?: StructType;
}

export function discoverPartitions(
  fs: FileSystem,
  roots: readonly FileStatus[],
  files: readonly FileStatus[],
  opts: DiscoveryOptions,
): DiscoveredPartitions {
  const basePaths = new Set<string>();
  if (opts.basePath !== undefined) basePaths.add(fs.resolve(opts.basePath));
  else for (const r of roots) basePaths.add(r.isDirectory ? r.path : (fs.parent(r.path) ?? r.path));

  const perFile: { name: string; raw: string }[][] = files.map((f) => parseFilePartitions(fs, f.path, basePaths));
  // All files must agree on the partition column names (Spark: "Conflicting directory structures").
  const nonEmpty = perFile.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) return { schema: StructType([]), values: files.map(() => []) };
  const names = nonEmpty[0]!.map((c) => c.name);
  for (const p of perFile) {
    const n = p.map((c) => c.name);
    if (n.length !== names.length || n.some((x, i) => x.toLowerCase() !== names[i]!.toLowerCase())) {
      const listed = [...new Set(perFile.map((q) => q.map((c) => `${c.name}`).join(", ")))];
      throw new Error(
        `Conflicting directory structures detected. Suspicious paths:\n${files
          .map((f) => "\t" + fs.qualify(fs.parent(f.path) ?? f.path))
          .filter((v, i, a) => a.indexOf(v) === i)
          .join("\n")}\n\nIf provided paths are partition directories, please set "basePath" in the options of the data source to specify the root directory of the table. If there are multiple root directories, please load them separately and then union them.\nPartition column name list: ${listed.join(" | ")}`,
      );
    }
  }
  const inference = opts.typeInference ?? true;
  const types = names.map((name, k) => {
    const user = opts.userSchema?.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (user) return user.dataType;
    return unifyPartitionTypes(perFile.map((p) => inferPartitionValueType(p[k]!.raw, inference)));
  });
  const schema = StructType(names.map((n, k) => StructField(n, types[k]!, true)));
  const values = perFile.map((p) => p.map((c, k) => partitionValue(c.raw, types[k]!, opts.timeZone)));
  return { schema, values };
}

/** The col=value directories of one file, outermost first. */
function parseFilePartitions(fs: FileSystem, filePath: string, basePaths: ReadonlySet<string>): { name: string; raw: string }[] {
  const cols: { name: string; raw: string }[] = [];
  let dir = fs.parent(filePath);
  while (dir !== null && !basePaths.has(dir)) {
    const col = parsePartitionDir(fs.basename(dir));
    if (col === null) {
      // A plain directory above partition directories ends discovery; below them it is skipped.
      if (cols.length > 0) break;
    } else cols.push(col);
    dir = fs.parent(dir);
  }
  return cols.reverse();
}

/** `col=value` → {name, raw value (unescaped)}; null for other names. */
export function parsePartitionDir(name: string): { name: string; raw: string } | null {
  const eq = name.indexOf("=");
  if (eq <= 0) return null;
  return { name: unescapePathName(name.slice(0, eq)), raw: unescapePathName(name.slice(eq + 1)) };
}
