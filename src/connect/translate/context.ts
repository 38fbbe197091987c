// State shared while one plan is translated: results of eager SQL commands (the server's own
// relation for `spark.sql(...)`), and the relations subquery expressions refer to by plan id.
import type { Relation } from "../proto/gen/spark/connect/relations_pb.js";
import type { LogicalPlan } from "../../plan/logical/unresolved.js";

export interface TranslateContext {
  /** The relation the server returned for an eager `spark.sql(...)`, by the Sql node's plan id. */
  readonly sqlResults: ReadonlyMap<number, Relation>;
  /** Subquery plans, by plan id; sent once in a WithRelations around the root. */
  readonly references: Map<number, Relation>;
  /** Translates a relation (lets expression translation reach relations without a cycle). */
  relation(plan: LogicalPlan): Relation;
}

/** Identifier text the server parses back into the same name parts (`a.b` stays two parts). */
export function quoteNameParts(parts: readonly string[]): string {
  return parts.map((p) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? p : "`" + p.replace(/`/g, "``") + "`")).join(".");
}
