// Common types for expressions whose branches must agree: CASE WHEN / IF, COALESCE, IN lists,
// and the columns of UNION / INTERSECT / EXCEPT. All use Spark's wider-common-type rule
// (findWiderCommonType): null when no common type exists (the caller raises
// DATATYPE_MISMATCH.DATA_DIFF_TYPES / INCOMPATIBLE_COLUMN_TYPE).

import type { DataType } from "../../../types/data-type.js";
import { findWiderCommonType } from "./common-type.js";

/** Type every THEN/ELSE value is cast to. */
export const coerceForCaseWhen = (valueTypes: readonly DataType[]): DataType | null => findWiderCommonType(valueTypes);

/** Type every COALESCE argument is cast to. */
export const coerceForCoalesce = (argTypes: readonly DataType[]): DataType | null => findWiderCommonType(argTypes);

/** Type the IN value and every list element are cast to. */
export const coerceForIn = (valueType: DataType, listTypes: readonly DataType[]): DataType | null =>
  findWiderCommonType([valueType, ...listTypes]);

/** Per output column of a set operation, the type all children's columns are cast to (null
 *  where a column has no common type). `children[c][i]` is child c's column i. */
export function coerceForUnion(children: readonly (readonly DataType[])[]): (DataType | null)[] {
  if (children.length === 0) return [];
  const width = children[0]!.length;
  const out: (DataType | null)[] = [];
  for (let i = 0; i < width; i++) out.push(findWiderCommonType(children.map((c) => c[i]!)));
  return out;
}
