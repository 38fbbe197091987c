// The bytes of one file split as UTF-8 chunks: ranged read (from one byte before the split, so
// line readers can tell whether the split starts at a line start), decompression (whole file;
// compressed files are never split) and transcoding of other charsets to UTF-8.

import type { FileSystem } from "../../fs/file-system.js";
import type { FileSplit } from "../file-format.js";
import { codecForPath, decompress } from "./compression.js";

export interface SplitBytes {
  /** UTF-8 chunks. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Absolute offset of the first byte of the first chunk. */
  readonly base: number;
  /** True when the first line is the tail of the previous split's last line and must be skipped. */
  readonly skipFirstLine: boolean;
  /** Lines starting at or after this absolute offset belong to the next split. */
  readonly end: number;
}

export function isUtf8(encoding: string): boolean {
  const e = encoding.toLowerCase().replace(/[-_]/g, "");
  return e === "utf8";
}

/** Whether a file can be read in byte ranges by a line-based reader. */
export function isSplittableText(path: string, encoding: string): boolean {
  return codecForPath(path) === "none" && isUtf8(encoding);
}

export function openSplit(fs: FileSystem, split: FileSplit, encoding: string): SplitBytes {
  const codec = codecForPath(split.path);
  const whole = codec !== "none" || !isUtf8(encoding) || (split.start === 0 && split.length >= split.fileSize);
  if (whole) {
    if (split.start !== 0) {
      // A non-splittable file only ever has one split starting at 0; anything else reads nothing.
      return { chunks: empty(), base: 0, skipFirstLine: false, end: 0 };
    }
    let chunks = decompress(fs.open(split.path), codec);
    if (!isUtf8(encoding)) chunks = transcode(chunks, encoding);
    return { chunks, base: 0, skipFirstLine: false, end: Number.POSITIVE_INFINITY };
  }
  const base = split.start === 0 ? 0 : split.start - 1;
  return {
    chunks: fs.open(split.path, { start: base }),
    base,
    skipFirstLine: split.start !== 0,
    end: split.start + split.length,
  };
}

async function* empty(): AsyncIterable<Uint8Array> {}

async function* transcode(chunks: AsyncIterable<Uint8Array>, encoding: string): AsyncIterable<Uint8Array> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding.toLowerCase());
  } catch {
    throw new Error(`Unsupported encoding: ${encoding}`);
  }
  const encoder = new TextEncoder();
  for await (const c of chunks) {
    const s = decoder.decode(c, { stream: true });
    if (s.length > 0) yield encoder.encode(s);
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield encoder.encode(tail);
}

/** Concatenates two byte arrays (the carried tail of one chunk and the next chunk). */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
