// Window: rows are grouped by the partition spec, ordered by the order spec, and each window
// expression is computed per partition — ranking/offset functions through their
// evaluatePartition, aggregates over their ROWS or RANGE frame.

import type { WindowNode } from "../../plan/logical/resolved.js";
import type { RAggregate, RExpr, RFrameBound, RWindow } from "../../plan/expr/resolved.js";
import { bindReferences } from "../physical/bind.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { evaluate } from "../eval/interpreter.js";
import { getValue } from "../batch/access.js";
import { batchToRows } from "../batch/batch-ops.js";
import { compareInternal } from "../../values/internal.js";
import { shiftRangeKey } from "../../functions/window/range-bound.js";
import { keyOf, rowsToBatches } from "./row-utils.js";
import { rowComparator, type KeyedRow } from "./sort.js";

interface WRow extends KeyedRow {
  part: unknown;
  args: unknown[][];
}

export function execWindow(node: WindowNode, ctx: ExecContext, input: Partitions): Partitions {
  const attrs = node.input.output;
  const part = node.partitionSpec.map((e) => bindReferences(e, attrs));
  const order = node.orderSpec.map((o) => ({ ...o, child: bindReferences(o.child, attrs) }));
  const fns = node.windowExprs.map((a) => a.child as RWindow);
  const argExprs = fns.map((w) => (w.fn.kind === "aggregate" ? w.fn.args : w.fn.args).map((x) => bindReferences(x, attrs)));
  const filterExprs = fns.map((w) => (w.fn.kind === "aggregate" && w.fn.filter ? bindReferences(w.fn.filter, attrs) : null));

  const groups = new Map<unknown, WRow[]>();
  for (const p of input) {
    for (const b of p) {
      const pc = part.map((e) => evaluate(e, b, ctx.eval));
      const oc = order.map((o) => evaluate(o.child, b, ctx.eval));
      const ac = argExprs.map((xs) => xs.map((x) => evaluate(x, b, ctx.eval)));
      const fc = filterExprs.map((f) => (f ? evaluate(f, b, ctx.eval) : null));
      const rows = batchToRows(b);
      for (let k = 0; k < rows.length; k++) {
        const r = b.selection ? b.selection[k]! : k;
        const pkey = keyOf(pc.map((c) => getValue(c, r)));
        const w: WRow = {
          part: pkey,
          keys: oc.map((c) => getValue(c, r)),
          row: rows[k]!,
          args: ac.map((cols, i) => {
            const f = fc[i];
            // A FILTERed-out row contributes nothing: mark with a sentinel.
            if (f && getValue(f, r) !== true) return FILTERED;
            return cols.map((c) => getValue(c, r));
          }),
        };
        let g = groups.get(pkey);
        if (!g) groups.set(pkey, (g = []));
        g.push(w);
      }
    }
  }
  const cmp = rowComparator(order);
  const out: unknown[][] = [];
  for (const g of groups.values()) {
    g.sort(cmp);
    const n = g.length;
    const peerStarts = new Uint8Array(n);
    for (let i = 0; i < n; i++) peerStarts[i] = i === 0 || cmp(g[i - 1]!, g[i]!) !== 0 ? 1 : 0;
    const results = fns.map((w, wi) => computeWindow(w, wi, g, peerStarts, order.map((o) => o.child), order[0]?.ascending ?? true));
    for (let i = 0; i < n; i++) out.push([...g[i]!.row, ...results.map((r) => r[i])]);
  }
  return [rowsToBatches(node.output.map((a) => a.dataType), out, ctx.batchSize)];
}

const FILTERED: unknown[] = [];

function computeWindow(w: RWindow, wi: number, rows: WRow[], peerStarts: Uint8Array, orderExprs: RExpr[], ascending: boolean): unknown[] {
  const n = rows.length;
  const out: unknown[] = new Array(n);
  if (w.fn.kind === "window_fn") {
    const args = w.fn.args.map((_, a) => rows.map((r) => r.args[wi]![a]));
    w.fn.fn.evaluatePartition(args, n, peerStarts, out);
    return out;
  }
  const agg = w.fn as RAggregate;
  const add = (acc: unknown, i: number) => {
    const a = rows[i]!.args[wi]!;
    if (a === FILTERED || (agg.fn.skipNulls && a.some((v) => v === null))) return acc;
    return agg.fn.update(acc, a);
  };
  const { frameType, lower, upper } = w.frame;
  const peerEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) peerEnd[i] = i === n - 1 || peerStarts[i + 1] ? i : peerEnd[i + 1]!;
  const peerStart = new Int32Array(n);
  for (let i = 0; i < n; i++) peerStart[i] = peerStarts[i] ? i : peerStart[i - 1]!;

  if (lower.kind === "unbounded_preceding" && upper.kind === "unbounded_following") {
    let acc = agg.fn.init();
    for (let i = 0; i < n; i++) acc = add(acc, i);
    const v = agg.fn.finish(acc);
    out.fill(v);
    return out;
  }
  if (lower.kind === "unbounded_preceding" && upper.kind === "current_row") {
    let acc = agg.fn.init();
    let upto = -1;
    for (let i = 0; i < n; i++) {
      const end = frameType === "range" ? peerEnd[i]! : i;
      while (upto < end) acc = add(acc, ++upto);
      out[i] = agg.fn.finish(acc);
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const [s, e] = frameType === "rows" ? rowsFrame(i, n, lower, upper) : rangeFrame(i, rows, lower, upper, peerStart, peerEnd, orderExprs, ascending);
    let acc = agg.fn.init();
    for (let j = s; j <= e; j++) acc = add(acc, j);
    out[i] = agg.fn.finish(acc);
  }
  return out;
}

function rowsFrame(i: number, n: number, lo: RFrameBound, hi: RFrameBound): [number, number] {
  const pos = (b: RFrameBound) =>
    b.kind === "unbounded_preceding" ? 0 : b.kind === "unbounded_following" ? n - 1 : b.kind === "current_row" ? i : i + Number(b.offset);
  return [Math.max(0, pos(lo)), Math.min(n - 1, pos(hi))];
}

function rangeFrame(i: number, rows: WRow[], lo: RFrameBound, hi: RFrameBound, ps: Int32Array, pe: Int32Array, orderExprs: RExpr[], ascending: boolean): [number, number] {
  const n = rows.length;
  const key = rows[i]!.keys[0];
  const t = orderExprs[0]?.dataType;
  const within = (j: number, b: RFrameBound, isLower: boolean): boolean => {
    const k = rows[j]!.keys[0];
    if (key === null || k === null || !t) return k === key;
    // DESC order: preceding rows hold larger keys, so the shift and the comparison flip
    const target = shiftRangeKey(key, t, b.offset, b.offsetType, ascending ? 1 : -1);
    const c = compareInternal(k, target, t);
    return isLower === ascending ? c >= 0 : c <= 0;
  };
  let s: number;
  if (lo.kind === "unbounded_preceding") s = 0;
  else if (lo.kind === "current_row") s = ps[i]!;
  else {
    s = 0;
    while (s < n && !within(s, lo, true)) s++;
  }
  let e: number;
  if (hi.kind === "unbounded_following") e = n - 1;
  else if (hi.kind === "current_row") e = pe[i]!;
  else {
    e = n - 1;
    while (e >= 0 && !within(e, hi, false)) e--;
  }
  return [s, e];
}
