import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkSession } from "../../src/index.js";

/** A session with its own warehouse directory (tables are process-wide, as Spark's catalog). */
export function sessionWithWarehouse(): { spark: SparkSession; warehouse: string } {
  const warehouse = mkdtempSync(join(tmpdir(), "faisca-session-wh-"));
  const spark = SparkSession.builder.master("local[1]").config("spark.sql.session.timeZone", "UTC").config("spark.sql.warehouse.dir", warehouse).create();
  return { spark, warehouse };
}

export function errorClassOf(e: unknown): string | undefined {
  const err = e as { errorClass?: string; cause?: { errorClass?: string } };
  return err.errorClass ?? err.cause?.errorClass;
}
