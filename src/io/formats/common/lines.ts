// Splits a split's bytes into lines without making strings: yields blocks of (start, end) byte
// ranges into one buffer. Hadoop LineRecordReader semantics for splits: a split that does not
// start at 0 skips up to and including the first line terminator at or after byte start-1; a
// line belongs to the split in which it starts, so the last line is read past the split end.
//
// Line terminators: with no lineSep, "\n", "\r\n" and "\r"; otherwise exactly lineSep's bytes.

import type { SplitBytes } from "./split-source.js";
import { concatBytes } from "./split-source.js";
import { ensureCapacity } from "../../../exec/batch/growable.js";

export interface LineBlock {
  readonly buf: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

export async function* readLines(src: SplitBytes, lineSep: Uint8Array | null): AsyncIterable<LineBlock> {
  let carry: Uint8Array = new Uint8Array(0);
  let carryAbs = src.base; // absolute offset of carry[0]
  let skipping = src.skipFirstLine;
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let done = false;
  const iter = src.chunks[Symbol.asyncIterator]();
  try {
    while (!done) {
      const next = await iter.next();
      const eof = next.done === true;
      const buf = eof ? carry : concatBytes(carry, next.value);
      const bufAbs = carryAbs;
      let pos = 0;
      let count = 0;
      const n = buf.length;
      let cr = -2; // cached index of the next '\r' (auto mode); -2 = unknown, -1 = none
      while (pos < n) {
        // Find the end of the line starting at pos, and where the next line starts.
        let lineEnd: number;
        let nextStart: number;
        if (lineSep === null) {
          const nl = buf.indexOf(10, pos);
          if (cr !== -1 && cr < pos) cr = buf.indexOf(13, pos);
          if (cr >= 0 && (nl < 0 || cr < nl)) {
            if (cr + 1 >= n && !eof) break; // "\r" at the buffer end: "\n" may follow
            lineEnd = cr;
            nextStart = cr + 1 < n && buf[cr + 1] === 10 ? cr + 2 : cr + 1;
          } else if (nl >= 0) {
            lineEnd = nl;
            nextStart = nl + 1;
          } else if (eof) {
            lineEnd = n;
            nextStart = n;
          } else break;
        } else {
          const at = indexOfSeq(buf, lineSep, pos);
          if (at >= 0) {
            lineEnd = at;
            nextStart = at + lineSep.length;
          } else if (eof) {
            lineEnd = n;
            nextStart = n;
          } else break;
        }
        if (skipping) {
          skipping = false;
          pos = nextStart;
          continue;
        }
        if (bufAbs + pos >= src.end) {
          done = true;
          break;
        }
        if (count >= starts.length) {
          starts = ensureCapacity(starts, count + 1);
          ends = ensureCapacity(ends, count + 1);
        }
        starts[count] = pos;
        ends[count] = lineEnd;
        count++;
        pos = nextStart;
      }
      if (count > 0) yield { buf, starts, ends, count };
      if (eof) break;
      carry = pos >= n ? new Uint8Array(0) : buf.subarray(pos);
      carryAbs = bufAbs + pos;
    }
  } finally {
    await iter.return?.();
  }
}

export function indexOfSeq(buf: Uint8Array, seq: Uint8Array, from: number): number {
  if (seq.length === 1) return buf.indexOf(seq[0]!, from);
  const first = seq[0]!;
  let i = buf.indexOf(first, from);
  while (i >= 0 && i + seq.length <= buf.length) {
    let ok = true;
    for (let k = 1; k < seq.length; k++) {
      if (buf[i + k] !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
    i = buf.indexOf(first, i + 1);
  }
  return -1;
}
