// TPC-H Q13 as a DataFrame program.
import { F, col, table, type SparkSession } from "./helpers.js";

export default function q13(spark: SparkSession) {
  const orders = table(spark, "orders").where(col("o_comment").like("%special%requests%").not());
  return table(spark, "customer")
    .join(orders, col("c_custkey").equalTo(col("o_custkey")), "left")
    .groupBy("c_custkey")
    .agg(F.count("o_orderkey").alias("c_count"))
    .groupBy("c_count")
    .agg(F.count(F.lit(1)).alias("custdist"))
    .orderBy(F.desc("custdist"), F.desc("c_count"));
}
