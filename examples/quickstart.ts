// The README quickstart, kept runnable (CI runs every example).
import os from "node:os";
import path from "node:path";
import { SparkSession, functions as F } from "../src/index.js";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const out = path.join(os.tmpdir(), `faisca-quickstart-${process.pid}`);
const spark = SparkSession.builder.appName("sales").master("local[*]").getOrCreate();

const df1 = spark.read.format("csv").option("header", "true").load(path.join(root, "data/raw/vendas.csv"));
await df1.repartition(2).write.format("parquet").mode("overwrite").save(path.join(out, "trusted/vendas"));

df1.createOrReplaceTempView("vendas");
await spark.sql("SELECT id_loja, COUNT(*) AS n FROM vendas GROUP BY id_loja ORDER BY n DESC").show();

const resumo = df1
  // raw data has malformed values: try_cast gives NULL where ANSI cast would raise CAST_INVALID_INPUT
  .withColumn("total", F.col("preco_unitario").try_cast("double").multiply(F.col("quantidade").try_cast("int")))
  .groupBy("id_loja")
  .agg(F.sum("total").alias("receita"), F.countDistinct("produto").alias("produtos"))
  .orderBy(F.desc("receita"));
await resumo.show();
await resumo.printSchema();
const rows = await resumo.collect(); // Row[]: rows[0].receita, rows[0].asDict()
console.log(rows[0]!.asDict());
await spark.stop();
