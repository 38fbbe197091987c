// TPC-H Q12 as a DataFrame program.
import { F, col, date, table, type SparkSession } from "./helpers.js";

export default function q12(spark: SparkSession) {
  const high = col("o_orderpriority").equalTo("1-URGENT").or(col("o_orderpriority").equalTo("2-HIGH"));
  return table(spark, "orders")
    .join(
      table(spark, "lineitem").where(
        col("l_shipmode").isin("MAIL", "SHIP")
          .and(col("l_commitdate").lt(col("l_receiptdate")))
          .and(col("l_shipdate").lt(col("l_commitdate")))
          .and(col("l_receiptdate").geq(date("1994-01-01")))
          .and(col("l_receiptdate").lt(date("1995-01-01"))),
      ),
      col("o_orderkey").equalTo(col("l_orderkey")),
    )
    .groupBy("l_shipmode")
    .agg(
      F.sum(F.when(high, 1).otherwise(0)).alias("high_line_count"),
      F.sum(F.when(col("o_orderpriority").notEqual("1-URGENT").and(col("o_orderpriority").notEqual("2-HIGH")), 1).otherwise(0)).alias("low_line_count"),
    )
    .orderBy("l_shipmode");
}
