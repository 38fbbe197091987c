// SHOW PARTITIONS t: one `partition` column ("p=1/q=a"), from the table's partition directories.
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
import type { ShowPartitionsStatement } from "../../sql/statement.js";
import { qualifiedName, type TableDefinition } from "../catalog.js";
import { command, stringCols, type StatementContext } from "./context.js";
import { fsOf, requireTable } from "./tables.js";

export function runShowPartitions(ctx: StatementContext, stmt: ShowPartitionsStatement): DataFrame {
  return command(ctx, stringCols("partition"), async () => {
    const t = requireTable(ctx.state, stmt.name, "SHOW PARTITIONS");
    if (t.partitionColumns.length === 0) {
      throw new AnalysisException("INVALID_PARTITION_OPERATION.PARTITION_SCHEMA_IS_EMPTY", { name: qualifiedName(t.database, t.name) });
    }
    return (await listPartitions(t)).map((p) => [p]);
  });
}

/** Partition directory paths relative to the table ("p=1/q=a"), sorted. */
export async function listPartitions(t: TableDefinition): Promise<string[]> {
  const fs = fsOf(t.location);
  const out: string[] = [];
  const walk = async (dir: string, depth: number, prefix: string[]): Promise<void> => {
    if (depth === t.partitionColumns.length) {
      out.push(prefix.join("/"));
      return;
    }
    if (!(await fs.exists(dir))) return;
    const col = t.partitionColumns[depth]!.toLowerCase();
    for (const child of await fs.list(dir)) {
      const name = fs.basename(child.path);
      const eq = name.indexOf("=");
      if (!child.isDirectory || eq < 0 || name.slice(0, eq).toLowerCase() !== col) continue;
      await walk(child.path, depth + 1, [...prefix, name]);
    }
  };
  await walk(t.location, 0, []);
  return out.sort();
}
