// Shared pieces for array/map functions: element type checks and null-aware set keys.
import type { ArgInfo } from "../function-definition.js";
import { ArrayType, NullType, isStringLike, type DataType } from "../../types/data-type.js";
import { canonicalKey } from "../../values/internal.js";
import { dataTypeMismatch, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";

export const NULL_KEY = Symbol("null");

/** A JS Map/Set key for an element: equal elements (Spark's equality, NaN = NaN) share it. */
export const elementKey = (v: unknown, t: DataType): unknown => (v === null ? NULL_KEY : canonicalKey(v, t));

/** An ARRAY argument; an untyped NULL is accepted as ARRAY<VOID>, as Spark's implicit cast of
 *  NULL to the expected ArrayType (array_join(NULL, ','), slice(NULL, 1, 1) are NULL). */
export function expectArray(name: string, args: readonly ArgInfo[], i: number): ArrayType {
  const t = args[i]!.dataType;
  if (t.kind === "null") return ArrayType(NullType(), true);
  if (t.kind !== "array") throw unexpectedType(name, args, i, '"ARRAY"');
  return t;
}

/** Two arrays widened to one element type (array_union, arrays_overlap, ...). */
export function commonArrayType(name: string, args: readonly ArgInfo[]): ArrayType {
  const a = args[0]!.dataType;
  const b = args[1]!.dataType;
  // Spark widens without string promotion here, and an untyped NULL is no array.
  const elem =
    a.kind === "array" && b.kind === "array" && compatibleElements(a.elementType, b.elementType)
      ? findWiderCommonType([a.elementType, b.elementType])
      : null;
  if (a.kind !== "array" || b.kind !== "array" || !elem) {
    throw dataTypeMismatch("BINARY_ARRAY_DIFF_TYPES", name, args, {
      functionName: "`" + name + "`",
      arrayType: '"ARRAY"',
      leftType: typeSql(a),
      rightType: typeSql(b),
    });
  }
  return ArrayType(elem, a.containsNull || b.containsNull);
}

const compatibleElements = (a: DataType, b: DataType): boolean =>
  a.kind === "null" || b.kind === "null" || isStringLike(a) === isStringLike(b);

/** Array plus a value of its element type (array_contains, array_position, array_remove). */
export function arrayAndElement(name: string, args: readonly ArgInfo[]): { array: ArrayType; elem: DataType } {
  // array_remove(NULL, x) is a type mismatch in Spark, not a NULL_TYPE error
  const nullArray = name === "array_remove" && args[0]!.dataType.kind === "null";
  if (!nullArray && args.some((a) => a.dataType.kind === "null")) {
    throw dataTypeMismatch("NULL_TYPE", name, args, { functionName: "`" + name + "`" });
  }
  const a = args[0]!.dataType;
  const v = args[1]!.dataType;
  const elem = a.kind === "array" ? findWiderCommonType([a.elementType, v]) : null;
  // Spark widens without string promotion here: ARRAY<INT> and STRING do not meet.
  const stringMismatch =
    a.kind === "array" && a.elementType.kind !== "null" && isStringLike(a.elementType) !== isStringLike(v);
  if (a.kind !== "array" || !elem || stringMismatch) {
    throw dataTypeMismatch("ARRAY_FUNCTION_DIFF_TYPES", name, args, {
      functionName: "`" + name + "`",
      dataType: '"ARRAY"',
      leftType: typeSql(a),
      rightType: typeSql(v),
    });
  }
  return { array: ArrayType(elem, a.containsNull), elem };
}
