// DataFrame transformations end to end (expected outputs recorded from PySpark 4.1).
import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, Row } from "../../src/index.js";
import { table, testSession, vendas } from "./helpers.js";

const spark = testSession();
const df = vendas(spark);
const a = spark.createDataFrame([[1, "a"], [2, "b"]], "id INT, v STRING");
const b = spark.createDataFrame([["x", 1], ["y", 3]], "w STRING, id INT");

test("unionByName reorders columns by name", async () => {
  assert.equal(
    await a.unionByName(b.select("id", F.col("w").alias("v"))).showString(),
    table(`
+---+---+
| id|  v|
+---+---+
|  1|  a|
|  2|  b|
|  1|  x|
|  3|  y|
+---+---+
`),
  );
});

test("full outer join USING coalesces the key", async () => {
  assert.equal(
    await a.join(b, "id", "full").orderBy("id").showString(),
    table(`
+---+----+----+
| id|   v|   w|
+---+----+----+
|  1|   a|   x|
|  2|   b|NULL|
|  3|NULL|   y|
+---+----+----+
`),
  );
});

test("na.fill applies each value to columns of its type", async () => {
  const rows = await df.na.fill(0.0).na.fill("?").where(F.col("loja").equalTo("BH")).collect();
  assert.equal(String(rows[0]), "Row(loja='BH', produto='queijo', valor=0.0, qtd=1)");
});

test("dropDuplicates(subset) keeps one row per key", async () => {
  const rows = await df.dropDuplicates(["loja"]).orderBy("loja").select("loja").collect();
  assert.deepEqual(rows.map((r) => r.loja), ["BH", "RJ", "SP"]);
});

test("self join through df.col resolves each side", async () => {
  const other = spark.createDataFrame([["SP", "São Paulo"], ["RJ", "Rio"]], "sigla STRING, nome STRING");
  const rows = await df.join(other, df.col("loja").equalTo(other.col("sigla")), "left").select(df.col("produto"), other.col("nome")).collect();
  assert.deepEqual(
    rows.map((r) => [r.produto, r.nome]),
    [["café", "São Paulo"], ["pão", "São Paulo"], ["café", "Rio"], ["leite", "Rio"], ["queijo", null]],
  );
});

test("left semi and anti joins keep left columns only", async () => {
  const semi = await a.join(b, "id", "left_semi").collect();
  const anti = await a.join(b, "id", "left_anti").collect();
  assert.deepEqual(semi.map((r) => r.asDict()), [{ id: 1, v: "a" }]);
  assert.deepEqual(anti.map((r) => r.asDict()), [{ id: 2, v: "b" }]);
});

test("intersect, subtract and exceptAll", async () => {
  const x = spark.createDataFrame([[1], [1], [2], [3]], "n INT");
  const y = spark.createDataFrame([[1], [3], [4]], "n INT");
  const n = async (d: typeof x) => (await d.orderBy("n").collect()).map((r) => r.n);
  assert.deepEqual(await n(x.intersect(y)), [1, 3]);
  assert.deepEqual(await n(x.subtract(y)), [2]);
  assert.deepEqual(await n(x.exceptAll(y)), [1, 2]);
  assert.deepEqual(await n(x.intersectAll(y)), [1, 3]);
});

test("limit, offset, tail, first, head, take, isEmpty", async () => {
  const r = spark.range(10);
  assert.deepEqual((await r.limit(3).collect()).map((x) => x.id), [0n, 1n, 2n]);
  assert.deepEqual((await r.offset(8).collect()).map((x) => x.id), [8n, 9n]);
  assert.deepEqual((await r.tail(2)).map((x) => x.id), [8n, 9n]);
  assert.equal((await r.first())!.id, 0n);
  assert.equal(((await r.head()) as Row).id, 0n);
  assert.equal((await r.take(4)).length, 4);
  assert.equal(await r.where(F.col("id").gt(100)).isEmpty(), true);
});

test("withColumnRenamed, drop, toDF, columns and dtypes", async () => {
  const d = df.withColumnRenamed("qtd", "quantidade").drop("produto");
  assert.deepEqual(await d.columns(), ["loja", "valor", "quantidade"]);
  assert.deepEqual(await d.toDF("a", "b", "c").dtypes(), [["a", "string"], ["b", "double"], ["c", "int"]]);
});

test("selectExpr and string filters parse SQL expressions", async () => {
  const rows = await df.filter("qtd > 2").selectExpr("loja", "qtd * 2 AS dobro").collect();
  assert.deepEqual(rows.map((r) => [r.loja, r.dobro]), [["SP", 6], ["SP", 20]]);
});

test("printSchema tree", async () => {
  assert.equal(
    await df.withColumn("tags", F.array(F.col("produto"))).printSchemaString(),
    table(`
root
 |-- loja: string (nullable = true)
 |-- produto: string (nullable = true)
 |-- valor: double (nullable = true)
 |-- qtd: integer (nullable = true)
 |-- tags: array (nullable = false)
 |    |-- element: string (containsNull = true)
`),
  );
});

test("generated column names follow Spark", async () => {
  const cols = await df
    .select(
      F.col("valor").multiply(F.col("qtd")),
      F.upper("loja"),
      F.when(F.col("qtd").gt(2), "big").otherwise("small"),
      F.col("qtd").notEqual(1),
      F.col("qtd").unaryMinus(),
      F.lit(1.5),
      F.lit("x"),
      F.col("qtd").isin(1, 2),
      F.col("qtd").between(1, 3),
    )
    .columns();
  assert.deepEqual(cols, [
    "(valor * qtd)",
    "upper(loja)",
    "CASE WHEN (qtd > 2) THEN big ELSE small END",
    "(NOT (qtd = 1))",
    "negative(qtd)",
    "1.5",
    "x",
    "(qtd IN (1, 2))",
    "((qtd >= 1) AND (qtd <= 3))",
  ]);
});

test("a filter can use a column the select below it dropped (resolved through the Project)", async () => {
  const rows = await df.select("loja").filter(F.col("qtd").gt(5)).collect();
  assert.deepEqual(rows.map((r) => r.asDict()), [{ loja: "SP" }]);
});
