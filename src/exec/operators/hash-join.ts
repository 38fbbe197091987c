// Joins. Equality conjuncts between a left-only and a right-only expression become hash keys
// (null keys never match, except for null-safe <=>); the rest of the condition is a residual
// predicate checked on candidate pairs. Without equality keys it is a nested-loop join.
// Build side: right (left for right outer joins, by swapping and reordering).

import type { JoinNode } from "../../plan/logical/resolved.js";
import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import { referencedAttributes, semanticEquals } from "../../plan/expr/transform.js";
import { evaluate, evaluatePredicate } from "../eval/interpreter.js";
import { getValue } from "../batch/access.js";
import { batchFromRows, batchToRows } from "../batch/batch-ops.js";
import type { Batch } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { keyOf, rowsToBatches } from "./row-utils.js";
import type { DataType } from "../../types/data-type.js";

interface EquiKeys {
  left: RExpr[];
  right: RExpr[];
  nullSafe: boolean[];
  residual: RExpr[];
}

export function splitConjuncts(e: RExpr | null): RExpr[] {
  if (!e) return [];
  if (e.kind === "and") return [...splitConjuncts(e.left), ...splitConjuncts(e.right)];
  if (e.kind === "or") {
    // (a AND b) OR (a AND c): the common conjunct a is a join key too (as Spark's boolean
    // simplification factors it out); the whole disjunction stays as a residual predicate.
    const common = commonConjuncts(e);
    return common.length > 0 ? [...common, e] : [e];
  }
  return [e];
}

function splitOr(e: RExpr): RExpr[] {
  return e.kind === "or" ? [...splitOr(e.left), ...splitOr(e.right)] : [e];
}

function commonConjuncts(e: RExpr): RExpr[] {
  const branches = splitOr(e).map((b) => splitConjuncts(b));
  const [first, ...rest] = branches;
  if (!first) return [];
  return first.filter((c) => c.kind !== "or" && rest.every((r) => r.some((x) => semanticEquals(x, c))));
}

export function extractEquiKeys(cond: RExpr | null, left: readonly AttributeRef[], right: readonly AttributeRef[]): EquiKeys {
  const l = new Set(left.map((a) => a.exprId));
  const r = new Set(right.map((a) => a.exprId));
  const within = (e: RExpr, s: Set<number>) => {
    const refs = referencedAttributes(e);
    return refs.size > 0 && [...refs].every((id) => s.has(id));
  };
  const out: EquiKeys = { left: [], right: [], nullSafe: [], residual: [] };
  for (const c of splitConjuncts(cond)) {
    if (c.kind === "call" && (c.name === "==" || c.name === "=" || c.name === "<=>") && c.args.length === 2) {
      const [a, b] = c.args as [RExpr, RExpr];
      if (within(a, l) && within(b, r)) {
        out.left.push(a), out.right.push(b), out.nullSafe.push(c.name === "<=>");
        continue;
      }
      if (within(a, r) && within(b, l)) {
        out.left.push(b), out.right.push(a), out.nullSafe.push(c.name === "<=>");
        continue;
      }
    }
    out.residual.push(c);
  }
  return out;
}

interface SideRows {
  rows: unknown[][];
  keys: unknown[];
}

function sideRows(parts: Partitions, keyExprs: readonly RExpr[], attrs: readonly AttributeRef[], nullSafe: readonly boolean[], ctx: ExecContext): SideRows {
  const bound = keyExprs.map((k) => bindReferences(k, attrs));
  const rows: unknown[][] = [];
  const keys: unknown[] = [];
  const buf: unknown[] = new Array(bound.length);
  for (const part of parts) {
    for (const b of part) {
      const cols = bound.map((k) => evaluate(k, b, ctx.eval));
      const rs = batchToRows(b);
      for (let i = 0; i < rs.length; i++) {
        const row = b.selection ? b.selection[i]! : i;
        let hasNull = false;
        for (let j = 0; j < cols.length; j++) {
          const v = getValue(cols[j]!, row);
          if (v === null && !nullSafe[j]) hasNull = true;
          buf[j] = v;
        }
        rows.push(rs[i]!);
        keys.push(hasNull ? undefined : keyOf(buf));
      }
    }
  }
  return { rows, keys };
}

export function execJoin(node: JoinNode, ctx: ExecContext, leftIn: Partitions, rightIn: Partitions): Partitions {
  if (node.joinType === "right_outer") {
    // Mirror as a left outer join with sides swapped, then restore the column order.
    const swapped: JoinNode = { ...node, left: node.right, right: node.left, joinType: "left_outer", output: [...node.right.output, ...node.left.output] };
    const res = execJoin(swapped, ctx, rightIn, leftIn);
    const nl = node.left.output.length;
    const nr = node.right.output.length;
    const types = node.output.map((a) => a.dataType);
    return res.map((p) => rowsToBatches(types, p.flatMap((b) => batchToRows(b)).map((r) => [...r.slice(nr, nr + nl), ...r.slice(0, nr)]), ctx.batchSize));
  }
  const la = node.left.output;
  const ra = node.right.output;
  const keys = extractEquiKeys(node.condition, la, ra);
  const L = sideRows(leftIn, keys.left, la, keys.nullSafe, ctx);
  const R = sideRows(rightIn, keys.right, ra, keys.nullSafe, ctx);
  const combinedAttrs = [...la, ...ra];
  const combinedTypes: DataType[] = combinedAttrs.map((a) => a.dataType);
  const residual = keys.residual.length
    ? keys.residual.map((r) => bindReferences(r, combinedAttrs)).reduce((a, b) => ({ kind: "and", left: a, right: b, dataType: a.dataType, nullable: true }) as RExpr)
    : null;

  const table = new Map<unknown, number[]>();
  const equi = keys.left.length > 0;
  if (equi) {
    R.keys.forEach((k, i) => {
      if (k === undefined) return;
      const list = table.get(k);
      if (list) list.push(i);
      else table.set(k, [i]);
    });
  }
  const allRight = R.rows.map((_, i) => i);
  const rightMatched = new Uint8Array(R.rows.length);
  const outRows: unknown[][] = [];
  const nullsL = la.map(() => null);
  const nullsR = ra.map(() => null);
  const t = node.joinType;
  const CHUNK = 2048;
  for (let start = 0; start < L.rows.length; start += CHUNK) {
    const end = Math.min(L.rows.length, start + CHUNK);
    // Candidate pairs for this chunk of left rows.
    const pl: number[] = [];
    const pr: number[] = [];
    for (let i = start; i < end; i++) {
      const cands = equi ? (L.keys[i] === undefined ? undefined : table.get(L.keys[i])) : allRight;
      if (cands) for (const j of cands) pl.push(i), pr.push(j);
    }
    let pass: Uint8Array;
    if (residual && pl.length > 0) {
      const batch: Batch = batchFromRows(combinedTypes, pl.map((i, k) => [...L.rows[i]!, ...R.rows[pr[k]!]!]));
      const sel = evaluatePredicate(residual, batch, ctx.eval);
      pass = new Uint8Array(pl.length);
      for (const s of sel) pass[s] = 1;
    } else {
      pass = new Uint8Array(pl.length).fill(1);
    }
    const leftMatched = new Uint8Array(end - start);
    for (let k = 0; k < pl.length; k++) {
      if (!pass[k]) continue;
      const i = pl[k]!;
      const j = pr[k]!;
      leftMatched[i - start] = 1;
      rightMatched[j] = 1;
      if (t === "inner" || t === "cross" || t === "left_outer" || t === "full_outer") outRows.push([...L.rows[i]!, ...R.rows[j]!]);
    }
    for (let i = start; i < end; i++) {
      const m = leftMatched[i - start]!;
      if (t === "left_semi" && m) outRows.push(L.rows[i]!);
      else if (t === "left_anti" && !m) outRows.push(L.rows[i]!);
      else if ((t === "left_outer" || t === "full_outer") && !m) outRows.push([...L.rows[i]!, ...nullsR]);
    }
  }
  if (t === "full_outer") {
    for (let j = 0; j < R.rows.length; j++) if (!rightMatched[j]) outRows.push([...nullsL, ...R.rows[j]!]);
  }
  const types = node.output.map((a) => a.dataType);
  return [rowsToBatches(types, outRows, ctx.batchSize)];
}
