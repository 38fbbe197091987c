// Shared binding helpers for the scalar / generator function library: arity checks, Spark's
// ANSI implicit-cast acceptance for function inputs, and the DATATYPE_MISMATCH / WRONG_NUM_ARGS
// errors worded as Spark 4 words them. Every function file in string/, math/, collection/, ...
// binds through these so the messages stay identical everywhere.

import type { ArgInfo, BoundScalar, FunctionContext, ScalarFunctionDef } from "../function-definition.js";
import type { DataType } from "../../types/data-type.js";
import {
  BinaryType,
  BooleanType,
  DoubleType,
  IntegerType,
  LongType,
  StringType,
  isComplex,
  isNumeric,
  isStringLike,
} from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";
import { AnalysisException } from "../../errors/spark-error.js";

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** Spark's ordinal words for parameter positions (0-based index → "first"). */
export const ordinalWord = (i: number): string => ORDINALS[i] ?? `${i + 1}th`;

/** How an argument prints in messages: its `sql` when the analyzer provided it. */
export const argSql = (a: ArgInfo): string => a.sql ?? (a.foldable && a.value === null ? "NULL" : "?");

/** `"name(a, b)"` — Spark's quoted pretty SQL of a call, used as <sqlExpr>. */
export const callSql = (name: string, args: readonly ArgInfo[]): string =>
  `"${name}(${args.map(argSql).join(", ")})"`;

export const typeSql = (t: DataType): string => `"${sqlTypeName(t)}"`;

/** WRONG_NUM_ARGS.WITHOUT_SUGGESTION; `expected` as Spark prints it ("1", "[2, 3]", "> 1"). */
export function wrongNumArgs(name: string, expected: string, actual: number): AnalysisException {
  return new AnalysisException("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", {
    functionName: "`" + name + "`",
    expectedNum: expected,
    actualNum: String(actual),
    docroot: "https://spark.apache.org/docs/latest",
  });
}

/** Throws WRONG_NUM_ARGS unless min ≤ args.length ≤ max. */
export function checkArity(name: string, args: readonly ArgInfo[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  let expected: string;
  if (min === max) expected = String(min);
  else if (max === Infinity) expected = `> ${min - 1}`;
  else expected = `[${Array.from({ length: max - min + 1 }, (_, i) => min + i).join(", ")}]`;
  throw wrongNumArgs(name, expected, n);
}

/** DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE for argument `i`; `required` is Spark's quoted
 *  type text ("\"STRING\"", "(\"NUMERIC\" or \"ANSI INTERVAL\")"). */
export function unexpectedType(name: string, args: readonly ArgInfo[], i: number, required: string): AnalysisException {
  return new AnalysisException("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", {
    sqlExpr: callSql(name, args),
    paramIndex: ordinalWord(i),
    requiredType: required,
    inputSql: `"${argSql(args[i]!)}"`,
    inputType: typeSql(args[i]!.dataType),
  });
}

export function dataTypeMismatch(
  subclass: string,
  name: string,
  args: readonly ArgInfo[],
  params: Record<string, string>,
): AnalysisException {
  return new AnalysisException(`DATATYPE_MISMATCH.${subclass}`, { sqlExpr: callSql(name, args), ...params });
}

/** Raises DATATYPE_MISMATCH.NON_FOLDABLE_INPUT unless argument i is a constant. */
export function requireConstantArg(name: string, args: readonly ArgInfo[], i: number, inputName: string, inputType: string): void {
  const a = args[i]!;
  if (a.foldable) return;
  throw dataTypeMismatch("NON_FOLDABLE_INPUT", name, args, {
    inputName: "`" + inputName + "`",
    inputType: `"${inputType}"`,
    inputExpr: `"${a.sql ?? "?"}"`,
  });
}

const isAtomic = (t: DataType): boolean => !isComplex(t) && t.kind !== "calendar_interval";

/**
 * Whether Spark 4's ANSI type coercion implicitly casts `from` to `to` for a function input.
 * Observed in Spark 4.1: any atomic value goes to STRING (upper(1), upper(X'41'), upper(true));
 * numbers and strings go to any numeric type (substring(s, 2L), substring(s, '2')); NULL goes
 * anywhere; strings go to BINARY, BOOLEAN, DATE, TIMESTAMP.
 */
export function implicitlyCastable(from: DataType, to: DataType): boolean {
  if (from.kind === "null") return true;
  if (from.kind === to.kind && !isComplex(to) && to.kind !== "decimal") return true;
  switch (to.kind) {
    case "string":
      return isAtomic(from);
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "decimal":
      return isNumeric(from) || isStringLike(from);
    case "binary":
      return isStringLike(from);
    case "boolean":
      return isStringLike(from);
    case "date":
    case "timestamp":
    case "timestamp_ntz":
      return isStringLike(from) || from.kind === "date" || from.kind === "timestamp" || from.kind === "timestamp_ntz";
    default:
      return false;
  }
}

/** Checks argument i can be implicitly cast to `to`; returns `to` (the input type to request). */
export function expectType(name: string, args: readonly ArgInfo[], i: number, to: DataType): DataType {
  if (!implicitlyCastable(args[i]!.dataType, to)) throw unexpectedType(name, args, i, typeSql(to));
  return to;
}

export const expectString = (name: string, args: readonly ArgInfo[], i: number): DataType =>
  expectType(name, args, i, StringType());
export const expectInt = (name: string, args: readonly ArgInfo[], i: number): DataType =>
  expectType(name, args, i, IntegerType());
export const expectLong = (name: string, args: readonly ArgInfo[], i: number): DataType =>
  expectType(name, args, i, LongType());
export const expectDouble = (name: string, args: readonly ArgInfo[], i: number): DataType =>
  expectType(name, args, i, DoubleType());
export const expectBoolean = (name: string, args: readonly ArgInfo[], i: number): DataType =>
  expectType(name, args, i, BooleanType());

/** STRING or BINARY input (functions like length, substring, concat that keep binary as binary). */
export function expectStringOrBinary(name: string, args: readonly ArgInfo[], i: number): DataType {
  const t = args[i]!.dataType;
  if (t.kind === "binary") return BinaryType();
  if (implicitlyCastable(t, StringType())) return StringType();
  throw unexpectedType(name, args, i, '("STRING" or "BINARY")');
}

/** The value of a foldable argument, or undefined when not constant. */
export const constValue = (a: ArgInfo | undefined): unknown => (a && a.foldable ? a.value : undefined);

/** True when the argument is the NULL literal or NullType. */
export const isNullArg = (a: ArgInfo): boolean => a.dataType.kind === "null";

export interface ScalarSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Allowed argument counts; max defaults to min, Infinity for varargs. */
  readonly minArgs: number;
  readonly maxArgs?: number;
  readonly bind: (args: readonly ArgInfo[], ctx: FunctionContext, name: string) => BoundScalar;
}

/** A ScalarFunctionDef that checks arity before binding. `name` passed to bind is the
 *  definition's primary name (Spark prints aliases under the name the user typed, which the
 *  analyzer may pass through ArgInfo sql; we keep the primary one). */
export function defineScalar(spec: ScalarSpec): ScalarFunctionDef {
  const max = spec.maxArgs ?? spec.minArgs;
  return {
    kind: "scalar",
    name: spec.name,
    ...(spec.aliases ? { aliases: spec.aliases } : {}),
    bind(args, ctx) {
      checkArity(spec.name, args, spec.minArgs, max);
      return spec.bind(args, ctx, spec.name);
    },
  };
}

/** Null-intolerant scalar result: most functions return null when any input is null. */
export function strict(
  returnType: DataType,
  inputTypes: readonly DataType[],
  kernel: (...args: any[]) => unknown,
  nullable = false,
): BoundScalar {
  return { returnType, nullable, nullIntolerant: true, inputTypes, kernel };
}
