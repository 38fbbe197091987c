// TPC-H Q1 as a DataFrame program (same rows as queries/q01.sql).
import { F, col, discPrice, table, type SparkSession } from "./helpers.js";

export default function q01(spark: SparkSession) {
  return table(spark, "lineitem")
    .where(col("l_shipdate").leq(F.expr("date '1998-12-01' - interval '90' day")))
    .groupBy("l_returnflag", "l_linestatus")
    .agg(
      F.sum("l_quantity").alias("sum_qty"),
      F.sum("l_extendedprice").alias("sum_base_price"),
      F.sum(discPrice()).alias("sum_disc_price"),
      F.sum(discPrice().multiply(F.lit(1).plus(col("l_tax")))).alias("sum_charge"),
      F.avg("l_quantity").alias("avg_qty"),
      F.avg("l_extendedprice").alias("avg_price"),
      F.avg("l_discount").alias("avg_disc"),
      F.count(F.lit(1)).alias("count_order"),
    )
    .orderBy("l_returnflag", "l_linestatus");
}

