// Buffered text output for the line-based writers: strings are encoded in the requested charset,
// compressed when asked, and written to the file in ~1 MiB chunks.

import type { OutputFile } from "../../fs/file-system.js";
import { compressOutput, type CompressionCodec } from "./compression.js";

const FLUSH_AT = 1 << 20;
const encoder = new TextEncoder();

export class TextOutput {
  private parts: string[] = [];
  private size = 0;
  private readonly out: OutputFile;
  private readonly encode: (s: string) => Uint8Array;

  constructor(file: OutputFile, codec: CompressionCodec, encoding: string) {
    this.out = compressOutput(file, codec);
    this.encode = encoderFor(encoding);
  }

  append(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  async maybeFlush(): Promise<void> {
    if (this.size >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.size = 0;
    await this.out.write(this.encode(text));
  }

  async close(): Promise<void> {
    await this.flush();
    await this.out.close();
  }

  async abort(): Promise<void> {
    this.parts = [];
    await this.out.abort();
  }
}

function encoderFor(encoding: string): (s: string) => Uint8Array {
  const e = encoding.toLowerCase().replace(/[-_]/g, "");
  if (e === "utf8") return (s) => encoder.encode(s);
  const node: Record<string, BufferEncoding> = { latin1: "latin1", iso88591: "latin1", usascii: "ascii", ascii: "ascii", utf16le: "utf16le" };
  const enc = node[e];
  if (!enc) throw new Error(`Unsupported encoding for writing: ${encoding} (supported: UTF-8, ISO-8859-1, US-ASCII, UTF-16LE)`);
  return (s) => new Uint8Array(Buffer.from(s, enc));
}
