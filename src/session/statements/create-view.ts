// CREATE [OR REPLACE] [GLOBAL] TEMPORARY VIEW / CREATE VIEW [IF NOT EXISTS]. The query is
// analyzed when the view is created (a missing table fails here, as in Spark) and stored
// unresolved, so each use re-resolves it. Persistent views live in the catalog with their text.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import { newPlanId, type LogicalPlan } from "../../plan/logical/unresolved.js";
import type { CreateViewStatement } from "../../sql/statement.js";
import { qualifiedName } from "../catalog.js";
import { analyzeQuery, noResult, type StatementContext } from "./context.js";
import { splitTableName, tableTypeOf } from "./tables.js";

export function runCreateView(ctx: StatementContext, stmt: CreateViewStatement): DataFrame {
  return noResult(ctx, async () => {
    const { state } = ctx;
    const plan: LogicalPlan = stmt.columns
      ? { kind: "to_df", planId: newPlanId(), input: stmt.query, columnNames: stmt.columns.map((c) => c.name) }
      : stmt.query;
    const qe = await analyzeQuery(state, plan);
    const name = stmt.name[stmt.name.length - 1]!;
    if (stmt.temporary && stmt.global) return state.catalog.createGlobalTempView(name, plan, stmt.replace, stmt.queryText);
    if (stmt.temporary) return state.catalog.createTempView(name, plan, stmt.replace, stmt.queryText);

    const [db, viewName] = splitTableName(state, stmt.name);
    const temp = referencedTempView(plan, (parts) => {
      const ref = state.catalog.resolve(parts);
      return ref !== null && ref.kind !== "table";
    });
    if (temp) {
      throw new AnalysisException("INVALID_TEMP_OBJ_REFERENCE", {
        obj: "VIEW",
        objName: qualifiedName(db, viewName),
        tempObj: "VIEW",
        tempObjName: temp.map(quoteId).join("."),
      });
    }
    const existing = state.catalog.getTable([db, viewName]);
    if (existing) {
      if (stmt.ifNotExists) return;
      if (tableTypeOf(existing) !== "VIEW") {
        throw new AnalysisException("EXPECT_VIEW_NOT_TABLE.NO_ALTERNATIVE", { operation: "CREATE OR REPLACE VIEW", tableName: qualifiedName(db, viewName) });
      }
      if (!stmt.replace) throw new AnalysisException("TABLE_OR_VIEW_ALREADY_EXISTS", { relationName: qualifiedName(db, viewName) });
      state.catalog.dropTable([db, viewName]);
    }
    state.catalog.createTable(
      {
        name: viewName,
        database: db,
        format: "",
        location: "",
        schema: await qe.schema(),
        partitionColumns: [],
        options: {},
        managed: false,
        tableType: "VIEW",
        properties: stmt.properties,
        ...(stmt.comment !== undefined ? { comment: stmt.comment } : {}),
        viewText: stmt.queryText,
        viewPlan: plan,
      },
      false,
    );
  });
}

/** The first temp view a plan reads by name (CTE names excluded), or undefined. A persistent
 *  view may not depend on session objects. */
function referencedTempView(root: LogicalPlan, isTemp: (parts: readonly string[]) => boolean): readonly string[] | undefined {
  const cteNames = new Set<string>();
  const stack: unknown[] = [root];
  const reads: (readonly string[])[] = [];
  const seen = new Set<unknown>();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== "object" || seen.has(x) || x instanceof Uint8Array) continue;
    seen.add(x);
    const o = x as Record<string, unknown>;
    if (o["kind"] === "with_cte") for (const c of o["ctes"] as { name: string }[]) cteNames.add(c.name.toLowerCase());
    if (o["kind"] === "read_table") reads.push(o["nameParts"] as string[]);
    for (const v of Object.values(o)) if (v && typeof v === "object") stack.push(v);
  }
  return reads.find((parts) => !(parts.length === 1 && cteNames.has(parts[0]!.toLowerCase())) && isTemp(parts));
}
