// Resolved expressions to plain data and back. The serialized form keeps the RExpr shape; only
// what cannot cross a thread boundary changes:
//   * bound functions (`fn` of calls, aggregates, window functions, generators) become a
//     descriptor and are bound again on the executor through the one function registry, by
//     name and the arguments' ArgInfo (analyzer-made calls through special-calls.ts);
//   * TypeScript UDFs travel as source + captures (the runtime's closure mechanism, ADR 0003);
//   * literal values go through encodeInternal (value classes, MapData).
// A plan that cannot be serialized raises NotDistributable with the reason; the caller then
// runs the query on the driver.

import type { ArgInfo, FunctionContext } from "../../functions/function-definition.js";
import { lookupFunction } from "../../functions/registry.js";
import type { RAggregate, RCall, RExpr, RWindow } from "../expr/resolved.js";
import { transformUp } from "../expr/transform.js";
import { exprSql } from "../analyzer/expr-sql.js";
import { shipFunction } from "../../runtime/closure/ship-function.js";
import type { UserFnRef } from "../../runtime/closure/fn-ref.js";
import { dataTypeEquals } from "../../types/data-type.js";
import { evaluate } from "../../exec/eval/interpreter.js";
import { getValue } from "../../exec/batch/access.js";
import { specialCallFor } from "./special-calls.js";
import { decodeInternal, encodeInternal } from "./wire-values.js";

export class NotDistributable extends Error {
  override name = "NotDistributable";
}

/** What replaces a bound function in the serialized form. */
export type FnDescriptor =
  | { readonly $rebind: "registry" }
  | { readonly $rebind: "special"; readonly data: unknown }
  | { readonly $rebind: "udf"; readonly ref: UserFnRef };

const REGISTRY: FnDescriptor = Object.freeze({ $rebind: "registry" });

/** Serialized expressions keep the RExpr type for tree walking; treat them as opaque data. */
export type SerializedExpr = RExpr & { readonly __serialized?: true };

export function serializeExpr(e: RExpr): SerializedExpr {
  return transformUp(e, (x) => {
    switch (x.kind) {
      case "literal":
        return { ...x, value: encodeInternal(x.value) };
      case "call": {
        const special = specialCallFor(x);
        if (special) return { ...x, fn: { $rebind: "special", data: special.describe(x) } } as unknown as RExpr;
        if (!lookupFunction(registryName(x.name, x.args.length))) {
          throw new NotDistributable(`the call ${x.sql} has no registry entry to rebuild it from`);
        }
        return { ...x, fn: REGISTRY } as unknown as RExpr;
      }
      case "aggregate":
      case "generator":
        return { ...x, fn: REGISTRY } as unknown as RExpr;
      case "window":
        return x.fn.kind === "aggregate" ? x : ({ ...x, fn: { ...x.fn, fn: REGISTRY } } as unknown as RExpr);
      case "udf": {
        let ref: UserFnRef;
        try {
          ref = shipFunction(x.fn, `udf ${x.name}`);
        } catch (err) {
          throw new NotDistributable(`UDF ${x.name} cannot be shipped to executors: ${(err as Error).message}`);
        }
        return { ...x, fn: { $rebind: "udf", ref } } as unknown as RExpr;
      }
      default:
        return x;
    }
  }) as SerializedExpr;
}

/** Hooks the executor side needs: resolving a shipped UDF (runtime closure mechanism). */
export interface RebuildEnv {
  readonly fnCtx: FunctionContext;
  readonly resolveUdf: (ref: UserFnRef) => (...args: unknown[]) => unknown;
  /** The task's partition: functions with per-partition state (rand(seed),
   *  monotonically_increasing_id, spark_partition_id) take their kernel for it. */
  readonly partition?: number;
}

export function deserializeExpr(e: SerializedExpr, env: RebuildEnv): RExpr {
  return transformUp(e, (x) => {
    switch (x.kind) {
      case "literal":
        return { ...x, value: decodeInternal(x.value) };
      case "call":
        return { ...x, fn: rebindCall(x, env) };
      case "aggregate":
        return rebindAggregate(x, env);
      case "generator": {
        const def = lookupFunction(x.name);
        if (def?.kind !== "generator") throw new Error(`internal error: generator ${x.name} is not registered`);
        return { ...x, fn: def.bind(x.args.map(argInfoOf), env.fnCtx) };
      }
      case "window":
        return rebindWindow(x, env);
      case "udf": {
        const d = x.fn as unknown as FnDescriptor;
        if (d.$rebind !== "udf") return x;
        return { ...x, fn: env.resolveUdf(d.ref) };
      }
      default:
        return x;
    }
  });
}

// Unary minus from SQL is the call "-" with one argument, bound as negative (as the analyzer does).
const registryName = (name: string, arity: number) => (name === "-" && arity === 1 ? "negative" : name);

function rebindCall(x: RCall, env: RebuildEnv): RCall["fn"] {
  const d = x.fn as unknown as FnDescriptor;
  if (d.$rebind === "special") return specialCallFor(x)!.rebuild(x.args, d.data, x);
  const def = lookupFunction(registryName(x.name, x.args.length));
  if (def?.kind !== "scalar") throw new Error(`internal error: scalar function ${x.name} is not registered`);
  const bound = def.bind(x.args.map(argInfoOf), env.fnCtx);
  checkType(x.sql, bound.returnType, x);
  return bound.perPartition && env.partition !== undefined ? { ...bound, kernel: bound.perPartition(env.partition) } : bound;
}

function rebindAggregate(x: RAggregate, env: RebuildEnv): RAggregate {
  const def = lookupFunction(x.name);
  if (def?.kind !== "aggregate") throw new Error(`internal error: aggregate function ${x.name} is not registered`);
  const fn = def.bind(x.args.map(argInfoOf), env.fnCtx, x.isDistinct);
  checkType(x.sql, fn.returnType, x);
  return { ...x, fn };
}

function rebindWindow(x: RWindow, env: RebuildEnv): RWindow {
  if (x.fn.kind === "aggregate") return x; // rebound as a child already
  const def = lookupFunction(x.fn.name);
  if (def?.kind !== "window") throw new Error(`internal error: window function ${x.fn.name} is not registered`);
  const fn = def.bind(x.fn.args.map(argInfoOf), env.fnCtx);
  return { ...x, fn: { ...x.fn, fn } };
}

function checkType(sql: string, got: RExpr["dataType"], x: RExpr): void {
  if (!dataTypeEquals(got, x.dataType, true)) {
    throw new NotDistributable(`rebinding ${sql} gives type ${JSON.stringify(got)} instead of ${JSON.stringify(x.dataType)}`);
  }
}

/** ArgInfo as the analyzer computes it; casts of literals (implicit casts added after binding)
 *  count as the constants they are. */
function argInfoOf(a: RExpr): ArgInfo {
  const sql = exprSql(a);
  if (a.kind === "literal") return { dataType: a.dataType, nullable: a.nullable, foldable: true, value: a.value, sql };
  if (a.kind === "cast" && isLiteralTree(a.child)) {
    try {
      const v = getValue(evaluate(a, { numRows: 1, selection: null, columns: [] }), 0);
      return { dataType: a.dataType, nullable: a.nullable, foldable: true, value: v, sql };
    } catch {
      // falls through: not constant after all (e.g. an ANSI cast error), bind it as a column
    }
  }
  return { dataType: a.dataType, nullable: a.nullable, foldable: false, sql };
}

const isLiteralTree = (e: RExpr): boolean => e.kind === "literal" || (e.kind === "cast" && isLiteralTree(e.child));
