// Compression codecs of the line-based formats, through node:zlib. Read picks the codec from the
// file extension (as Hadoop's CompressionCodecFactory); write from the `compression` option.

import * as zlib from "node:zlib";
import { Readable } from "node:stream";
import { once } from "node:events";
import type { OutputFile } from "../../fs/file-system.js";

export type CompressionCodec = "none" | "gzip" | "deflate";

const UNSUPPORTED = new Set(["bzip2", "lz4", "snappy", "zstd"]);

/** Spark's short names: none/uncompressed, gzip, deflate (bzip2, lz4, snappy, zstd: not here). */
export function compressionCodecOption(v: string): CompressionCodec {
  const s = v.toLowerCase();
  if (s === "none" || s === "uncompressed") return "none";
  if (s === "gzip" || s === "deflate") return s;
  if (UNSUPPORTED.has(s)) throw new Error(`Compression codec '${v}' is not supported by the embedded engine yet; use gzip or deflate`);
  throw new Error(
    `Codec [${v}] is not available. Known codecs are bzip2, deflate, uncompressed, lz4, gzip, snappy, none.`,
  );
}

/** The file-name suffix a codec adds ("" for none). */
export function codecExtension(codec: CompressionCodec): string {
  return codec === "gzip" ? ".gz" : codec === "deflate" ? ".deflate" : "";
}

/** The codec of a file by its extension. */
export function codecForPath(path: string): CompressionCodec {
  const lower = path.toLowerCase();
  if (lower.endsWith(".gz")) return "gzip";
  if (lower.endsWith(".deflate")) return "deflate";
  for (const ext of [".bz2", ".lz4", ".snappy", ".zst"]) {
    if (lower.endsWith(ext)) throw new Error(`Cannot read ${path}: compression '${ext}' is not supported by the embedded engine yet`);
  }
  return "none";
}

/** Decompresses a chunk stream. */
export async function* decompress(chunks: AsyncIterable<Uint8Array>, codec: CompressionCodec): AsyncIterable<Uint8Array> {
  if (codec === "none") {
    yield* chunks;
    return;
  }
  // Hadoop's DefaultCodec (.deflate) writes zlib-wrapped deflate.
  const stream = codec === "gzip" ? zlib.createGunzip() : zlib.createInflate();
  const out = Readable.from(chunks).pipe(stream);
  for await (const c of out) yield c as Uint8Array;
}

/** Wraps an output file so that bytes written are compressed with `codec` (streaming). */
export function compressOutput(out: OutputFile, codec: CompressionCodec): OutputFile {
  if (codec === "none") return out;
  // Hadoop's DefaultCodec (.deflate) writes zlib-wrapped deflate.
  const z = codec === "gzip" ? zlib.createGzip() : zlib.createDeflate();
  let pending: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  z.on("data", (c: Buffer) => {
    pending = pending.then(() => out.write(new Uint8Array(c.buffer, c.byteOffset, c.byteLength))).catch((e) => {
      failure = e;
    });
  });
  const ended = once(z, "end");
  return {
    path: out.path,
    async write(chunk) {
      if (failure) throw failure;
      if (!z.write(chunk)) await once(z, "drain");
    },
    async close() {
      z.end();
      await ended;
      await pending;
      if (failure) throw failure;
      await out.close();
    },
    async abort() {
      z.destroy();
      await out.abort();
    },
  };
}
