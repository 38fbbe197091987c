// TRUNCATE TABLE t [PARTITION (p = v, ...)]: deletes the table's (or the partition's) files,
// keeping the directories.
import type { DataFrame } from "../../api/dataframe.js";
import { escapePathName } from "../../io/partitioning/path-escaping.js";
import type { TruncateTableStatement } from "../../sql/statement.js";
import { QueryExecution } from "../query-execution.js";
import { oneRowRelation } from "../../sql/plan-build.js";
import { newPlanId } from "../../plan/logical/unresolved.js";
import { StringType } from "../../types/data-type.js";
import { noResult, type StatementContext } from "./context.js";
import { emptyDirectory, fsOf, requireTable } from "./tables.js";
import { listPartitions } from "./show-partitions.js";
import { refreshCachedTable } from "./refresh-table.js";

export function runTruncateTable(ctx: StatementContext, stmt: TruncateTableStatement): DataFrame {
  return noResult(ctx, async () => {
    const t = requireTable(ctx.state, stmt.name, "TRUNCATE TABLE");
    const fs = fsOf(t.location);
    if (!stmt.partition) {
      await emptyDirectory(t.location);
    } else {
      // Partitions whose directory values match every given p = v.
      const wanted = new Map<string, string>();
      for (const [k, v] of Object.entries(stmt.partition)) {
        if (!v) continue;
        const plan = { kind: "project" as const, planId: newPlanId(), input: oneRowRelation(), expressions: [{ kind: "cast" as const, child: v, dataType: StringType(), evalMode: "ansi" as const }] };
        const { rows } = await new QueryExecution(ctx.state, plan).collectInternal();
        wanted.set(k.toLowerCase(), escapePathName(String(rows[0]![0])));
      }
      for (const p of await listPartitions(t)) {
        const kv = p.split("/").map((s) => s.split("=") as [string, string]);
        if (kv.every(([k, v]) => !wanted.has(k.toLowerCase()) || wanted.get(k.toLowerCase()) === v)) {
          await emptyDirectory(fs.join(t.location, ...p.split("/")));
        }
      }
    }
    refreshCachedTable(ctx.state, t);
  });
}
