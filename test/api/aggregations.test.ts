// groupBy/agg, rollup, pivot, windows, describe: outputs recorded from PySpark 4.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, Window, IntegerType } from "../../src/index.js";
import { table, testSession, vendas } from "./helpers.js";

const spark = testSession();
const df = vendas(spark);

test("groupBy().agg() names and types as Spark", async () => {
  const d = df.groupBy("loja").agg(F.sum("valor"), F.count("*"), F.countDistinct("produto"), F.avg("qtd"));
  assert.equal(
    await d.printSchemaString(),
    table(`
root
 |-- loja: string (nullable = true)
 |-- sum(valor): double (nullable = true)
 |-- count(1): long (nullable = false)
 |-- count(DISTINCT produto): long (nullable = false)
 |-- avg(qtd): double (nullable = true)
`),
  );
});

test("the issue's example: revenue per store", async () => {
  const resumo = df
    .where(F.col("qtd").gt(0))
    .withColumn("total", F.col("valor").multiply(F.col("qtd")))
    .groupBy("loja")
    .agg(F.sum("total").alias("receita"), F.countDistinct("produto").alias("produtos"))
    .orderBy(F.desc("receita"));
  assert.equal(
    await resumo.showString(),
    table(`
+----+-------+--------+
|loja|receita|produtos|
+----+-------+--------+
|  SP|   45.0|       2|
|  RJ|   26.0|       1|
|  BH|   NULL|       1|
+----+-------+--------+
`),
  );
  const rows = await resumo.collect();
  assert.equal(rows[0]!.receita, 45);
  assert.deepEqual(rows[0]!.asDict(), { loja: "SP", receita: 45, produtos: 2n });
});

test("window: row_number and running sum per partition", async () => {
  const w = Window.partitionBy("loja").orderBy(F.desc("qtd"));
  const d = df.select("loja", "qtd", F.row_number().over(w).alias("rn"), F.sum("qtd").over(w).alias("acc")).orderBy("loja", "rn");
  assert.equal(
    await d.showString(),
    table(`
+----+---+---+---+
|loja|qtd| rn|acc|
+----+---+---+---+
|  BH|  1|  1|  1|
|  RJ|  2|  1|  2|
|  RJ|  0|  2|  2|
|  SP| 10|  1| 10|
|  SP|  3|  2| 13|
+----+---+---+---+
`),
  );
});

test("pivot with explicit values; missing combinations are null", async () => {
  const d = df.groupBy("loja").pivot("produto", ["café", "pão"]).sum("qtd").orderBy("loja");
  assert.equal(
    await d.showString(),
    table(`
+----+----+----+
|loja|café| pão|
+----+----+----+
|  BH|NULL|NULL|
|  RJ|   2|NULL|
|  SP|   3|  10|
+----+----+----+
`),
  );
});

test("pivot without values computes the sorted distinct values", async () => {
  assert.deepEqual(await df.groupBy("loja").pivot("produto").sum("qtd").columns(), ["loja", "café", "leite", "pão", "queijo"]);
});

test("rollup adds the grand total row", async () => {
  const d = df.rollup("loja").agg(F.count("*").alias("n")).orderBy("loja");
  assert.equal(
    await d.showString(),
    table(`
+----+---+
|loja|  n|
+----+---+
|NULL|  5|
|  BH|  1|
|  RJ|  2|
|  SP|  2|
+----+---+
`),
  );
});

test("describe() statistics as strings", async () => {
  assert.equal(
    await df.describe().showString(),
    table(`
+-------+----+-------+-----------------+----------------+
|summary|loja|produto|            valor|             qtd|
+-------+----+-------+-----------------+----------------+
|  count|   5|      5|                4|               5|
|   mean|NULL|   NULL|           7.6125|             3.2|
| stddev|NULL|   NULL|6.100597648318291|3.96232255123179|
|    min|  BH|   café|             0.75|               0|
|    max|  SP| queijo|             13.0|              10|
+-------+----+-------+-----------------+----------------+
`),
  );
});

test("count() and global aggregates over no rows", async () => {
  assert.equal(await df.count(), 5);
  const empty = df.where(F.col("qtd").gt(100));
  const rows = await empty.agg(F.count("*").alias("n"), F.sum("qtd").alias("s")).collect();
  assert.deepEqual(rows[0]!.asDict(), { n: 0n, s: null });
});

test("UDFs from the DataFrame API and from SQL", async () => {
  const dobro = F.udf((x: number | null) => (x === null ? null : x * 2), IntegerType());
  const rows = await df.select(dobro(F.col("qtd")).alias("d")).collect();
  assert.deepEqual(rows.map((r) => r.d), [6, 20, 4, 0, 2]);
  spark.udf.register("sigla_minuscula", (s: string) => s.toLowerCase(), "string");
  df.createOrReplaceTempView("udf_vendas");
  const sql = await spark.sql("SELECT DISTINCT sigla_minuscula(loja) AS s FROM udf_vendas ORDER BY s").collect();
  assert.deepEqual(sql.map((r) => r.s), ["bh", "rj", "sp"]);
});

test("groupBy on an aliased column names the key with the alias", async () => {
  const rows = await df.groupBy(F.upper(F.col("loja")).alias("k")).agg(F.sum("qtd").alias("q")).orderBy("k").collect();
  assert.deepEqual(rows.map((r) => r.asDict()), [
    { k: "BH", q: 1n },
    { k: "RJ", q: 2n },
    { k: "SP", q: 13n },
  ]);
});
