// Page compression codecs. Decompression: snappy (ours, into a preallocated buffer), gzip
// (node:zlib), zstd (fzstd, pure JS). Compression: snappy (snappyjs), gzip (node:zlib), zstd
// (@bokuweb/zstd-wasm, loaded on first use). See docs/adr/0004-parquet.md for the choices.

import * as zlib from "node:zlib";
import { decompress as zstdDecompress } from "fzstd";
import snappyjs from "snappyjs";
import { SparkIllegalArgumentException } from "../../../../errors/spark-error.js";
import { Codec, CODEC_NAMES } from "../metadata.js";
import { snappyDecompressInto } from "./snappy-decompress.js";

/** Spark's `compression` option values for Parquet, to the codec written. */
export type ParquetCompression = "uncompressed" | "snappy" | "gzip" | "zstd";

export function parseParquetCompression(v: string | undefined): ParquetCompression {
  const s = (v ?? "snappy").toLowerCase();
  if (s === "none" || s === "uncompressed") return "uncompressed";
  if (s === "snappy" || s === "gzip" || s === "zstd") return s;
  if (s === "lzo" || s === "brotli" || s === "lz4" || s === "lz4_raw") {
    throw new Error(`Compression codec '${v}' is not supported by the embedded engine's Parquet writer; use snappy, gzip, zstd or none`);
  }
  throw new SparkIllegalArgumentException("CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION", {
    codecName: v ?? "",
    availableCodecs: "brotli, uncompressed, lzo, snappy, lz4_raw, none, zstd, lz4, gzip",
  });
}

export function compressionCodec(c: ParquetCompression): Codec {
  return c === "snappy" ? Codec.SNAPPY : c === "gzip" ? Codec.GZIP : c === "zstd" ? Codec.ZSTD : Codec.UNCOMPRESSED;
}

/** Spark's file-name infix: part-...<infix>.parquet (".snappy", ".gz", ".zstd", ""). */
export function compressionExtension(c: ParquetCompression): string {
  return c === "snappy" ? ".snappy" : c === "gzip" ? ".gz" : c === "zstd" ? ".zstd" : "";
}

/** Decompresses one page body to exactly `uncompressedSize` bytes. */
export function decompressPage(codec: Codec, src: Uint8Array, uncompressedSize: number): Uint8Array {
  let out: Uint8Array;
  switch (codec) {
    case Codec.UNCOMPRESSED:
      return src;
    case Codec.SNAPPY:
      out = new Uint8Array(uncompressedSize);
      snappyDecompressInto(src, out);
      return out;
    case Codec.GZIP: {
      const b = zlib.gunzipSync(src);
      out = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      break;
    }
    case Codec.ZSTD:
      out = zstdDecompress(src, new Uint8Array(uncompressedSize));
      break;
    default:
      throw new Error(`compression codec ${CODEC_NAMES[codec] ?? codec} is not supported`);
  }
  if (out.length !== uncompressedSize) {
    throw new Error(`page decompressed to ${out.length} bytes, expected ${uncompressedSize}`);
  }
  return out;
}

type ZstdWasm = typeof import("@bokuweb/zstd-wasm");
let zstdWasm: Promise<ZstdWasm> | null = null;

/** Loads the zstd compressor (WebAssembly); call before compressPage with ZSTD. */
export function loadZstdCompressor(): Promise<ZstdWasm> {
  zstdWasm ??= import("@bokuweb/zstd-wasm").then(async (m) => {
    await m.init();
    return m;
  });
  return zstdWasm;
}

let zstdReady: ZstdWasm | null = null;

/** Compresses one page body. ZSTD requires `await loadZstdCompressor()` first. */
export function compressPage(codec: Codec, src: Uint8Array): Uint8Array {
  switch (codec) {
    case Codec.UNCOMPRESSED:
      return src;
    case Codec.SNAPPY:
      return snappyjs.compress(src);
    case Codec.GZIP: {
      const b = zlib.gzipSync(src);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    }
    case Codec.ZSTD:
      if (zstdReady === null) throw new Error("zstd compressor not loaded");
      return zstdReady.compress(src, 3);
    default:
      throw new Error(`compression codec ${CODEC_NAMES[codec] ?? codec} is not supported for writing`);
  }
}

/** Resolves once the codec is ready for compressPage. */
export async function prepareCodec(codec: Codec): Promise<void> {
  if (codec === Codec.ZSTD && zstdReady === null) zstdReady = await loadZstdCompressor();
}
