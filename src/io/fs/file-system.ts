// The file-system interface every reader, writer and the commit protocol go through. One
// implementation per URI scheme (local now; s3a/hdfs/... later) so formats never touch node:fs.
//
// Paths are strings in the file system's own notation: for the local file system an absolute
// OS path (what node:path produces; `C:\x\y` on Windows). `qualify` turns one into the URI form
// Spark prints in messages (`file:/tmp/x`). Never build paths by concatenating separators: use
// `join`, `parent`, `basename`.

export interface FileStatus {
  /** The path, in the file system's notation (absolute). */
  readonly path: string;
  readonly isDirectory: boolean;
  /** Bytes; 0 for directories. */
  readonly size: number;
  /** Last modification time, ms since the epoch. */
  readonly mtimeMs: number;
}

export interface ReadRange {
  /** First byte to read (default 0). */
  readonly start?: number;
  /** One past the last byte to read (default: end of file). */
  readonly end?: number;
  /** Preferred chunk size in bytes (default 1 MiB). */
  readonly chunkSize?: number;
}

/** A file being written. Bytes become visible at `path` no later than `close()`. */
export interface OutputFile {
  readonly path: string;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Closes and deletes what was written (best effort). */
  abort(): Promise<void>;
}

export interface FileSystem {
  /** The URI scheme this file system serves ("file"). */
  readonly scheme: string;
  /** Absolute, normalized path for a user path or URI of this scheme. */
  resolve(pathOrUri: string): string;
  /** The URI form Spark prints: `file:/tmp/data.csv`. */
  qualify(path: string): string;
  join(parent: string, ...children: string[]): string;
  /** The parent directory, or null at the root. */
  parent(path: string): string | null;
  basename(path: string): string;
  /** Path components below the root, in order (for glob matching and partition discovery). */
  split(path: string): { root: string; names: string[] };

  stat(path: string): Promise<FileStatus | null>;
  exists(path: string): Promise<boolean>;
  /** Children of a directory (one level, unfiltered), or the matches of a glob pattern. */
  list(dirOrGlob: string): Promise<FileStatus[]>;
  /** Reads a byte range as a sequence of chunks. */
  open(path: string, range?: ReadRange): AsyncIterable<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
  /** Creates (truncating) a file for streaming writes; parent directories are created. */
  create(path: string): Promise<OutputFile>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  mkdirs(path: string): Promise<void>;
  /** Renames a file or directory. Fails when `to` exists (no overwrite, as on Windows). */
  rename(from: string, to: string): Promise<void>;
  /** Deletes a file, or a directory (recursively when asked). Returns false when absent. */
  delete(path: string, recursive?: boolean): Promise<boolean>;
}
