// Element-wise chains run fused in one task function; results equal the step-by-step semantics
// and fusion stops at persisted parents and at non-element-wise steps.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { SparkContext, capture } from "../../src/rdd/index.js";
import { applyNode } from "../../src/rdd/fusion.js";
import { builtinFn } from "../../src/runtime/closure/fn-ref.js";
import type { TaskNode } from "../../src/runtime/task/task-node.js";

const sc = new SparkContext({ master: "local[2]", appName: "rdd-fusion", conf: { "spark.ui.showConsoleProgress": "false" } });
after(() => sc.stop());

test("a long element-wise chain gives the step-by-step result", async () => {
  const data = Array.from({ length: 200 }, (_, i) => i);
  const got = await sc
    .parallelize(data, 3)
    .flatMap(function* (x: number) {
      yield x;
      if (x % 3 === 0) yield -x;
    })
    .filter((x: number) => x % 2 === 0)
    .map((x: number) => x * 10)
    .keyBy((x: number) => x % 7)
    .mapValues((v: number) => [v, v + 1])
    .flatMapValues((vs: number[]) => vs)
    .values()
    .collect();
  const expected = data
    .flatMap((x) => (x % 3 === 0 ? [x, -x] : [x]))
    .filter((x) => x % 2 === 0)
    .map((x) => x * 10)
    .flatMap((v) => [v, v + 1]);
  assert.deepEqual(got, expected);
  assert.deepEqual(await sc.parallelize(["a b", "", "c"], 2).flatMap((l: string) => l.split(" ")).filter((w: string) => w.length > 0).map((w: string) => [w, 1] as [string, number]).keys().collect(), ["a", "b", "c"]);
});

test("fusion joins element-wise apply nodes and stops at anything else", () => {
  const src: TaskNode = { kind: "values", values: [1] };
  const a = applyNode(builtinFn("map", builtinFn("identity")), 0, src);
  const b = applyNode(builtinFn("filter", builtinFn("identity")), 0, a);
  const c = applyNode(builtinFn("keys"), 0, b);
  assert.equal(c.kind, "apply");
  const fn = (c as Extract<TaskNode, { kind: "apply" }>).fn;
  assert.equal(fn.$fn === "builtin" && fn.name, "fused");
  assert.deepEqual(((fn as unknown as { args: { name: string }[][] }).args[0]!).map((s) => s.name), ["map", "filter", "keys"]);
  assert.equal((c as Extract<TaskNode, { kind: "apply" }>).child, src);
  const cached: TaskNode = { kind: "cached", blockId: "rdd_1_0", level: { useDisk: false, useMemory: true, useOffHeap: false, deserialized: false, replication: 1 }, child: a };
  const d = applyNode(builtinFn("map", builtinFn("identity")), 0, cached) as Extract<TaskNode, { kind: "apply" }>;
  assert.equal(d.child, cached);
  const glom = applyNode(builtinFn("glom"), 0, a) as Extract<TaskNode, { kind: "apply" }>;
  assert.equal(glom.child, a);
});

test("a persisted step inside a chain is computed once across jobs", async () => {
  const seen = sc.longAccumulator();
  const cached = sc.parallelize([1, 2, 3, 4, 5, 6], 2).map(capture({ seen }, (x: number) => {
    seen.add(1);
    return x * 2;
  })).cache();
  const after = cached.map((x: number) => x + 1).filter((x: number) => x > 5);
  assert.deepEqual(await after.collect(), [7, 9, 11, 13]);
  assert.deepEqual(await after.map((x: number) => -x).collect(), [-7, -9, -11, -13]);
  assert.equal(seen.value, 6);
});
