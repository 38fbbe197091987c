// Ordering and equality of INTERNAL values of one Spark type, as Spark's comparisons see them:
// NaN equals NaN and sorts above every other number, -0.0 equals 0.0, strings compare in UTF-8
// byte order, binary as unsigned bytes, false < true. Used by the comparison operators, IN and
// the interpreter; complex types (array/struct) delegate to the shared `compareInternal`.

import type { DataType } from "../../types/data-type.js";
import { compareStrings } from "../../exec/batch/utf8.js";
import { compareInternal } from "../../values/internal.js";

export type Comparator = (a: any, b: any) => number;
export type Equality = (a: any, b: any) => boolean;

export const compareNumbers: Comparator = (a: number, b: number): number => {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0; // also -0.0 vs 0.0
  // at least one NaN: NaN is greater than everything, NaN equals NaN
  const an = a !== a;
  const bn = b !== b;
  return an === bn ? 0 : an ? 1 : -1;
};

export const compareBigInts: Comparator = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareBooleans: Comparator = (a: boolean, b: boolean): number => (a === b ? 0 : a ? 1 : -1);

export const compareBinary: Comparator = (a: Uint8Array, b: Uint8Array): number => {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length - b.length;
};

/** Total order of non-null internal values of `type` (negative / zero / positive). */
export function comparatorFor(type: DataType): Comparator {
  switch (type.kind) {
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
    case "float":
    case "double":
      return compareNumbers;
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
    case "decimal":
      return compareBigInts;
    case "boolean":
      return compareBooleans;
    case "string":
    case "char":
    case "varchar":
      return compareStrings;
    case "binary":
      return compareBinary;
    case "null":
      return () => 0;
    default:
      return (a: unknown, b: unknown) => compareInternal(a, b, type);
  }
}

const numberEquals: Equality = (a: number, b: number) => a === b || (a !== a && b !== b);
const identityEquals: Equality = (a: unknown, b: unknown) => a === b;

/** Equality consistent with `comparatorFor` (cheaper for the common types). */
export function equalityFor(type: DataType): Equality {
  switch (type.kind) {
    case "float":
    case "double":
      return numberEquals;
    case "byte":
    case "short":
    case "integer":
    case "date":
    case "year_month_interval":
    case "long":
    case "timestamp":
    case "timestamp_ntz":
    case "day_time_interval":
    case "decimal":
    case "boolean":
    case "string":
    case "char":
    case "varchar":
      return identityEquals;
    default: {
      const cmp = comparatorFor(type);
      return (a, b) => cmp(a, b) === 0;
    }
  }
}
