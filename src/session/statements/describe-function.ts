// DESCRIBE FUNCTION [EXTENDED] f: function_desc rows (Function / Class / Usage, and Extended Usage).
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import { lookupFunction } from "../../functions/registry.js";
import type { DescribeFunctionStatement } from "../../sql/statement.js";
import { command, stringCols, type StatementContext } from "./context.js";

export function runDescribeFunction(ctx: StatementContext, stmt: DescribeFunctionStatement): DataFrame {
  return command(ctx, stringCols("function_desc"), () => {
    const name = stmt.name.toLowerCase();
    const udf = ctx.state.udfs.get(name);
    const def = lookupFunction(name);
    if (!udf && !def) {
      throw new AnalysisException("UNRESOLVED_ROUTINE", {
        routineName: quoteId(stmt.name),
        searchPath: "[`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]",
      });
    }
    const rows: string[][] = [[`Function: ${name}`], [`Class: ${udf ? "faisca.udf" : `faisca.${def!.kind}.${def!.name}`}`], ["Usage: N/A."]];
    if (stmt.extended) rows.push(["Extended Usage:\n    No example/argument for " + name + ".\n"]);
    return rows;
  });
}
