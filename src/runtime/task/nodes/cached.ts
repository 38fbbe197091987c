// A persisted RDD's partition: read from this executor's block manager, or compute it from
// lineage and store it (if it fits its storage level).

import type { Evaluate } from "../evaluate.js";
import type { TaskContext } from "../task-context.js";
import type { TaskNode } from "../task-node.js";

export function evalCached(node: Extract<TaskNode, { kind: "cached" }>, ctx: TaskContext, evaluate: Evaluate): Iterator<unknown> {
  const hit = ctx.env.blocks.get(node.blockId);
  if (hit) return hit[Symbol.iterator]();
  const values: unknown[] = [];
  const it = evaluate(node.child, ctx);
  for (let r = it.next(); !r.done; r = it.next()) values.push(r.value);
  ctx.env.blocks.put(node.blockId, values, node.level);
  return values[Symbol.iterator]();
}
