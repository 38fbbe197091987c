// Hash join, columnar. One side is the build side: its batches are concatenated once, its key
// columns hashed into a typed chained table (join-hash-table.ts). The other side is probed
// batch by batch: matches come out as (probe row, build row) index vectors, the residual
// (non-equi) condition is evaluated on the gathered candidate batch, and the output columns are
// gathered from the two sides (join-residual.ts). Without equality keys every build row is a candidate (nested
// loop). Which side builds: the right one, except that a left side much smaller than the right
// builds instead (every join type can build either side: outer rows of the build side are
// emitted after probing, from per-build-row match flags).

import type { JoinNode } from "../../plan/logical/resolved.js";
import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import type { JoinType } from "../../plan/logical/unresolved.js";
import { evaluate } from "../eval/interpreter.js";
import { concatBatches, gatherVector } from "../batch/batch-ops.js";
import { nullVector } from "../batch/builder.js";
import type { Batch, ColumnVector } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { extractEquiKeys } from "./join-keys.js";
import { keyColumn, keyKind, type KeyKind } from "./join-key-columns.js";
import { JoinHashTable, PairBuffer, crossPairs, hashKeys } from "./join-hash-table.js";
import { JoinResidual, pick } from "./join-residual.js";

export { extractEquiKeys, splitConjuncts } from "./join-keys.js";

const liveRows = (parts: Partitions): number => {
  let n = 0;
  for (const p of parts) for (const b of p) n += b.selection ? b.selection.length : b.numRows;
  return n;
};

/** Build on the left when it is much smaller than a large right side. */
const buildOnLeft = (t: JoinType, leftRows: number, rightRows: number): boolean => t !== "full_outer" && rightRows > 8192 && leftRows * 2 < rightRows;

/** What a join emits, seen from the build (B) and probe (P) sides. */
interface Roles {
  readonly pairs: boolean;
  readonly keepUnmatchedP: boolean;
  readonly keepUnmatchedB: boolean;
  /** Semi/anti: which side's rows are filtered, and whether matched (semi) or unmatched rows stay. */
  readonly existence: "P" | "B" | null;
  readonly semi: boolean;
}

function rolesOf(t: JoinType, buildLeft: boolean): Roles {
  const preservedLeft = t === "left_outer" || t === "full_outer";
  const preservedRight = t === "right_outer" || t === "full_outer";
  const existence = t === "left_semi" || t === "left_anti" ? (buildLeft ? "B" : "P") : null;
  return {
    pairs: existence === null,
    keepUnmatchedP: buildLeft ? preservedRight : preservedLeft,
    keepUnmatchedB: buildLeft ? preservedLeft : preservedRight,
    existence,
    semi: t === "left_semi",
  };
}

export function execJoin(node: JoinNode, ctx: ExecContext, leftIn: Partitions, rightIn: Partitions): Partitions {
  const la = node.left.output;
  const ra = node.right.output;
  const t = node.joinType;
  const keys = extractEquiKeys(node.condition, la, ra);
  const buildLeft = buildOnLeft(t, liveRows(leftIn), liveRows(rightIn));
  const roles = rolesOf(t, buildLeft);
  const [bAttrs, pAttrs] = buildLeft ? [la, ra] : [ra, la];
  const [bKeyExprs, pKeyExprs] = buildLeft ? [keys.left, keys.right] : [keys.right, keys.left];
  const kinds: KeyKind[] = keys.left.map((l, k) => keyKind(l.dataType, keys.right[k]!.dataType));
  const evalKeys = (exprs: readonly RExpr[], attrs: readonly AttributeRef[], b: Batch) =>
    exprs.map((e, k) => keyColumn(evaluate(bindReferences(e, attrs), b, ctx.eval), kinds[k]!));

  const build = concatBatches(
    bAttrs.map((a) => a.dataType),
    (buildLeft ? leftIn : rightIn).flat(),
  );
  const nb = build.numRows;
  const table = kinds.length > 0 ? new JoinHashTable(evalKeys(bKeyExprs, bAttrs, build), keys.nullSafe, nb) : null;
  const buildMatched = roles.keepUnmatchedB || roles.existence === "B" ? new Uint8Array(nb) : null;
  const residual = keys.residual.length ? new JoinResidual(keys.residual, la, ra, ctx.codegen) : null;
  const out: Batch[] = [];
  const pairs = new PairBuffer();
  const limit = Math.max(1024, ctx.batchSize);
  // With no residual, semi/anti probing the left side needs one match per row at most.
  const firstOnly = roles.existence === "P" && residual === null;

  /** Output columns in left-then-right order from the two sides' columns. */
  const arrange = (pCols: readonly ColumnVector[], bCols: readonly ColumnVector[]) => (buildLeft ? [...bCols, ...pCols] : [...pCols, ...bCols]);
  const nulls = (attrs: readonly AttributeRef[], n: number) => attrs.map((a) => nullVector(a.dataType, n));

  for (const part of buildLeft ? rightIn : leftIn) {
    for (const pb of part) {
      const rows = pb.selection;
      const n = rows ? rows.length : pb.numRows;
      if (n === 0) continue;
      const pkeys = table ? evalKeys(pKeyExprs, pAttrs, pb) : [];
      const hashes = table ? hashKeys(pkeys, rows, n) : null;
      const probeMatched = roles.keepUnmatchedP || roles.existence === "P" ? new Uint8Array(pb.numRows) : null;
      for (let pos = 0; pos < n; ) {
        pairs.length = 0;
        pos = table ? table.probe(pkeys, rows, hashes!, pos, n, pairs, limit, firstOnly) : crossPairs(rows, pos, n, nb, pairs, limit);
        if (pairs.length === 0) continue;
        let { probe: pi, build: bi } = pairs.take();
        if (residual) {
          const pass = buildLeft ? residual.passing(build.columns, bi, pb.columns, pi, ctx.eval) : residual.passing(pb.columns, pi, build.columns, bi, ctx.eval);
          if (pass !== null) {
            if (pass.length === 0) continue;
            pi = pick(pi, pass);
            bi = pick(bi, pass);
          }
        }
        if (probeMatched) for (let k = 0; k < pi.length; k++) probeMatched[pi[k]!] = 1;
        if (buildMatched) for (let k = 0; k < bi.length; k++) buildMatched[bi[k]!] = 1;
        if (roles.pairs) out.push({ numRows: pi.length, columns: arrange(gather(pb.columns, pi), gather(build.columns, bi)), selection: null });
      }
      if (!probeMatched) continue;
      // Unmatched (or for semi joins matched) probe rows.
      const keepMatched = roles.existence === "P" && roles.semi;
      const kept = selectRows(rows, n, probeMatched, keepMatched);
      if (kept.length === 0) continue;
      if (roles.existence === "P") out.push({ numRows: pb.numRows, columns: pb.columns, selection: kept });
      else out.push({ numRows: kept.length, columns: arrange(gather(pb.columns, kept), nulls(bAttrs, kept.length)), selection: null });
    }
  }
  if (buildMatched) {
    const kept = selectRows(null, nb, buildMatched, roles.existence === "B" && roles.semi);
    for (let s = 0; s < kept.length; s += limit) {
      const idx = kept.subarray(s, Math.min(kept.length, s + limit));
      const cols = gather(build.columns, idx);
      out.push({ numRows: idx.length, columns: roles.existence === "B" ? cols : arrange(nulls(pAttrs, idx.length), cols), selection: null });
    }
  }
  return [out];
}

const gather = (cols: readonly ColumnVector[], idx: Int32Array): ColumnVector[] => cols.map((c) => gatherVector(c, idx));

/** Live rows whose flag equals `want` (1 = matched). */
function selectRows(rows: Int32Array | null, n: number, flags: Uint8Array, want: boolean): Int32Array {
  const out = new Int32Array(n);
  const w = want ? 1 : 0;
  let m = 0;
  for (let r = 0; r < n; r++) {
    const i = rows === null ? r : rows[r]!;
    if (flags[i] === w) out[m++] = i;
  }
  return out.subarray(0, m);
}
