// CREATE [OR REPLACE] [GLOBAL] TEMPORARY VIEW / CREATE VIEW [IF NOT EXISTS]. The query is
// analyzed when the view is created (a missing table fails here, as in Spark) and stored
// unresolved, so each use re-resolves it. Persistent views live in the catalog with their text.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
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
