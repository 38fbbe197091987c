// TPC-H Q3 as a DataFrame program.
import { F, col, date, discPrice, table, type SparkSession } from "./helpers.js";

export default function q03(spark: SparkSession) {
  return table(spark, "customer")
    .where(col("c_mktsegment").equalTo("BUILDING"))
    .join(table(spark, "orders").where(col("o_orderdate").lt(date("1995-03-15"))), col("c_custkey").equalTo(col("o_custkey")))
    .join(table(spark, "lineitem").where(col("l_shipdate").gt(date("1995-03-15"))), col("l_orderkey").equalTo(col("o_orderkey")))
    .groupBy("l_orderkey", "o_orderdate", "o_shippriority")
    .agg(F.sum(discPrice()).alias("revenue"))
    .select("l_orderkey", "revenue", "o_orderdate", "o_shippriority")
    .orderBy(F.desc("revenue"), "o_orderdate")
    .limit(10);
}
