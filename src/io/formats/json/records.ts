// JSON records of a split: one per non-blank line (JSON Lines), or the whole file (multiLine).
// Each record is parsed; parse failures are reported with the record's text for the corrupt
// record column.

import type { FileSystem } from "../../fs/file-system.js";
import type { FileSplit } from "../file-format.js";
import { readLines } from "../common/lines.js";
import { openSplit } from "../common/split-source.js";
import { JsonParser, type JsonValue } from "./parser.js";
import type { JsonOptions } from "./options.js";

const encoder = new TextEncoder();
const utf8 = new TextDecoder("utf-8");

export interface JsonRecord {
  readonly value: JsonValue;
  readonly error: Error | null;
  /** The record's text (computed lazily by callers that need it). */
  text(): string;
}

export async function* scanJsonRecords(fs: FileSystem, split: FileSplit, o: JsonOptions): AsyncIterable<JsonRecord> {
  const parser = new JsonParser(o);
  const src = openSplit(fs, split, o.encoding);
  if (o.multiLine) {
    if (split.start !== 0) return;
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const c of src.chunks) {
      parts.push(c);
      total += c.length;
    }
    const buf = new Uint8Array(total);
    let off = 0;
    for (const p of parts) {
      buf.set(p, off);
      off += p.length;
    }
    if (isBlank(buf, 0, total)) return;
    yield parseRecord(parser, buf, 0, total);
    return;
  }
  const sep = o.lineSep === null ? null : encoder.encode(o.lineSep);
  for await (const block of readLines(src, sep)) {
    for (let i = 0; i < block.count; i++) {
      const s = block.starts[i]!;
      const e = block.ends[i]!;
      if (isBlank(block.buf, s, e)) continue;
      yield parseRecord(parser, block.buf, s, e);
    }
  }
}

function parseRecord(parser: JsonParser, buf: Uint8Array, s: number, e: number): JsonRecord {
  const text = (): string => utf8.decode(buf.subarray(s, e));
  try {
    return { value: parser.parse(buf, s, e), error: null, text };
  } catch (err) {
    return { value: null, error: err as Error, text };
  }
}

function isBlank(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}
