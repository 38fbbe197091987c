// Test helpers: bind a registered function to literal arguments and run its kernel the way the
// evaluator does (null-intolerant functions short-circuit on null inputs).
import "../../../src/functions/all.js";
import { lookupFunction } from "../../../src/functions/registry.js";
import type { ArgInfo, BoundScalar, FunctionContext } from "../../../src/functions/function-definition.js";
import * as T from "../../../src/types/data-type.js";
import type { DataType } from "../../../src/types/data-type.js";

export const CTX: FunctionContext = { ansi: true, timeZone: "UTC", conf: (_k, f) => f };
export const LEGACY: FunctionContext = { ansi: false, timeZone: "UTC", conf: (_k, f) => f };

export const lit = (value: unknown, dataType: DataType, sql?: string): ArgInfo => ({
  dataType,
  nullable: value === null,
  foldable: true,
  value,
  sql: sql ?? (value === null ? "NULL" : typeof value === "string" ? value : String(value)),
});
export const col = (dataType: DataType, sql = "c", nullable = true): ArgInfo => ({ dataType, nullable, foldable: false, sql });

export const S = (v: string | null) => lit(v, T.StringType());
export const I = (v: number | null) => lit(v, T.IntegerType());
export const L = (v: bigint | null) => lit(v, T.LongType());
export const D = (v: number | null) => lit(v, T.DoubleType());
export const F = (v: number | null) => lit(v, T.FloatType());
export const B = (v: boolean | null) => lit(v, T.BooleanType());
export const Bin = (v: Uint8Array | null) => lit(v, T.BinaryType());
export const Dec = (v: bigint | null, p: number, s: number) => lit(v, T.DecimalType(p, s));
export const NULL = lit(null, T.NullType());
export const Arr = (v: unknown[] | null, elem: DataType, containsNull = true) => lit(v, T.ArrayType(elem, containsNull));

export function bind(name: string, args: ArgInfo[], ctx: FunctionContext = CTX): BoundScalar {
  const def = lookupFunction(name);
  if (!def || def.kind !== "scalar") throw new Error(`no scalar function ${name}`);
  return def.bind(args, ctx);
}

/** Runs the kernel on the literal values (already of the bound input types). */
export function run(bound: BoundScalar, args: ArgInfo[]): unknown {
  const values = args.map((a) => a.value ?? null);
  if (bound.nullIntolerant && values.some((v) => v === null)) return null;
  return bound.kernel(...values);
}

export function call(name: string, args: ArgInfo[], ctx: FunctionContext = CTX): unknown {
  return run(bind(name, args, ctx), args);
}
