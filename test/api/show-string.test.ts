// show() output compared with what PySpark 4.1 prints for the same data (recorded outputs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F } from "../../src/index.js";
import { table, testSession, vendas } from "./helpers.js";

const spark = testSession();
const df = vendas(spark);

test("show() default: right-aligned cells, NULL for nulls", async () => {
  assert.equal(
    await df.showString(),
    table(`
+----+-------+-----+---+
|loja|produto|valor|qtd|
+----+-------+-----+---+
|  SP|   café| 12.5|  3|
|  SP|    pão| 0.75| 10|
|  RJ|   café| 13.0|  2|
|  RJ|  leite|  4.2|  0|
|  BH| queijo| NULL|  1|
+----+-------+-----+---+
`),
  );
});

test("show(2, 3): truncation below 4 characters cuts without dots, and the footer", async () => {
  assert.equal(
    await df.showString(2, 3),
    table(`
+----+-------+-----+---+
|loja|produto|valor|qtd|
+----+-------+-----+---+
|  SP|    caf|  12.|  3|
|  SP|    pão|  0.7| 10|
+----+-------+-----+---+
only showing top 2 rows`),
  );
});

test("show vertical", async () => {
  assert.equal(
    await df.showString(2, 20, true),
    "-RECORD 0-------\n loja    | SP   \n produto | café \n valor   | 12.5 \n qtd     | 3    \n" +
      "-RECORD 1-------\n loja    | SP   \n produto | pão  \n valor   | 0.75 \n qtd     | 10   \nonly showing top 2 rows",
  );
});

test("show(truncate=false): left-aligned, newlines escaped", async () => {
  const out = await df
    .select(F.lit("uma linha\ncom quebra e texto bem longo mesmo"), F.lit(null).cast("int").alias("n"))
    .showString(20, 0);
  const line = "|uma linha\\ncom quebra e texto bem longo mesmo|NULL|";
  assert.equal(
    out,
    "+---------------------------------------------+----+\n" +
      "|uma linha\\ncom quebra e texto bem longo mesmo|n   |\n" +
      "+---------------------------------------------+----+\n" +
      `${line}\n${line}\n${line}\n${line}\n${line}\n` +
      "+---------------------------------------------+----+\n",
  );
});

test("arithmetic and boolean columns over range", async () => {
  const out = await spark
    .range(3)
    .select(F.col("id"), F.col("id").divide(2).alias("half"), F.col("id").mod(2).equalTo(0).alias("even"))
    .showString();
  assert.equal(
    out,
    table(`
+---+----+-----+
| id|half| even|
+---+----+-----+
|  0| 0.0| true|
|  1| 0.5|false|
|  2| 1.0| true|
+---+----+-----+
`),
  );
});

test("casts keep the column name; double to int truncates", async () => {
  const out = await df.select(F.col("qtd").cast("string"), F.col("valor").cast("int"), F.col("qtd").cast("bigint").alias("q")).showString();
  assert.equal(
    out,
    table(`
+---+-----+---+
|qtd|valor|  q|
+---+-----+---+
|  3|   12|  3|
| 10|    0| 10|
|  2|   13|  2|
|  0|    4|  0|
|  1| NULL|  1|
+---+-----+---+
`),
  );
});
