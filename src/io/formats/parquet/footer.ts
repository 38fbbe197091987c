// Reading a file's footer: `<data> <FileMetaData (Thrift)> <4-byte length> PAR1`. Corrupt or
// truncated files raise ParquetFileError with what is wrong; decoded footers are cached by
// path, size and modification time (inference and every split of a file read the same footer).

import type { FileSystem } from "../../fs/file-system.js";
import { decodeFileMetaData, type FileMetaData } from "./metadata.js";
import { buildSchemaTree, type GroupNode } from "./schema-tree.js";

export const MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31]); // "PAR1"

/** A file that is not a readable Parquet file; the message says which file and what is wrong. */
export class ParquetFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}

export interface ParquetFooter {
  readonly metadata: FileMetaData;
  readonly schema: GroupNode;
}

/** Reads bytes [start, end) of a file into one buffer. */
export async function readRange(fs: FileSystem, path: string, start: number, end: number): Promise<Uint8Array> {
  const len = end - start;
  if (len <= 0) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let got = 0;
  for await (const c of fs.open(path, { start, end, chunkSize: Math.min(len, 16 << 20) })) {
    chunks.push(c);
    got += c.length;
  }
  if (chunks.length === 1 && got === len) return chunks[0]!;
  const out = new Uint8Array(got);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  if (got !== len) throw new Error(`read ${got} of ${len} bytes at offset ${start}`);
  return out;
}

const hex = (b: Uint8Array): string => `[${Array.from(b).join(", ")}]`;

/** Decodes a footer from the file's last bytes; `tail` holds the file's last tail.length bytes. */
export function parseFooter(path: string, fileSize: number, tail: Uint8Array): { footer: ParquetFooter } | { need: number } {
  if (fileSize < 12) throw new ParquetFileError(path, `is not a Parquet file (length is too low: ${fileSize})`);
  const n = tail.length;
  const magic = tail.subarray(n - 4);
  if (magic[0] !== MAGIC[0] || magic[1] !== MAGIC[1] || magic[2] !== MAGIC[2] || magic[3] !== MAGIC[3]) {
    throw new ParquetFileError(path, `is not a Parquet file. Expected magic number at tail, but found ${hex(magic)}`);
  }
  const len = (tail[n - 8]! | (tail[n - 7]! << 8) | (tail[n - 6]! << 16) | (tail[n - 5]! << 24)) >>> 0;
  if (len + 12 > fileSize) {
    throw new ParquetFileError(path, `corrupted footer: the footer length ${len} is larger than the file (${fileSize} bytes); the file is truncated or not Parquet`);
  }
  if (len + 8 > n) return { need: len + 8 };
  let metadata: FileMetaData;
  try {
    metadata = decodeFileMetaData(tail.subarray(n - 8 - len, n - 8));
  } catch (e) {
    throw new ParquetFileError(path, `corrupted footer: ${(e as Error).message}`, { cause: e });
  }
  let schema: GroupNode;
  try {
    schema = buildSchemaTree(metadata.schema);
  } catch (e) {
    throw new ParquetFileError(path, `corrupted footer schema: ${(e as Error).message}`, { cause: e });
  }
  for (const rg of metadata.rowGroups) {
    for (const c of rg.columns) {
      const m = c.metaData;
      const start = m.dictionaryPageOffset ?? m.dataPageOffset;
      if (start < 0 || m.totalCompressedSize < 0 || start + m.totalCompressedSize > fileSize) {
        throw new ParquetFileError(path, `corrupted footer: column chunk ${m.pathInSchema.join(".")} lies outside the file`);
      }
    }
  }
  return { footer: { metadata, schema } };
}

const cache = new Map<string, ParquetFooter>();
const CACHE_ENTRIES = 64;

/** The footer of a file (cached per path, size and mtime). */
export async function readFooter(fs: FileSystem, path: string, fileSize?: number, mtimeMs?: number): Promise<ParquetFooter> {
  if (fileSize === undefined || mtimeMs === undefined) {
    const st = await fs.stat(path);
    if (!st) throw new ParquetFileError(path, "file does not exist");
    fileSize = st.size;
    mtimeMs = st.mtimeMs;
  }
  const key = `${path}\u0000${fileSize}\u0000${mtimeMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (fileSize < 12) throw new ParquetFileError(path, `is not a Parquet file (length is too low: ${fileSize})`);
  // One read usually covers the footer: guess 64 KiB, re-read when it is larger.
  let tail = await readRange(fs, path, Math.max(0, fileSize - 65536), fileSize);
  let r = parseFooter(path, fileSize, tail);
  if ("need" in r) {
    tail = await readRange(fs, path, fileSize - r.need, fileSize);
    r = parseFooter(path, fileSize, tail);
    if ("need" in r) throw new ParquetFileError(path, "could not read the footer");
  }
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, r.footer);
  return r.footer;
}
