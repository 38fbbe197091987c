// Shared pieces of the aggregate library: arity-checked definitions, Spark's input-type checks
// for numeric aggregates, and small accumulator utilities. Accumulator protocol reminders
// (src/functions/function-definition.ts): `update` may mutate and return its accumulator;
// `finish` must not mutate it (window frames call finish repeatedly on a growing accumulator);
// `args` arrays passed to update are not retained (values are copied out of them).

import type { AggregateFunctionDef, ArgInfo, BoundAggregate, FunctionContext } from "../function-definition.js";
import { checkArity, implicitlyCastable, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { DoubleType, isNumeric, type DataType } from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";

export interface AggregateSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly minArgs: number;
  /** Defaults to minArgs; Infinity for varargs. */
  readonly maxArgs?: number;
  readonly bind: (args: readonly ArgInfo[], ctx: FunctionContext, isDistinct: boolean, name: string) => BoundAggregate;
}

export function defineAggregate(spec: AggregateSpec): AggregateFunctionDef {
  const max = spec.maxArgs ?? spec.minArgs;
  return {
    kind: "aggregate",
    name: spec.name,
    ...(spec.aliases ? { aliases: spec.aliases } : {}),
    bind(args, ctx, isDistinct) {
      checkArity(spec.name, args, spec.minArgs, max);
      return spec.bind(args, ctx, isDistinct, spec.name);
    },
  };
}

/** A second definition under another name that binds like `def` (Spark registers e.g.
 *  first_value as First, but prints the name the user called). */
export function aliasAggregate(name: string, def: AggregateFunctionDef): AggregateFunctionDef {
  return { kind: "aggregate", name, bind: def.bind };
}

const isAnsiInterval = (t: DataType): boolean => t.kind === "year_month_interval" || t.kind === "day_time_interval";

/**
 * The type a numeric aggregate (sum, avg, stddev, ...) works on: numeric types stay, NULL
 * becomes `nullAs`, strings are implicitly cast to DOUBLE (Spark 4's ANSI coercion for
 * NumericType inputs); ANSI intervals are accepted when `allowIntervals`. Anything else is
 * DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE.
 */
export function numericInput(
  name: string,
  args: readonly ArgInfo[],
  i: number,
  opts: { allowIntervals?: boolean; nullAs?: DataType } = {},
): DataType {
  const t = args[i]!.dataType;
  if (isNumeric(t)) return t;
  if (opts.allowIntervals && isAnsiInterval(t)) return t;
  if (t.kind === "null") return opts.nullAs ?? DoubleType();
  if (t.kind === "string" || t.kind === "char" || t.kind === "varchar") return DoubleType();
  throw unexpectedType(name, args, i, opts.allowIntervals ? '("NUMERIC" or "ANSI INTERVAL")' : '"NUMERIC"');
}

/** Statistical aggregates (stddev, corr, ...) work on DOUBLE: any numeric or string input. */
export function doubleInput(name: string, args: readonly ArgInfo[], i: number): DataType {
  const t = args[i]!.dataType;
  if (!implicitlyCastable(t, DoubleType()) || (!isNumeric(t) && t.kind !== "null" && t.kind !== "string" && t.kind !== "char" && t.kind !== "varchar")) {
    throw unexpectedType(name, args, i, '"DOUBLE"');
  }
  return DoubleType();
}

/** Whether Spark can order values of `t` (min, max, max_by, percentile_approx, ...). */
export function isOrderable(t: DataType): boolean {
  switch (t.kind) {
    case "map":
      return false;
    case "array":
      return isOrderable(t.elementType);
    case "struct":
      return t.fields.every((f) => isOrderable(f.dataType));
    case "calendar_interval":
      return false;
    default:
      return true;
  }
}

/** DATATYPE_MISMATCH.INVALID_ORDERING_TYPE for an unorderable argument (min(map), ...). */
export function checkOrderable(name: string, args: readonly ArgInfo[], i: number): DataType {
  const t = args[i]!.dataType;
  if (isOrderable(t)) return t;
  throw new AnalysisException("DATATYPE_MISMATCH.INVALID_ORDERING_TYPE", {
    sqlExpr: `"${name}(${args.map((a) => a.sql ?? "?").join(", ")})"`,
    functionName: "`" + name + "`",
    dataType: typeSql(t),
  });
}

/** The constant value of a literal argument, or an error when it is not foldable. */
export function requireFoldable(name: string, args: readonly ArgInfo[], i: number, inputName: string, inputType: DataType): unknown {
  const a = args[i]!;
  if (!a.foldable) {
    throw new AnalysisException("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", {
      sqlExpr: `"${name}(${args.map((x) => x.sql ?? "?").join(", ")})"`,
      inputName: "`" + inputName + "`",
      inputType: `"${sqlTypeName(inputType)}"`,
      inputExpr: `"${a.sql ?? "?"}"`,
    });
  }
  return a.value;
}

/** A simple aggregate whose accumulator is an immutable value (number, bigint, null). */
export function valueAggregate(spec: {
  returnType: DataType;
  nullable: boolean;
  inputTypes?: readonly DataType[];
  skipNulls?: boolean;
  init: () => unknown;
  update: (acc: any, args: readonly unknown[]) => unknown;
  merge: (a: any, b: any) => unknown;
  finish?: (acc: any) => unknown;
}): BoundAggregate {
  return {
    returnType: spec.returnType,
    nullable: spec.nullable,
    ...(spec.inputTypes ? { inputTypes: spec.inputTypes } : {}),
    skipNulls: spec.skipNulls ?? true,
    init: spec.init,
    update: spec.update,
    merge: spec.merge,
    finish: spec.finish ?? ((acc) => acc),
  };
}
