// TPC-H Q18 as a DataFrame program: IN (subquery) becomes a left semi join.
import { F, col, table, type SparkSession } from "./helpers.js";

export default function q18(spark: SparkSession) {
  const big = table(spark, "lineitem")
    .groupBy(col("l_orderkey").alias("big_orderkey"))
    .agg(F.sum("l_quantity").alias("total_qty"))
    .where(col("total_qty").gt(300));
  return table(spark, "customer")
    .join(table(spark, "orders"), col("c_custkey").equalTo(col("o_custkey")))
    .join(big, col("o_orderkey").equalTo(col("big_orderkey")), "left_semi")
    .join(table(spark, "lineitem"), col("o_orderkey").equalTo(col("l_orderkey")))
    .groupBy("c_name", "c_custkey", "o_orderkey", "o_orderdate", "o_totalprice")
    .agg(F.sum("l_quantity").alias("sum_qty"))
    .orderBy(F.desc("o_totalprice"), "o_orderdate")
    .limit(100);
}
