// The demo pipeline: raw → trusted → refined, the data-lake flow of the course notes, on the
// embedded engine with the sample data in data/raw/.
//
//   raw      data/raw/vendas.csv (sales, as exported: duplicates, returns, bad rows)
//            data/raw/lojas.json (stores)
//   trusted  cleaned, typed sales, written as Parquet (partitioned by month)
//   refined  revenue per store and month, ranked per city, written as Parquet
//            and queried with Spark SQL
//
// Run: npm run demo   (output goes to out/lake/, or the directory given as first argument)

import path from "node:path";
import { SparkSession, functions as F, Window } from "../src/index.js";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const lake = path.resolve(process.argv[2] ?? path.join(root, "out", "lake"));
const raw = path.join(root, "data", "raw");

const spark = SparkSession.builder.appName("pipeline-vendas").master("local[*]").config("spark.sql.session.timeZone", "UTC").getOrCreate();

// ---- raw: read as exported, keeping malformed lines visible ---------------------------------
const vendasRaw = spark.read
  .format("csv")
  .option("header", "true")
  .option("mode", "PERMISSIVE")
  .option("columnNameOfCorruptRecord", "_corrupt_record")
  .schema(
    "id_venda STRING, data_venda DATE, id_loja STRING, produto STRING, categoria STRING, " +
      "preco_unitario DECIMAL(10,2), quantidade INT, cliente STRING, pagamento STRING, _corrupt_record STRING",
  )
  .load(path.join(raw, "vendas.csv"));
const lojas = spark.read.json(path.join(raw, "lojas.json"));

console.log("== raw: vendas.csv ==");
await vendasRaw.drop("_corrupt_record").show(5);
console.log(`linhas brutas: ${await vendasRaw.count()}`);
const corrupt = vendasRaw.where(F.col("_corrupt_record").isNotNull());
console.log(`linhas malformadas: ${await corrupt.count()}`);
await corrupt.select("id_venda", "_corrupt_record").show(5, false);

// ---- trusted: clean, type and deduplicate ----------------------------------------------------
const trusted = vendasRaw
  .where(F.col("_corrupt_record").isNull())
  .drop("_corrupt_record")
  .withColumn("id_loja", F.trim(F.col("id_loja")))
  .withColumn("produto", F.trim(F.col("produto")))
  .withColumn("cliente", F.initcap(F.trim(F.col("cliente"))))
  .na.drop("any", undefined, ["id_venda", "data_venda", "quantidade", "preco_unitario"])
  .where(F.col("quantidade").gt(0))
  .dropDuplicates(["id_venda"])
  .withColumn("valor_total", F.col("preco_unitario").multiply(F.col("quantidade")))
  .withColumn("mes", F.date_format(F.col("data_venda"), "yyyy-MM"));

await trusted.repartition(2).write.format("parquet").mode("overwrite").partitionBy("mes").save(path.join(lake, "trusted", "vendas"));
const vendas = spark.read.parquet(path.join(lake, "trusted", "vendas"));
console.log("\n== trusted: vendas (Parquet, particionado por mês) ==");
await vendas.printSchema();
console.log(`linhas confiáveis: ${await vendas.count()}`);

// ---- refined: revenue per store and month, ranked per city -----------------------------------
const receita = vendas
  .join(lojas, "id_loja")
  .groupBy("cidade", "nome", "mes")
  .agg(
    F.sum("valor_total").alias("receita"),
    F.sum("quantidade").alias("itens"),
    F.countDistinct("cliente").alias("clientes"),
    F.round(F.avg("valor_total"), 2).alias("ticket_medio"),
  );
const porCidade = Window.partitionBy("cidade", "mes").orderBy(F.desc("receita"));
const refined = receita.withColumn("posicao_na_cidade", F.rank().over(porCidade));
await refined.write.mode("overwrite").parquet(path.join(lake, "refined", "receita_por_loja"));

console.log("\n== refined: receita por loja e mês ==");
spark.read.parquet(path.join(lake, "refined", "receita_por_loja")).createOrReplaceTempView("receita_por_loja");
await spark
  .sql(
    `SELECT cidade, nome, SUM(receita) AS receita_total, SUM(itens) AS itens
       FROM receita_por_loja
      GROUP BY cidade, nome
      ORDER BY receita_total DESC`,
  )
  .show();
await spark.sql("SELECT mes, nome, receita, posicao_na_cidade FROM receita_por_loja WHERE cidade = 'São Paulo' ORDER BY mes, posicao_na_cidade").show(6);

console.log(`\nlake escrito em ${lake}`);
await spark.stop();
