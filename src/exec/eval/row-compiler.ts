// The interpreter's core: turns a bound expression into a tree of closures, one per node, each
// returning the INTERNAL value at one row (null for SQL NULL). Semantics codegen must match:
//   - null-intolerant calls evaluate arguments left to right and stop at the first null (as
//     Spark's BinaryExpression.eval does); the kernel never sees a null;
//   - AND / OR evaluate the right side only when the left does not decide the row;
//   - CASE evaluates a branch's value only for rows taking it; COALESCE stops at the first
//     non-null; IN stops at the first match.

import type { RExpr } from "../../plan/expr/resolved.js";
import type { RowFn, RowState } from "./context.js";
import { getValue } from "../batch/access.js";
import { equalityFor } from "../../functions/operators/compare-values.js";
import { compileHigherOrder } from "./higher-order.js";
import { castKernel, toExternalValue, toInternalValue } from "./external.js";

const cache = new WeakMap<RExpr, RowFn>();

/** The closure evaluating `e` at one row (memoized per expression object). */
export function compileRow(e: RExpr): RowFn {
  let fn = cache.get(e);
  if (fn === undefined) {
    fn = build(e);
    cache.set(e, fn);
  }
  return fn;
}

const notBound = (e: RExpr): never => {
  throw new Error(`internal error: ${e.kind} expression reached the evaluator unbound`);
};

function build(e: RExpr): RowFn {
  switch (e.kind) {
    case "bound_ref": {
      const o = e.ordinal;
      return (s, i) => getValue(s.cols[o]!, i);
    }
    case "literal": {
      const v = e.value === undefined ? null : e.value;
      return () => v;
    }
    case "alias":
      return compileRow(e.child);
    case "call":
      return e.fn.nullIntolerant ? nullIntolerantCall(e.fn.kernel, e.args.map(compileRow)) : nullTolerantCall(e.fn.kernel, e.args.map(compileRow));
    case "cast": {
      const k = castKernel(e.child.dataType, e.dataType, e.evalMode, e.timeZone);
      const c = compileRow(e.child);
      return (s, i) => {
        const v = c(s, i);
        if (v === null) return null;
        const r = k(v);
        return r === undefined ? null : r;
      };
    }
    case "and": {
      const l = compileRow(e.left);
      const r = compileRow(e.right);
      return (s, i) => {
        const a = l(s, i);
        if (a === false) return false;
        const b = r(s, i);
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    }
    case "or": {
      const l = compileRow(e.left);
      const r = compileRow(e.right);
      return (s, i) => {
        const a = l(s, i);
        if (a === true) return true;
        const b = r(s, i);
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
    }
    case "not": {
      const c = compileRow(e.child);
      return (s, i) => {
        const v = c(s, i);
        return v === null ? null : !v;
      };
    }
    case "is_null": {
      const c = compileRow(e.child);
      return (s, i) => c(s, i) === null;
    }
    case "is_not_null": {
      const c = compileRow(e.child);
      return (s, i) => c(s, i) !== null;
    }
    case "case_when": {
      const conds = e.branches.map((b) => compileRow(b.condition));
      const values = e.branches.map((b) => compileRow(b.value));
      const otherwise = e.elseValue ? compileRow(e.elseValue) : null;
      const n = conds.length;
      return (s, i) => {
        for (let b = 0; b < n; b++) if (conds[b]!(s, i) === true) return values[b]!(s, i);
        return otherwise === null ? null : otherwise(s, i);
      };
    }
    case "coalesce": {
      const args = e.args.map(compileRow);
      return (s, i) => {
        for (let a = 0; a < args.length; a++) {
          const v = args[a]!(s, i);
          if (v !== null) return v;
        }
        return null;
      };
    }
    case "in": {
      const value = compileRow(e.value);
      const list = e.list.map(compileRow);
      const eq = equalityFor(e.value.dataType);
      return (s, i) => {
        const v = value(s, i);
        if (v === null) return null;
        let sawNull = false;
        for (let k = 0; k < list.length; k++) {
          const x = list[k]!(s, i);
          if (x === null) sawNull = true;
          else if (eq(v, x)) return true;
        }
        return sawNull ? null : false;
      };
    }
    case "udf": {
      const args = e.args.map(compileRow);
      const argTypes = e.args.map((a) => a.dataType);
      const fn = e.fn;
      const outType = e.dataType;
      return (s, i) => {
        const ext = new Array<unknown>(args.length);
        for (let a = 0; a < args.length; a++) ext[a] = toExternalValue(args[a]!(s, i), argTypes[a]!);
        const r = fn(...ext);
        return r === null || r === undefined ? null : toInternalValue(r, outType);
      };
    }
    case "lambda_var": {
      const id = e.varId;
      return (s) => {
        const v = s.vars.get(id);
        return v === undefined ? null : v;
      };
    }
    case "lambda":
      throw new Error("internal error: a lambda is evaluated only by its higher-order function");
    case "higher_order":
      return compileHigherOrder(e);
    case "scalar_subquery": {
      const id = e.subqueryId;
      return (s) => {
        const m = s.ctx.subqueries;
        if (m === undefined || !m.has(id)) throw new Error(`internal error: scalar subquery #${id} has no value`);
        const v = m.get(id);
        return v === undefined ? null : v;
      };
    }
    case "attribute":
    case "aggregate":
    case "window":
    case "generator":
      return notBound(e);
  }
}

type Kernel = (...args: any[]) => unknown;

const norm = (r: unknown): unknown => (r === undefined ? null : r);

function nullIntolerantCall(k: Kernel, args: RowFn[]): RowFn {
  switch (args.length) {
    case 0:
      return () => norm(k());
    case 1: {
      const a0 = args[0]!;
      return (s, i) => {
        const a = a0(s, i);
        return a === null ? null : norm(k(a));
      };
    }
    case 2: {
      const a0 = args[0]!;
      const a1 = args[1]!;
      return (s, i) => {
        const a = a0(s, i);
        if (a === null) return null;
        const b = a1(s, i);
        return b === null ? null : norm(k(a, b));
      };
    }
    case 3: {
      const [a0, a1, a2] = args as [RowFn, RowFn, RowFn];
      return (s, i) => {
        const a = a0(s, i);
        if (a === null) return null;
        const b = a1(s, i);
        if (b === null) return null;
        const c = a2(s, i);
        return c === null ? null : norm(k(a, b, c));
      };
    }
    default:
      return (s, i) => {
        const vals = new Array<unknown>(args.length);
        for (let a = 0; a < args.length; a++) {
          const v = args[a]!(s, i);
          if (v === null) return null;
          vals[a] = v;
        }
        return norm(k(...vals));
      };
  }
}

function nullTolerantCall(k: Kernel, args: RowFn[]): RowFn {
  switch (args.length) {
    case 0:
      return () => norm(k());
    case 1: {
      const a0 = args[0]!;
      return (s, i) => norm(k(a0(s, i)));
    }
    case 2: {
      const a0 = args[0]!;
      const a1 = args[1]!;
      return (s, i) => {
        const a = a0(s, i);
        return norm(k(a, a1(s, i)));
      };
    }
    default:
      return (s: RowState, i: number) => {
        const vals = new Array<unknown>(args.length);
        for (let a = 0; a < args.length; a++) vals[a] = args[a]!(s, i);
        return norm(k(...vals));
      };
  }
}
