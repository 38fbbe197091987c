// Reading one split of a text file at line boundaries, as Hadoop's LineRecordReader does: a split
// [start, end) owns every line that starts at a position p with start < p ≤ end (p ≥ 0 for the
// first split), so consecutive splits read every line exactly once. Lines end at \n; a trailing
// \r is dropped (\r\n files).

import { closeSync, fstatSync, openSync, readSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const CHUNK = 1 << 20;

export function readSplitLines(path: string, start: number, end: number): { lines: string[]; bytes: number } {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const from = start === 0 ? 0 : nextLineStart(fd, start, size);
    if (from > end || from >= size) return { lines: [], bytes: 0 };
    const to = end >= size ? size : nextLineStart(fd, end, size);
    const buf = Buffer.allocUnsafe(to - from);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, from + got);
      if (n === 0) break;
      got += n;
    }
    return { lines: splitLines(buf.toString("utf8", 0, got)), bytes: got };
  } finally {
    closeSync(fd);
  }
}

/** Position just after the first \n at or after `pos` (or the file size). */
function nextLineStart(fd: number, pos: number, size: number): number {
  const buf = Buffer.allocUnsafe(Math.min(CHUNK, 64 * 1024));
  let p = pos;
  while (p < size) {
    const n = readSync(fd, buf, 0, buf.length, p);
    if (n === 0) break;
    const i = buf.indexOf(10, 0);
    if (i >= 0 && i < n) return p + i + 1;
    p += n;
  }
  return size;
}

export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > 0 && l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  return lines;
}

export function readGzipLines(path: string): { lines: string[]; bytes: number } {
  const raw = readFileSync(path);
  return { lines: splitLines(gunzipSync(raw).toString("utf8")), bytes: raw.length };
}
