// TPC-H Q6 as a DataFrame program.
import { F, col, date, dec, table, type SparkSession } from "./helpers.js";

export default function q06(spark: SparkSession) {
  return table(spark, "lineitem")
    .where(
      col("l_shipdate").geq(date("1994-01-01"))
        .and(col("l_shipdate").lt(date("1995-01-01")))
        .and(col("l_discount").between(dec("0.05"), dec("0.07")))
        .and(col("l_quantity").lt(24)),
    )
    .agg(F.sum(col("l_extendedprice").multiply(col("l_discount"))).alias("revenue"));
}
