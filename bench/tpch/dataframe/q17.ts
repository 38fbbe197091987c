// TPC-H Q17 as a DataFrame program: the correlated avg becomes a grouped aggregate joined back.
import { F, col, dec, table, type SparkSession } from "./helpers.js";

export default function q17(spark: SparkSession) {
  const avgQty = table(spark, "lineitem")
    .groupBy(col("l_partkey").alias("avg_partkey"))
    .agg(dec("0.2").multiply(F.avg("l_quantity")).alias("limit_qty"));
  return table(spark, "lineitem")
    .join(table(spark, "part").where(col("p_brand").equalTo("Brand#23").and(col("p_container").equalTo("MED BOX"))), col("p_partkey").equalTo(col("l_partkey")))
    .join(avgQty, col("p_partkey").equalTo(col("avg_partkey")))
    .where(col("l_quantity").lt(col("limit_qty")))
    .agg(F.sum("l_extendedprice").divide(dec("7.0")).alias("avg_yearly"));
}
