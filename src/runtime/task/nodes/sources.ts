// Leaf nodes: no data, an in-task slice of values (parallelize), a numeric range.

import { fromWire } from "../../serde/wire.js";
import type { TaskContext } from "../task-context.js";
import type { TaskNode } from "../task-node.js";

type N<K extends TaskNode["kind"]> = Extract<TaskNode, { kind: K }>;

export function evalEmpty(): Iterator<unknown> {
  return [][Symbol.iterator]();
}

export function evalValues(node: N<"values">, ctx: TaskContext): Iterator<unknown> {
  // In inline mode the node is the driver's own object: copy so tasks cannot mutate it.
  const values = fromWire(ctx.inline ? structuredClone(node.values) : node.values) as unknown[];
  ctx.metrics.inputRecordsRead += values.length;
  return values[Symbol.iterator]();
}

export function* evalRange(node: N<"range">, ctx: TaskContext): Generator<unknown> {
  const { start, end, step } = node;
  let n = 0;
  if (step > 0) for (let v = start; v < end; v += step, n++) yield v;
  else for (let v = start; v > end; v += step, n++) yield v;
  ctx.metrics.inputRecordsRead += n;
}
