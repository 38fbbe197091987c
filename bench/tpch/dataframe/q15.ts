// TPC-H Q15 as a DataFrame program.
import { F, col, date, discPrice, table, type SparkSession } from "./helpers.js";

export default function q15(spark: SparkSession) {
  const revenue = table(spark, "lineitem")
    .where(col("l_shipdate").geq(date("1996-01-01")).and(col("l_shipdate").lt(date("1996-04-01"))))
    .groupBy(col("l_suppkey").alias("supplier_no"))
    .agg(F.sum(discPrice()).alias("total_revenue"));
  const top = revenue.agg(F.max("total_revenue").alias("max_revenue"));
  return table(spark, "supplier")
    .join(revenue, col("s_suppkey").equalTo(col("supplier_no")))
    .join(top, col("total_revenue").equalTo(col("max_revenue")))
    .select("s_suppkey", "s_name", "s_address", "s_phone", "total_revenue")
    .orderBy("s_suppkey");
}
