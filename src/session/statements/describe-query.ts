// DESCRIBE QUERY q: the query's columns as col_name / data_type / comment.
import type { DataFrame } from "../../api/dataframe.js";
import type { DescribeQueryStatement } from "../../sql/statement.js";
import { catalogString } from "../../types/type-strings.js";
import { analyzeQuery, command, stringCols, type StatementContext } from "./context.js";

export function runDescribeQuery(ctx: StatementContext, stmt: DescribeQueryStatement): DataFrame {
  return command(ctx, stringCols("col_name", "data_type", "comment"), async () => {
    const schema = await (await analyzeQuery(ctx.state, stmt.plan)).schema();
    return schema.fields.map((f) => [f.name, catalogString(f.dataType), null]);
  });
}
