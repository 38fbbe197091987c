// A comparison program: DataFrame code written once, run on a real Spark through Spark Connect
// and on the local engine, whose rows and schemas must agree. The plans each program builds are
// walked to record which relation, expression and literal kinds the suite exercises.
import type { SparkSession } from "../../../src/api/spark-session.js";
import type { DataFrame } from "../../../src/api/dataframe.js";
import type { LogicalPlan } from "../../../src/plan/logical/unresolved.js";
import type { DataType } from "../../../src/types/data-type.js";
import { TRANSLATED_RELATION_KINDS } from "../../../src/connect/translate/relations.js";
import { TRANSLATED_EXPRESSION_KINDS } from "../../../src/connect/translate/expressions.js";

export interface ProgramEnv {
  /** A directory private to this program and this side ("remote" or "local"). */
  readonly dir: string;
  /** A directory of input files shared by both sides (written before the suite starts). */
  readonly inputs: string;
  readonly side: "remote" | "local";
  /** Unique to this run, program and side: for table and view names on a long-lived server. */
  readonly tag: string;
}

export interface Program {
  readonly name: string;
  /** Builds the DataFrame; setup (views, writes) may run first. */
  build(spark: SparkSession, env: ProgramEnv): DataFrame | Promise<DataFrame>;
  /** Rows compared in order (the program sorts); otherwise as sorted multisets. */
  readonly ordered?: boolean;
  /** What is compared: rows (default), only the row count, only the schema, or the error
   *  both sides raise (type and Spark error class). */
  readonly compare?: "rows" | "count" | "schema" | "error";
  /** Column nullability (nested parts included) is compared unless this says why the local
   *  engine is known to differ from Spark there. */
  readonly localNullabilityDiffers?: string;
  /** A known difference of the local engine from Spark: the program still runs and reports,
   *  as a TODO test, but does not fail the suite. */
  readonly knownDifference?: string;
  /** Extra checks on each side's DataFrame (for results that differ by engine, like samples). */
  check?(df: DataFrame, side: "remote" | "local"): Promise<void>;
}

const RELATIONS = new Set<string>(TRANSLATED_RELATION_KINDS);
const EXPRESSIONS = new Set<string>(TRANSLATED_EXPRESSION_KINDS);

/** Kinds seen across every program's plan. */
export class Coverage {
  readonly relations = new Set<string>();
  readonly expressions = new Set<string>();
  readonly literalTypes = new Set<string>();
  readonly localRelationTypes = new Set<string>();

  record(plan: LogicalPlan): void {
    this.walk(plan, false);
  }

  private walk(node: unknown, inExpr: boolean): void {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const x of node) this.walk(x, inExpr);
      return;
    }
    const o = node as Record<string, unknown>;
    const kind = typeof o.kind === "string" ? o.kind : undefined;
    if (kind !== undefined && "planId" in o && RELATIONS.has(kind)) {
      this.relations.add(kind);
      if (kind === "local_relation") {
        for (const f of (o as unknown as { schema: { fields: { dataType: DataType }[] } }).schema.fields) typeKinds(f.dataType, this.localRelationTypes);
        return;
      }
    } else if (kind !== undefined && EXPRESSIONS.has(kind)) {
      this.expressions.add(kind);
      if (kind === "literal") {
        typeKinds((o as { dataType: DataType }).dataType, this.literalTypes);
        return;
      }
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === "dataType" || k === "schema" || k === "fn" && typeof v === "function") continue;
      this.walk(v, inExpr);
    }
  }
}

/** Every kind inside a type (array<map<string,int>> gives array, map, string, integer). */
function typeKinds(t: DataType, out: Set<string>): void {
  out.add(t.kind);
  if (t.kind === "array") typeKinds(t.elementType, out);
  else if (t.kind === "map") {
    typeKinds(t.keyType, out);
    typeKinds(t.valueType, out);
  } else if (t.kind === "struct") for (const f of t.fields) typeKinds(f.dataType, out);
}
