// How a fragment's output rows are spread over its partitions, as far as the planner knows —
// enough to skip an exchange whose distribution the data already has (Spark's
// EnsureRequirements): one partition satisfies every requirement; hash partitioning on a subset
// of the required keys satisfies clustering on them.

import type { AttributeRef, RExpr } from "../../plan/expr/resolved.js";
import { referencedAttributes, semanticEquals } from "../../plan/expr/transform.js";

export type Partitioning =
  | { readonly kind: "single" }
  /** Rows with equal `keys` (over the fragment's output attributes) share a partition. */
  | { readonly kind: "hash"; readonly keys: readonly RExpr[] }
  | { readonly kind: "unknown" };

export const SINGLE: Partitioning = { kind: "single" };
export const UNKNOWN: Partitioning = { kind: "unknown" };

/** Rows clustered by `keys` (empty keys: all rows in one partition). */
export function satisfies(p: Partitioning, numPartitions: number, keys: readonly RExpr[]): boolean {
  if (numPartitions === 1 || p.kind === "single") return true;
  if (keys.length === 0 || p.kind !== "hash") return false;
  return p.keys.every((k) => keys.some((r) => semanticEquals(k, r)));
}

/** The partitioning after an operator whose output is `output`: hash keys survive when every
 *  attribute they read is still there (a projection or aggregate passing them through). */
export function carried(p: Partitioning, output: readonly AttributeRef[]): Partitioning {
  if (p.kind !== "hash") return p;
  const ids = new Set(output.map((a) => a.exprId));
  return p.keys.every((k) => [...referencedAttributes(k)].every((id) => ids.has(id))) ? p : UNKNOWN;
}
