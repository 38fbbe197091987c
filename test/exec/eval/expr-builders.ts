// Builders for bound expressions in tests: binds operator calls through the registry as the
// analyzer would (implicit casts where inputTypes differ).
import "../../../src/functions/operators/index.js";
import { lookupFunction } from "../../../src/functions/registry.js";
import type { ArgInfo, FunctionContext, ScalarFunctionDef } from "../../../src/functions/function-definition.js";
import type { RExpr } from "../../../src/plan/expr/resolved.js";
import { BooleanType, dataTypeEquals, type DataType } from "../../../src/types/data-type.js";

export const ANSI: FunctionContext = { ansi: true, timeZone: "UTC", conf: (_k, f) => f };
export const LEGACY: FunctionContext = { ansi: false, timeZone: "UTC", conf: (_k, f) => f };

export const ref = (ordinal: number, dataType: DataType, nullable = true): RExpr => ({
  kind: "bound_ref",
  ordinal,
  name: `c${ordinal}`,
  dataType,
  nullable,
});

export const lit = (value: unknown, dataType: DataType): RExpr => ({ kind: "literal", value, dataType, nullable: value === null });

export const argInfo = (e: RExpr): ArgInfo => ({
  dataType: e.dataType,
  nullable: e.nullable,
  foldable: e.kind === "literal",
  ...(e.kind === "literal" ? { value: e.value } : {}),
});

export function castTo(e: RExpr, to: DataType, ctx: FunctionContext = ANSI): RExpr {
  if (dataTypeEquals(e.dataType, to, true)) return e;
  return { kind: "cast", child: e, dataType: to, nullable: e.nullable, evalMode: ctx.ansi ? "ansi" : "legacy", timeZone: ctx.timeZone };
}

export function call(name: string, args: readonly RExpr[], ctx: FunctionContext = ANSI): RExpr {
  const def = lookupFunction(name) as ScalarFunctionDef | undefined;
  if (!def) throw new Error(`no function ${name}`);
  const fn = def.bind(args.map(argInfo), ctx);
  const cargs = fn.inputTypes ? args.map((a, i) => castTo(a, fn.inputTypes![i]!, ctx)) : args;
  return {
    kind: "call",
    name,
    fn,
    args: cargs,
    dataType: fn.returnType,
    nullable: fn.nullable || cargs.some((a) => a.nullable),
    sql: name,
  };
}

const B = BooleanType();
export const and = (left: RExpr, right: RExpr): RExpr => ({ kind: "and", left, right, dataType: B, nullable: true });
export const or = (left: RExpr, right: RExpr): RExpr => ({ kind: "or", left, right, dataType: B, nullable: true });
export const not = (child: RExpr): RExpr => ({ kind: "not", child, dataType: B, nullable: child.nullable });
export const isNull = (child: RExpr): RExpr => ({ kind: "is_null", child, dataType: B, nullable: false });
export const caseWhen = (branches: [RExpr, RExpr][], elseValue: RExpr | null): RExpr => ({
  kind: "case_when",
  branches: branches.map(([condition, value]) => ({ condition, value })),
  elseValue,
  dataType: branches[0]![1].dataType,
  nullable: true,
});
export const coalesce = (...args: RExpr[]): RExpr => ({ kind: "coalesce", args, dataType: args[0]!.dataType, nullable: true });
export const inList = (value: RExpr, list: RExpr[]): RExpr => ({ kind: "in", value, list, dataType: B, nullable: true });

/** Binds `name` on literal args and evaluates the kernel the way the evaluator would. */
export function apply(name: string, args: readonly [unknown, DataType][], ctx: FunctionContext = ANSI): unknown {
  const def = lookupFunction(name) as ScalarFunctionDef;
  const infos = args.map(([value, dataType]) => ({ dataType, nullable: value === null, foldable: false }));
  const fn = def.bind(infos, ctx);
  const values = args.map(([v]) => v);
  if (fn.nullIntolerant && values.some((v) => v === null)) return null;
  return fn.kernel(...values);
}

export function bindType(name: string, types: readonly DataType[], ctx: FunctionContext = ANSI): DataType {
  const def = lookupFunction(name) as ScalarFunctionDef;
  return def.bind(types.map((dataType) => ({ dataType, nullable: true, foldable: false })), ctx).returnType;
}
