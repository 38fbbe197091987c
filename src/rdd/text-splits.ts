// Input splits of text files, as Hadoop's FileInputFormat computes them for the local file
// system: goal size = total / minPartitions, capped by the 32 MB local block size, and a last
// split may be up to 10% larger than the split size. Gzip files are one split each.

import { statSync } from "node:fs";

export interface TextSplit {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly gzip: boolean;
}

const LOCAL_BLOCK_SIZE = 32 * 1024 * 1024;
const SPLIT_SLOP = 1.1;

export function computeTextSplits(files: readonly string[], minPartitions: number): TextSplit[] {
  const sizes = files.map((f) => statSync(f).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const goal = Math.floor(total / Math.max(1, minPartitions));
  const splitSize = Math.max(1, Math.min(goal, LOCAL_BLOCK_SIZE));
  const out: TextSplit[] = [];
  files.forEach((path, i) => {
    const size = sizes[i]!;
    if (path.endsWith(".gz")) {
      out.push({ path, start: 0, end: size, gzip: true });
      return;
    }
    if (size === 0) {
      out.push({ path, start: 0, end: 0, gzip: false });
      return;
    }
    let remaining = size;
    while (remaining / splitSize > SPLIT_SLOP) {
      out.push({ path, start: size - remaining, end: size - remaining + splitSize, gzip: false });
      remaining -= splitSize;
    }
    if (remaining > 0) out.push({ path, start: size - remaining, end: size, gzip: false });
  });
  return out;
}
