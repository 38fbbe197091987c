// Text file splits and whole files.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { readGzipLines, readSplitLines } from "../../io/line-split.js";
import type { TaskContext } from "../task-context.js";
import type { TaskNode } from "../task-node.js";

type N<K extends TaskNode["kind"]> = Extract<TaskNode, { kind: K }>;

export function evalTextSplit(node: N<"text-split">, ctx: TaskContext): Iterator<unknown> {
  const { lines, bytes } = node.gzip ? readGzipLines(node.path) : readSplitLines(node.path, node.start, node.end);
  ctx.metrics.inputBytesRead += bytes;
  ctx.metrics.inputRecordsRead += lines.length;
  return lines[Symbol.iterator]();
}

export function* evalWholeTextFiles(node: N<"whole-text-files">, ctx: TaskContext): Generator<unknown> {
  for (const p of node.paths) {
    const buf = readFileSync(p);
    ctx.metrics.inputBytesRead += buf.length;
    ctx.metrics.inputRecordsRead++;
    // Spark keys whole files by their URI, e.g. "file:/data/a.txt".
    yield [pathToFileURL(p).href.replace(/^file:\/\/\//, "file:/"), buf.toString("utf8")];
  }
}
