// Filters above a Parquet scan reach the reader (row groups skipped by statistics) and explain
// shows them as Spark's FileScan does (PushedFilters: [GreaterThan(a,1), ...]).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkSession } from "../../../src/index.js";
import { filterText, translateFilter } from "../../../src/io/pushed-filters.js";
import type { RExpr } from "../../../src/plan/expr/resolved.js";
import { DateType, IntegerType, StringType, type DataType } from "../../../src/types/data-type.js";
import { planFileScan, readFileSplit } from "../../../src/io/file-scan.js";

const spark = SparkSession.builder.master("local[1]").config("spark.sql.session.timeZone", "UTC").create();
const dir = mkdtempSync(join(tmpdir(), "faisca-pushdown-"));

test("explain shows the pushed filters in Spark's data-source syntax", async () => {
  const p = join(dir, "one");
  await spark.sql("SELECT 1 AS a, 'ab' AS s, 1.5D AS d, DATE'2020-01-01' AS dt").write.parquet(p);
  const df = spark.read.parquet(p).filter("a > 1 AND dt >= DATE'2020-01-01'").select("a", "d");
  const formatted = await df.explainString("formatted");
  // PySpark 4.1 prints these for the same query (after its IsNotNull(...) entries, which come
  // from constraint inference).
  assert.match(formatted, /PushedFilters: \[.*GreaterThan\(a,1\), GreaterThanOrEqual\(dt,2020-01-01\)\]/);
  assert.match(formatted, /Location: InMemoryFileIndex \[file:.*one\]/);
  assert.match(formatted, /ReadSchema: struct<a:int,d:double,dt:date>/);
  const simple = await df.explainString();
  assert.match(simple, /FileScan parquet \[a#\d+,d#\d+,dt#\d+\] Batched: true, DataFilters: \[.*\], Format: Parquet, Location: InMemoryFileIndex\(1 paths\)\[file:.*one\], PartitionFilters: \[\], PushedFilters: \[.*GreaterThan\(a,1\).*\], ReadSchema: struct<a:int,d:double,dt:date>/);
});

test("pushed filters skip row groups and the query still filters rows", async () => {
  const p = join(dir, "groups");
  await spark.range(0, 5000).selectExpr("CAST(id AS INT) AS a", "CAST(id % 7 AS STRING) AS s").coalesce(1).write.option("parquet.block.size", "1024").parquet(p);
  const df = spark.read.parquet(p);
  assert.equal(await df.filter("a >= 4990").count(), 10);
  assert.equal(await df.filter("a < 3 OR a > 4997").count(), 5);
  assert.equal(await df.filter("a IN (1, 4999)").count(), 2);
  // The reader with the same filter reads whole row groups, far fewer than all rows.
  const plan = await planFileScan(p, "parquet", {});
  let read = 0;
  for (const part of plan.partitions) for (const split of part) for await (const b of readFileSplit(plan, split, [0], [{ op: "ge", column: "a", value: 4990 }])) read += b.numRows;
  assert.ok(read >= 10 && read < 2500, `read ${read} rows`);
});

const attr = (name: string, dataType: DataType, exprId = 1): RExpr => ({ kind: "attribute", name, dataType, nullable: true, exprId, qualifier: [] });
const lit = (value: unknown, dataType: DataType): RExpr => ({ kind: "literal", value, dataType, nullable: false });
const call = (name: string, ...args: RExpr[]): RExpr => ({ kind: "call", name, args, dataType: args[0]!.dataType, nullable: true, sql: name, fn: {} as never });

test("translation: comparisons either way round, IN, null checks, AND/OR/NOT; other shapes stay unpushed", () => {
  const cols = new Set(["a", "s", "dt"]);
  const types = new Map<string, DataType>([["a", IntegerType()], ["s", StringType()], ["dt", DateType()]]);
  const text = (e: RExpr) => {
    const f = translateFilter(e, cols);
    return f ? filterText(f, types) : null;
  };
  assert.equal(text(call(">", attr("a", IntegerType()), lit(1, IntegerType()))), "GreaterThan(a,1)");
  assert.equal(text(call(">", lit(1, IntegerType()), attr("a", IntegerType()))), "LessThan(a,1)");
  assert.equal(text(call("!=", attr("a", IntegerType()), lit(2, IntegerType()))), "Not(EqualTo(a,2))");
  assert.equal(text(call("<=", attr("dt", DateType()), lit(18262, DateType()))), "LessThanOrEqual(dt,2020-01-01)");
  assert.equal(text(call("startswith", attr("s", StringType()), lit("ab", StringType()))), "StringStartsWith(s,ab)");
  assert.equal(text({ kind: "is_not_null", child: attr("s", StringType()), dataType: IntegerType(), nullable: false } as RExpr), "IsNotNull(s)");
  const orExpr = { kind: "or", left: call("=", attr("a", IntegerType()), lit(1, IntegerType())), right: { kind: "is_null", child: attr("s", StringType()), dataType: IntegerType(), nullable: false }, dataType: IntegerType(), nullable: true } as RExpr;
  assert.equal(text(orExpr), "Or(EqualTo(a,1),IsNull(s))");
  assert.equal(text({ kind: "in", value: attr("a", IntegerType()), list: [lit(1, IntegerType()), lit(3, IntegerType())], dataType: IntegerType(), nullable: true } as RExpr), "In(a, [1,3])");
  // Not pushable: a column outside the data columns, a literal of another type, column op column.
  assert.equal(text(call("=", attr("p", IntegerType()), lit(1, IntegerType()))), null);
  assert.equal(text(call("=", attr("a", IntegerType()), lit("1", StringType()))), null);
  assert.equal(text(call("=", attr("a", IntegerType()), attr("a", IntegerType(), 2))), null);
});
