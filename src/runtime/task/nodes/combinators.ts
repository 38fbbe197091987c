// Narrow combinators: apply a function to a partition, concatenate partitions (union,
// coalesce), pair two partitions (cartesian, zip).

import { resolveFn } from "../../closure/resolve-fn.js";
import type { Evaluate } from "../evaluate.js";
import type { TaskContext } from "../task-context.js";
import type { TaskNode } from "../task-node.js";

type N<K extends TaskNode["kind"]> = Extract<TaskNode, { kind: K }>;

export type PartitionFn = (it: Iterator<unknown>, partition: number, ctx: TaskContext) => Iterable<unknown> | Iterator<unknown>;

export function toIterator(r: Iterable<unknown> | Iterator<unknown>): Iterator<unknown> {
  if (r !== null && typeof r === "object" && Symbol.iterator in r) return (r as Iterable<unknown>)[Symbol.iterator]();
  if (r !== null && typeof r === "object" && typeof (r as Iterator<unknown>).next === "function") return r as Iterator<unknown>;
  throw new TypeError(`A partition function must return an iterable or iterator, got ${r === null ? "null" : typeof r}`);
}

export function evalApply(node: N<"apply">, ctx: TaskContext, evaluate: Evaluate): Iterator<unknown> {
  const fn = resolveFn(node.fn, ctx) as PartitionFn;
  return toIterator(fn(evaluate(node.child, ctx), node.partition, ctx));
}

export function* evalConcat(node: N<"concat">, ctx: TaskContext, evaluate: Evaluate): Generator<unknown> {
  for (const c of node.children) {
    const it = evaluate(c, ctx);
    for (let r = it.next(); !r.done; r = it.next()) yield r.value;
  }
}

export function* evalCartesian(node: N<"cartesian">, ctx: TaskContext, evaluate: Evaluate): Generator<unknown> {
  const right: unknown[] = [];
  const ri = evaluate(node.right, ctx);
  for (let r = ri.next(); !r.done; r = ri.next()) right.push(r.value);
  const li = evaluate(node.left, ctx);
  for (let l = li.next(); !l.done; l = li.next()) for (const x of right) yield [l.value, x];
}

export function* evalZip(node: N<"zip">, ctx: TaskContext, evaluate: Evaluate): Generator<unknown> {
  const its = node.children.map((c) => evaluate(c, ctx));
  for (;;) {
    const rs = its.map((it) => it.next());
    const done = rs.filter((r) => r.done).length;
    if (done === rs.length) return;
    if (done > 0) throw new Error("Can only zip RDDs with same number of elements in each partition");
    yield rs.map((r) => r.value);
  }
}
