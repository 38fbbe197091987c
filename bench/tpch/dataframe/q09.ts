// TPC-H Q9 as a DataFrame program.
import { F, col, discPrice, table, type SparkSession } from "./helpers.js";

export default function q09(spark: SparkSession) {
  return table(spark, "part")
    .where(col("p_name").like("%green%"))
    .join(table(spark, "lineitem"), col("p_partkey").equalTo(col("l_partkey")))
    .join(table(spark, "supplier"), col("s_suppkey").equalTo(col("l_suppkey")))
    .join(table(spark, "partsupp"), col("ps_suppkey").equalTo(col("l_suppkey")).and(col("ps_partkey").equalTo(col("l_partkey"))))
    .join(table(spark, "orders"), col("o_orderkey").equalTo(col("l_orderkey")))
    .join(table(spark, "nation"), col("s_nationkey").equalTo(col("n_nationkey")))
    .select(
      col("n_name").alias("nation"),
      F.year(col("o_orderdate")).alias("o_year"),
      discPrice().minus(col("ps_supplycost").multiply(col("l_quantity"))).alias("amount"),
    )
    .groupBy("nation", "o_year")
    .agg(F.sum("amount").alias("sum_profit"))
    .orderBy("nation", F.desc("o_year"));
}
