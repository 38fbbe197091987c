// Evaluates a task node tree into an iterator of records, synchronously: operators pull from
// their children in one call stack, so a narrow chain is pipelined without per-record promises.
// One evaluator per built-in node kind; extensions register "ext:<name>" kinds.

import type { BuiltinTaskNode, ExtTaskNode, TaskNode } from "./task-node.js";
import type { TaskContext } from "./task-context.js";
import { evalEmpty, evalValues, evalRange } from "./nodes/sources.js";
import { evalTextSplit, evalWholeTextFiles } from "./nodes/text.js";
import { evalApply, evalConcat, evalCartesian, evalZip } from "./nodes/combinators.js";
import { evalShuffleRead } from "./nodes/shuffle-read.js";
import { evalCached } from "./nodes/cached.js";

export type Evaluate = (node: TaskNode, ctx: TaskContext) => Iterator<unknown>;
export type Evaluator<N> = (node: N, ctx: TaskContext, evaluate: Evaluate) => Iterator<unknown>;

type BuiltinEvaluators = { [K in BuiltinTaskNode["kind"]]: Evaluator<Extract<BuiltinTaskNode, { kind: K }>> };

const builtinEvaluators: BuiltinEvaluators = {
  empty: evalEmpty,
  values: evalValues,
  range: evalRange,
  "text-split": evalTextSplit,
  "whole-text-files": evalWholeTextFiles,
  apply: evalApply,
  concat: evalConcat,
  cartesian: evalCartesian,
  zip: evalZip,
  "shuffle-read": evalShuffleRead,
  cached: evalCached,
};

// On globalThis so that a module loaded twice (a plugin bundled on its own) shares the registry.
const extEvaluators: Map<string, Evaluator<ExtTaskNode>> = ((globalThis as Record<symbol, unknown>)[Symbol.for("faisca.taskNodeKinds")] ??= new Map()) as Map<string, Evaluator<ExtTaskNode>>;

/** Registers the evaluator of an extension node kind. The registering module must also be an
 *  executor plugin (runtime/executor/plugins.ts) so worker threads know the kind. */
export function registerTaskNodeKind(kind: `ext:${string}`, evaluator: Evaluator<ExtTaskNode>): void {
  extEvaluators.set(kind, evaluator);
}

export const evaluate: Evaluate = (node, ctx) => {
  if (node.kind.startsWith("ext:")) {
    const ev = extEvaluators.get(node.kind);
    if (!ev) throw new Error(`No evaluator for task node kind '${node.kind}' on this executor (is its module an executor plugin?)`);
    return ev(node as ExtTaskNode, ctx, evaluate);
  }
  const ev = builtinEvaluators[node.kind as BuiltinTaskNode["kind"]] as Evaluator<TaskNode>;
  return ev(node, ctx, evaluate);
};
