// DataFrame/SQL queries run with distributed execution on (stages on worker-thread executors)
// and off (driver): the rows must be identical — in order when the query orders them, as
// multisets otherwise. Run with AQE coalescing over 200 shuffle partitions, and without AQE
// over a few partitions (every reducer partition a separate task), with and without partial
// aggregation on the map side.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { functions as F, Window } from "../../../src/index.js";
import type { DataFrame } from "../../../src/api/dataframe.js";
import type { SparkSession } from "../../../src/index.js";
import { capture } from "../../../src/runtime/closure/capture.js";
import { onDistributedFallback } from "../../../src/exec/distributed/execute-distributed.js";
import { bothWays, distributedSession, newContext, recordEvents, sorted } from "./helpers.js";

const sc = newContext("local[2]");
const events = recordEvents(sc);
after(() => sc.stop());

function data(spark: SparkSession) {
  const sales = spark.createDataFrame(
    [
      ["SP", "café", 12.5, 3, 1],
      ["SP", "pão", 0.75, 10, 2],
      ["RJ", "café", 13.0, 2, 1],
      ["RJ", "leite", 4.25, 0, null],
      ["BH", "queijo", null, 1, 3],
      [null, "café", 2.5, 4, 1],
      ["SP", "café", 12.5, 3, 1],
      ["POA", "pão", -0.0, 5, 2],
      ["POA", "leite", 0.0, 6, null],
      ["REC", "bolo", Number.NaN, 7, 4],
      ["REC", "bolo", Number.NaN, 1, 4],
    ],
    "loja STRING, produto STRING, valor DOUBLE, qtd INT, cat INT",
  );
  const cats = spark.createDataFrame(
    [
      [1, "bebida"],
      [2, "padaria"],
      [3, "laticínio"],
      [5, "sem uso"],
      [null, "nula"],
    ],
    "cat INT, nome STRING",
  );
  return { sales, cats };
}

type Case = [name: string, ordered: boolean, make: (spark: SparkSession) => DataFrame];

const cases: Case[] = [
  ["filter + projection", false, (s) => data(s).sales.where(F.col("qtd").gt(2)).select("loja", F.col("valor").multiply(F.col("qtd")).alias("total"))],
  ["group-by aggregates", false, (s) => data(s).sales.groupBy("loja").agg(F.sum("qtd"), F.count("*"), F.avg("qtd"), F.min("valor"), F.max("produto"))],
  ["DISTINCT aggregates", false, (s) => data(s).sales.groupBy("produto").agg(F.countDistinct("loja"), F.sumDistinct("qtd"))],
  ["global aggregate", false, (s) => data(s).sales.agg(F.count("*"), F.sum("qtd"), F.countDistinct("produto"))],
  ["global aggregate of no rows", false, (s) => data(s).sales.where(F.col("qtd").gt(100)).agg(F.count("*"), F.sum("qtd"))],
  ["group by a double: -0.0 = 0.0, one NaN", false, (s) => data(s).sales.groupBy("valor").count()],
  ["inner join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, "cat"); }],
  ["left outer join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").equalTo(cats.col("cat")), "left"); }],
  ["right outer join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").equalTo(cats.col("cat")), "right"); }],
  ["full outer join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").equalTo(cats.col("cat")), "full"); }],
  ["left semi join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").equalTo(cats.col("cat")), "left_semi"); }],
  ["left anti join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").equalTo(cats.col("cat")), "left_anti"); }],
  ["null-safe join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").eqNullSafe(cats.col("cat"))); }],
  ["join with a residual condition", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").equalTo(cats.col("cat")).and(F.col("qtd").gt(2)), "left"); }],
  ["non-equi join", false, (s) => { const { sales, cats } = data(s); return sales.join(cats, sales.col("cat").lt(cats.col("cat")), "inner"); }],
  ["cross join", false, (s) => { const { sales, cats } = data(s); return sales.select("loja").crossJoin(cats.select("nome")); }],
  ["sort with nulls", true, (s) => data(s).sales.orderBy(F.col("loja").desc_nulls_last(), F.col("qtd").asc(), "produto")],
  ["sort + limit", true, (s) => data(s).sales.orderBy(F.desc("qtd"), "produto").limit(4)],
  ["offset after sort", true, (s) => data(s).sales.orderBy("qtd", "produto").offset(6)],
  ["window: row_number, running sum, rank without partitions", false, (s) =>
    data(s).sales
      .withColumn("rn", F.row_number().over(Window.partitionBy("loja").orderBy("qtd", "produto")))
      .withColumn("run", F.sum("qtd").over(Window.partitionBy("loja").orderBy("qtd")))
      .withColumn("rk", F.rank().over(Window.orderBy(F.desc("qtd"))))],
  ["union + distinct", false, (s) => { const { sales } = data(s); return sales.select("produto").union(sales.select("loja")).distinct(); }],
  ["unionByName of ranges", false, (s) => s.range(0, 20, 1, 3).unionByName(s.range(10, 30, 1, 2))],
  ["intersect / except / exceptAll / intersectAll", false, (s) => {
    const { sales } = data(s);
    const a = sales.select("produto", "cat");
    const b = sales.where(F.col("qtd").gt(2)).select("produto", "cat");
    return a.intersect(b).withColumn("op", F.lit("i"))
      .union(a.subtract(b).withColumn("op", F.lit("e")))
      .union(a.exceptAll(b).withColumn("op", F.lit("ea")))
      .union(a.intersectAll(b).withColumn("op", F.lit("ia")));
  }],
  ["describe", true, (s) => data(s).sales.describe("qtd", "cat")],
  ["rollup with grouping()", false, (s) => data(s).sales.rollup("loja", "produto").agg(F.sum("qtd"), F.grouping("loja"), F.grouping("produto"))],
  ["rollup and cube", false, (s) => data(s).sales.rollup("loja", "produto").agg(F.sum("qtd")).union(data(s).sales.cube("loja", "produto").agg(F.sum("qtd")))],
  ["explode + struct/array/map access", false, (s) =>
    data(s).sales
      .select("loja", F.array("produto", "loja").alias("a"), F.struct("qtd", "cat").alias("st"), F.create_map(F.col("produto"), F.col("qtd")).alias("m"))
      .select("loja", F.explode("a").alias("e"), F.col("st").getField("qtd").alias("q"), F.col("a").getItem(0).alias("a0"), F.col("m").getItem("café").alias("mc"))],
  ["na.drop", false, (s) => data(s).sales.na.drop()],
  ["na.fill (NaN in floating columns too)", false, (s) => data(s).sales.na.fill(0)],
  ["repartition by column, then aggregate", false, (s) => data(s).sales.repartition(5, F.col("produto")).groupBy("produto").agg(F.sum("qtd"))],
  ["round-robin repartition and coalesce", false, (s) => s.range(0, 100, 1, 3).repartition(4).coalesce(2).where(F.col("id").mod(3).equalTo(0))],
  ["range group-by", true, (s) => s.range(0, 10000, 1, 4).withColumn("k", F.col("id").mod(10)).groupBy("k").agg(F.sum("id"), F.max("id")).orderBy("k")],
  ["shippable UDF", false, (s) => data(s).sales.select(F.udf((x: number | null) => (x === null ? null : x * 2), "int")(F.col("qtd")).alias("d"))],
  ["SQL: GROUP BY/HAVING, CASE, scalar and IN subqueries", true, (s) => {
    const { sales, cats } = data(s);
    sales.createOrReplaceTempView("sales");
    cats.createOrReplaceTempView("cats");
    return s.sql(`
      SELECT loja, SUM(qtd) AS q, CASE WHEN SUM(qtd) > 5 THEN 'big' ELSE 'small' END AS size,
             (SELECT MAX(qtd) FROM sales) AS maxq
      FROM sales
      WHERE cat IN (SELECT cat FROM cats WHERE nome <> 'sem uso') AND loja IS NOT NULL
      GROUP BY loja HAVING COUNT(*) >= 1
      ORDER BY loja`);
  }],
];

for (const [label, conf] of [
  ["AQE, 200 shuffle partitions", { "spark.sql.adaptive.enabled": "true", "spark.sql.shuffle.partitions": "200" }],
  ["no AQE, 7 shuffle partitions, no partial aggregation", { "spark.sql.adaptive.enabled": "false", "spark.sql.shuffle.partitions": "7", "spark.faisca.distributed.partialAggregation": "false" }],
  ["no AQE, 5 shuffle partitions", { "spark.sql.adaptive.enabled": "false", "spark.sql.shuffle.partitions": "5" }],
] as const) {
  test(`distributed = driver over the query corpus (${label})`, async () => {
    const spark = distributedSession("local[2]", conf);
    const fallbacks: string[] = [];
    const off = onDistributedFallback((reason) => fallbacks.push(reason));
    try {
      for (const [name, ordered, make] of cases) {
        const [dist, local] = await bothWays(spark, () => make(spark));
        assert.ok(local.length > 0 || name.includes("no rows"), `${name}: the driver gives rows`);
        if (ordered) assert.deepEqual(dist, local, name);
        else assert.deepEqual(sorted(dist), sorted(local), name);
      }
      assert.deepEqual(fallbacks, [], "every corpus query ran on the executors");
    } finally {
      off();
    }
  });
}

test("a limit without order returns the requested number of rows", async () => {
  const spark = distributedSession("local[2]");
  assert.equal((await spark.range(0, 1000, 1, 4).limit(7).collect()).length, 7);
  assert.equal(await spark.range(0, 1000, 1, 4).where(F.col("id").mod(2).equalTo(0)).count(), 500);
  assert.deepEqual((await spark.range(0, 100, 1, 4).tail(2)).map((r) => r.get(0)), [98n, 99n]);
});

test("a UDF with a captured accumulator counts every row once, in every task", async () => {
  const spark = distributedSession("local[2]", { "spark.sql.adaptive.enabled": "false", "spark.sql.shuffle.partitions": "3" });
  const seen = sc.longAccumulator();
  const tally = F.udf(capture({ seen }, (x: bigint) => {
    seen.add(1);
    return x;
  }), "long");
  const rows = await spark.range(0, 500, 1, 4).select(tally(F.col("id")).alias("v")).withColumn("m", F.col("v").mod(2)).groupBy("m").count().collect();
  assert.equal(rows.length, 2);
  assert.equal(seen.value, 500);
});

test("a UDF that cannot be shipped runs the query on the driver, with the reason reported", async () => {
  const spark = distributedSession("local[2]");
  const factor = 3;
  const reasons: string[] = [];
  const off = onDistributedFallback((r) => reasons.push(r));
  try {
    const rows = await spark.range(0, 4, 1, 2).select(F.udf((x: bigint) => Number(x) * factor, "int")(F.col("id")).alias("y")).collect();
    assert.deepEqual(rows.map((r) => r.get(0)), [0, 3, 6, 9]);
    assert.equal(reasons.length, 1);
    assert.match(reasons[0]!, /UDF .* cannot be shipped.*'factor'/s);
  } finally {
    off();
  }
});

test("a groupBy runs as one DataFrame job of two stages on the shared listener bus", async () => {
  const spark = distributedSession("local[2]", { "spark.sql.adaptive.enabled": "false", "spark.sql.shuffle.partitions": "4" });
  await sc.runtime.bus.waitUntilEmpty();
  const from = events.length;
  const rows = await spark.range(0, 1000, 1, 3).withColumn("k", F.col("id").mod(3)).groupBy("k").count().collect();
  assert.equal(rows.length, 3);
  await sc.runtime.bus.waitUntilEmpty();
  const mine = events.slice(from);
  const jobs = mine.filter((e) => e.event === "SparkListenerJobStart");
  assert.equal(jobs.length, 1);
  const job = jobs[0]!;
  assert.ok(job.event === "SparkListenerJobStart" && job.stageInfos.length >= 2, "a map stage and a result stage");
  const mapTasks = mine.filter((e) => e.event === "SparkListenerTaskEnd" && e.taskType === "ShuffleMapTask");
  const resultTasks = mine.filter((e) => e.event === "SparkListenerTaskEnd" && e.taskType === "ResultTask");
  assert.equal(mapTasks.length, 3, "one map task per range partition");
  assert.equal(resultTasks.length, 4, "one reduce task per shuffle partition");
  const executors = new Set(mine.filter((e) => e.event === "SparkListenerTaskEnd").map((e) => (e.event === "SparkListenerTaskEnd" ? e.taskInfo.executorId : "")));
  assert.ok(executors.size >= 1 && ![...executors].includes("driver"));
});

test("a task's ANSI error surfaces with its error class and message, as on the driver", async () => {
  const spark = distributedSession("local[2]");
  const q = () => spark.range(0, 10, 1, 2).select(F.lit(100).divide(F.col("id").minus(7)).cast("int").alias("x"), F.col("id").cast("string").cast("int").plus(2147483647).alias("y"));
  const errorOf = async (): Promise<{ name: string; errorClass: string; message: string; messageParameters: unknown }> => {
    try {
      await q().collect();
    } catch (e) {
      const x = e as { name: string; errorClass: string; message: string; messageParameters: unknown };
      return { name: x.name, errorClass: x.errorClass, message: x.message, messageParameters: x.messageParameters };
    }
    throw new Error("expected the query to fail");
  };
  const dist = await errorOf();
  spark.conf.set("spark.faisca.distributed.enabled", "false");
  const local = await errorOf();
  assert.equal(dist.errorClass, "ARITHMETIC_OVERFLOW");
  assert.deepEqual(dist, local);
});

test("per-partition functions take the task's partition: monotonically_increasing_id, spark_partition_id", async () => {
  const spark = distributedSession("local[2]");
  const rows = await spark.range(0, 12, 1, 3).select(F.monotonically_increasing_id().alias("m"), F.spark_partition_id().alias("p")).collect();
  // Spark: partition index in the upper bits, row number within the partition in the lower 33.
  const expected = [0, 1, 2].flatMap((p) => [0, 1, 2, 3].map((i) => `Row(m=${(BigInt(p) << 33n) + BigInt(i)}, p=${p})`));
  assert.deepEqual(rows.map((r) => r.toString()), expected);
});
