// Asynchronous preparation before analysis: file relations need their schema inferred from
// the files (I/O), which the synchronous analyzer cannot do. Walks the plan, including the
// definitions of views and tables it reads.

import type { LogicalPlan, ReadFiles } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import type { SessionState } from "./session-state.js";
import { inferRelationSchema } from "./file-sources.js";
import { precompute } from "./precompute.js";

export interface Prepared {
  readonly fileSchemas: Map<ReadFiles, StructType>;
  /** Data-dependent nodes (describe, summary, pivot without values) and what replaces them. */
  readonly substitutions: Map<LogicalPlan, LogicalPlan>;
}

export async function prepareRelations(state: SessionState, root: LogicalPlan): Promise<Prepared> {
  const out = new Map<ReadFiles, StructType>();
  const substitutions = new Map<LogicalPlan, LogicalPlan>();
  const seen = new Set<LogicalPlan>();
  const visit = async (p: LogicalPlan): Promise<void> => {
    if (seen.has(p)) return;
    seen.add(p);
    const replaced = await precompute(state, p);
    if (replaced) {
      substitutions.set(p, replaced);
      await visit(replaced);
      return;
    }
    if (p.kind === "read_files") {
      out.set(p, await inferRelationSchema(state, p));
      return;
    }
    if (p.kind === "read_table") {
      const def = state.lookupRelationPlan(p.nameParts);
      if (def) await visit(def);
      return;
    }
    if (p.kind === "sql") {
      await visit(state.parser.parseQuery(p.query));
      return;
    }
    for (const v of Object.values(p)) {
      if (v && typeof v === "object") {
        if ("kind" in v && "planId" in v) await visit(v as LogicalPlan);
        else if (Array.isArray(v)) for (const x of v) if (x && typeof x === "object" && "plan" in x) await visit((x as { plan: LogicalPlan }).plan);
      }
    }
    await visitExprSubqueries(p, visit);
  };
  await visit(root);
  return { fileSchemas: out, substitutions };
}

/** Subquery expressions hold plans too (scalar / IN / EXISTS). */
async function visitExprSubqueries(p: LogicalPlan, visit: (p: LogicalPlan) => Promise<void>): Promise<void> {
  const stack: unknown[] = [p];
  const seen = new Set<unknown>();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    const o = x as Record<string, unknown>;
    if (o.kind === "subquery" && o.plan) await visit(o.plan as LogicalPlan);
    for (const v of Object.values(o)) if (v && typeof v === "object" && !(v instanceof Uint8Array)) stack.push(v);
  }
}
