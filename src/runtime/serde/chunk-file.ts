// Append-only files of length-prefixed record chunks (spill files), read back one chunk at a time.

import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { deserialize } from "node:v8";
import { encodeChunk } from "./chunks.js";
import { fromWire } from "./wire.js";

export class ChunkFileWriter {
  private readonly fd: number;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }
  write(records: unknown[]): void {
    const b = encodeChunk(records);
    writeSync(this.fd, b);
    this.bytes += b.length;
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Reads a chunk file sequentially; `next()` returns the next chunk's records or null at end. */
export class ChunkFileReader {
  private fd: number | null;
  private pos = 0;
  private readonly header = Buffer.alloc(4);

  constructor(readonly path: string) {
    this.fd = openSync(path, "r");
  }
  next(): unknown[] | null {
    if (this.fd === null) return null;
    if (readSync(this.fd, this.header, 0, 4, this.pos) < 4) {
      this.close();
      return null;
    }
    const len = this.header.readUInt32LE(0);
    const payload = Buffer.allocUnsafe(len);
    readSync(this.fd, payload, 0, len, this.pos + 4);
    this.pos += 4 + len;
    return fromWire(deserialize(payload)) as unknown[];
  }
  close(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
      rmSync(this.path, { force: true });
    }
  }
}

/** Iterates records of a sorted chunk file, one at a time. */
export class RecordStream {
  private buf: unknown[] = [];
  private i = 0;
  head: unknown = undefined;
  done = false;

  constructor(private readonly reader: ChunkFileReader) {
    this.advance();
  }
  advance(): void {
    while (this.i >= this.buf.length) {
      const next = this.reader.next();
      if (next === null) {
        this.done = true;
        this.head = undefined;
        return;
      }
      this.buf = next;
      this.i = 0;
    }
    this.head = this.buf[this.i++];
  }
}
