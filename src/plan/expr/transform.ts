// The one tree-rewrite API for resolved expressions: children, transformUp/Down, and helpers.

import type { RExpr } from "./resolved.js";

/** Direct child expressions, in evaluation order. */
export function exprChildren(e: RExpr): RExpr[] {
  switch (e.kind) {
    case "attribute":
    case "bound_ref":
    case "literal":
    case "lambda_var":
    case "scalar_subquery":
      return [];
    case "call":
    case "udf":
    case "aggregate":
    case "generator":
      return e.kind === "aggregate" && e.filter ? [...e.args, e.filter] : [...e.args];
    case "cast":
    case "not":
    case "is_null":
    case "is_not_null":
    case "alias":
      return [e.child];
    case "and":
    case "or":
      return [e.left, e.right];
    case "case_when":
      return [...e.branches.flatMap((b) => [b.condition, b.value]), ...(e.elseValue ? [e.elseValue] : [])];
    case "coalesce":
      return [...e.args];
    case "in":
      return [e.value, ...e.list];
    case "lambda":
      return [e.body];
    case "higher_order":
      return [...e.args, ...e.lambdas];
    case "window":
      return [
        ...(e.fn.kind === "aggregate" ? [e.fn] : e.fn.args),
        ...e.partitionSpec,
        ...e.orderSpec.map((o) => o.child),
      ];
  }
}

/** Rebuilds `e` with new children (same order as exprChildren). */
export function withNewChildren(e: RExpr, c: RExpr[]): RExpr {
  switch (e.kind) {
    case "attribute":
    case "bound_ref":
    case "literal":
    case "lambda_var":
    case "scalar_subquery":
      return e;
    case "call":
    case "udf":
    case "generator":
      return { ...e, args: c } as RExpr;
    case "aggregate":
      return e.filter ? { ...e, args: c.slice(0, -1), filter: c[c.length - 1]! } : { ...e, args: c };
    case "cast":
    case "not":
    case "is_null":
    case "is_not_null":
    case "alias":
      return { ...e, child: c[0]! } as RExpr;
    case "and":
    case "or":
      return { ...e, left: c[0]!, right: c[1]! };
    case "case_when": {
      const branches = e.branches.map((_, i) => ({ condition: c[2 * i]!, value: c[2 * i + 1]! }));
      const elseValue = e.elseValue ? c[2 * e.branches.length]! : null;
      return { ...e, branches, elseValue };
    }
    case "coalesce":
      return { ...e, args: c };
    case "in":
      return { ...e, value: c[0]!, list: c.slice(1) };
    case "lambda":
      return { ...e, body: c[0]! };
    case "higher_order":
      return { ...e, args: c.slice(0, e.args.length), lambdas: c.slice(e.args.length) as never };
    case "window": {
      let i = 0;
      const fn =
        e.fn.kind === "aggregate"
          ? (c[i++] as typeof e.fn)
          : { ...e.fn, args: c.slice(0, (i = e.fn.args.length)) };
      const partitionSpec = c.slice(i, i + e.partitionSpec.length);
      i += e.partitionSpec.length;
      const orderSpec = e.orderSpec.map((o, k) => ({ ...o, child: c[i + k]! }));
      return { ...e, fn, partitionSpec, orderSpec };
    }
  }
}

/** Post-order rewrite: children first, then `f` on the rebuilt node (return it to keep). */
export function transformUp(e: RExpr, f: (e: RExpr) => RExpr): RExpr {
  const kids = exprChildren(e);
  let node = e;
  if (kids.length > 0) {
    const next = kids.map((k) => transformUp(k, f));
    if (next.some((k, i) => k !== kids[i])) node = withNewChildren(e, next);
  }
  return f(node);
}

/** Pre-order rewrite: `f` first; when it returns a different node, its children are not revisited. */
export function transformDown(e: RExpr, f: (e: RExpr) => RExpr): RExpr {
  const r = f(e);
  if (r !== e) return r;
  const kids = exprChildren(e);
  if (kids.length === 0) return e;
  const next = kids.map((k) => transformDown(k, f));
  return next.some((k, i) => k !== kids[i]) ? withNewChildren(e, next) : e;
}

export function anyExpr(e: RExpr, pred: (e: RExpr) => boolean): boolean {
  if (pred(e)) return true;
  return exprChildren(e).some((c) => anyExpr(c, pred));
}

export function collectExprs<T extends RExpr>(e: RExpr, pred: (e: RExpr) => e is T, out: T[] = []): T[] {
  if (pred(e)) out.push(e);
  for (const c of exprChildren(e)) collectExprs(c, pred, out);
  return out;
}

/** Attributes referenced by an expression (by exprId). */
export function referencedAttributes(e: RExpr): Set<number> {
  const ids = new Set<number>();
  collectExprs(e, (x): x is Extract<RExpr, { kind: "attribute" }> => x.kind === "attribute").forEach((a) =>
    ids.add(a.exprId),
  );
  return ids;
}

/** Structural equality ignoring alias exprIds: used to match grouping expressions. */
export function semanticEquals(a: RExpr, b: RExpr): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "attribute":
      return a.exprId === (b as typeof a).exprId;
    case "bound_ref":
      return a.ordinal === (b as typeof a).ordinal;
    case "literal": {
      const o = b as typeof a;
      return a.dataType.kind === o.dataType.kind && literalEq(a.value, o.value);
    }
    case "call":
      if (a.name !== (b as typeof a).name) return false;
      break;
    case "aggregate":
      if (a.name !== (b as typeof a).name || a.isDistinct !== (b as typeof a).isDistinct) return false;
      break;
    case "cast":
      if (JSON.stringify(a.dataType) !== JSON.stringify(b.dataType)) return false;
      break;
    case "udf":
      if (a.fn !== (b as typeof a).fn) return false;
      break;
    default:
      break;
  }
  const ka = exprChildren(a);
  const kb = exprChildren(b);
  return ka.length === kb.length && ka.every((x, i) => semanticEquals(x, kb[i]!));
}

function literalEq(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === "number" && typeof y === "number") return Number.isNaN(x) && Number.isNaN(y);
  return JSON.stringify(x, (_, v) => (typeof v === "bigint" ? `${v}n` : v)) ===
    JSON.stringify(y, (_, v) => (typeof v === "bigint" ? `${v}n` : v));
}
