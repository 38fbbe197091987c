import { SparkSession, functions as F } from "../../src/index.js";
import { SparkContext } from "../../src/rdd/spark-context.js";
const sc = new SparkContext({ master: "local[2]", appName: "t", conf: { "spark.ui.showConsoleProgress": "false" } });
const spark = SparkSession.builder.master("local[2]").config("spark.faisca.distributed.enabled", "true").config("spark.ui.showConsoleProgress", "false").getOrCreate();
const t0 = Date.now();
const df = spark.range(0, 1000, 1, 4).withColumn("k", F.col("id").mod(7)).groupBy("k").agg(F.sum("id").alias("s"), F.count("*").alias("c")).orderBy("k");
const rows = await df.collect();
console.log(rows.map((r: any) => r.toString()).join("\n"), Date.now() - t0);
await sc.stop();
