// Fusing chains of element-wise transformations (map, flatMap, filter, mapValues, ...) into one
// task function when a task is built: rdd.flatMap(f).filter(g).map(h) runs as one loop that
// pushes each record through f, g and h, instead of one generator per step pulling from the
// next. The RDD graph (lineage, UI, caching) is unchanged: fusion stops at a persisted parent
// (its task node is a cache lookup, not an apply) and at anything that is not element-wise.

import { builtinFn, type BuiltinFnRef, type FnRef } from "../runtime/closure/fn-ref.js";
import { registerBuiltin, resolveFn } from "../runtime/closure/resolve-fn.js";
import { registerExecutorPlugin } from "../runtime/executor/plugins.js";
import type { TaskNode } from "../runtime/task/task-node.js";
import { forEachRecord, type PushIterator } from "../runtime/task/for-each-record.js";

registerExecutorPlugin(import.meta.url);

type F = (...a: any[]) => any;
type Sink = (x: unknown) => void;

/** Built-ins whose partition function is `for each record: emit f(record)...`; their one
 *  argument (if any) is the user function. */
const ELEMENT_WISE = new Set(["map", "flatMap", "filter", "mapValues", "flatMapValues", "keys", "values", "keyBy", "pairWithNull"]);

/** The task node applying `fn` to `child` — fused with child when both are element-wise. */
export function applyNode(fn: BuiltinFnRef, partition: number, child: TaskNode): TaskNode {
  if (ELEMENT_WISE.has(fn.name) && child.kind === "apply" && child.fn.$fn === "builtin") {
    const inner = child.fn;
    if (inner.name === "fused") return { kind: "apply", fn: builtinFn("fused", [...(inner.args[0] as BuiltinFnRef[]), fn]), partition, child: child.child };
    if (ELEMENT_WISE.has(inner.name)) return { kind: "apply", fn: builtinFn("fused", [inner, fn]), partition, child: child.child };
  }
  return { kind: "apply", fn, partition, child };
}

function stage(name: string, f: F | undefined, next: Sink): Sink {
  switch (name) {
    case "map":
      return (x) => next(f!(x));
    case "filter":
      return (x) => {
        if (f!(x)) next(x);
      };
    case "flatMap":
      return (x) => {
        const ys = f!(x);
        if (Array.isArray(ys)) for (let i = 0; i < ys.length; i++) next(ys[i]);
        else for (const y of ys as Iterable<unknown>) next(y);
      };
    case "mapValues":
      return (kv) => next([(kv as unknown[])[0], f!((kv as unknown[])[1])]);
    case "flatMapValues":
      return (kv) => {
        const k = (kv as unknown[])[0];
        for (const v of f!((kv as unknown[])[1]) as Iterable<unknown>) next([k, v]);
      };
    case "keys":
      return (kv) => next((kv as unknown[])[0]);
    case "values":
      return (kv) => next((kv as unknown[])[1]);
    case "keyBy":
      return (x) => next([f!(x), x]);
    case "pairWithNull":
      return (x) => next([x, null]);
    default:
      throw new Error(`not an element-wise built-in: ${name}`);
  }
}

/** Pulls records from the source and pushes each through the stages into a buffer that next()
 *  drains (a flatMap may emit many records per input). */
class FusedIterator implements PushIterator<unknown> {
  private buf: unknown[] = [];
  private pos = 0;
  private readonly push: Sink;

  constructor(
    private readonly source: Iterator<unknown>,
    private readonly stages: readonly [string, F | undefined][],
  ) {
    const buf = this.buf;
    this.push = this.chain((x) => {
      buf.push(x);
    });
  }

  private chain(sink: Sink): Sink {
    for (let i = this.stages.length - 1; i >= 0; i--) sink = stage(this.stages[i]![0], this.stages[i]![1], sink);
    return sink;
  }

  /** Pushes every remaining record through the chain straight into `f`. */
  forEachRemaining(f: Sink): void {
    while (this.pos < this.buf.length) f(this.buf[this.pos++]);
    const push = this.chain(f);
    forEachRecord(this.source, push);
  }

  next(): IteratorResult<unknown> {
    const buf = this.buf;
    while (this.pos >= buf.length) {
      if (this.pos > 0) {
        buf.length = 0;
        this.pos = 0;
      }
      const r = this.source.next();
      if (r.done) return { done: true, value: undefined };
      this.push(r.value);
    }
    return { done: false, value: buf[this.pos++] };
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this;
  }
}

registerBuiltin("fused", ([refs], env) => {
  const stages = (refs as BuiltinFnRef[]).map((r): [string, F | undefined] => [r.name, r.args.length > 0 ? (resolveFn(r.args[0] as FnRef, env) as F) : undefined]);
  return (it: Iterator<unknown>) => new FusedIterator(it, stages);
});
