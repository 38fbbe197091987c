// TPC-H Q11 as a DataFrame program: the scalar subquery becomes a one-row cross join.
import { F, col, dec, table, type SparkSession } from "./helpers.js";

export default function q11(spark: SparkSession) {
  const german = table(spark, "partsupp")
    .join(table(spark, "supplier"), col("ps_suppkey").equalTo(col("s_suppkey")))
    .join(table(spark, "nation").where(col("n_name").equalTo("GERMANY")), col("s_nationkey").equalTo(col("n_nationkey")));
  const value = col("ps_supplycost").multiply(col("ps_availqty"));
  const threshold = german.agg(F.sum(value).multiply(dec("0.0001")).alias("threshold"));
  return german
    .groupBy("ps_partkey")
    .agg(F.sum(value).alias("value"))
    .crossJoin(threshold)
    .where(col("value").gt(col("threshold")))
    .select("ps_partkey", "value")
    .orderBy(F.desc("value"));
}
