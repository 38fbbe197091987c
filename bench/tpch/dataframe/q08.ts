// TPC-H Q8 as a DataFrame program.
import { F, col, date, discPrice, table, type SparkSession } from "./helpers.js";

export default function q08(spark: SparkSession) {
  const n1 = table(spark, "nation").select(col("n_nationkey").alias("n1_key"), col("n_regionkey").alias("n1_region"));
  const n2 = table(spark, "nation").select(col("n_nationkey").alias("n2_key"), col("n_name").alias("nation"));
  return table(spark, "part")
    .where(col("p_type").equalTo("ECONOMY ANODIZED STEEL"))
    .join(table(spark, "lineitem"), col("p_partkey").equalTo(col("l_partkey")))
    .join(table(spark, "supplier"), col("s_suppkey").equalTo(col("l_suppkey")))
    .join(table(spark, "orders").where(col("o_orderdate").between(date("1995-01-01"), date("1996-12-31"))), col("l_orderkey").equalTo(col("o_orderkey")))
    .join(table(spark, "customer"), col("o_custkey").equalTo(col("c_custkey")))
    .join(n1, col("c_nationkey").equalTo(col("n1_key")))
    .join(table(spark, "region").where(col("r_name").equalTo("AMERICA")), col("n1_region").equalTo(col("r_regionkey")))
    .join(n2, col("s_nationkey").equalTo(col("n2_key")))
    .select(F.year(col("o_orderdate")).alias("o_year"), discPrice().alias("volume"), "nation")
    .groupBy("o_year")
    .agg(F.sum(F.when(col("nation").equalTo("BRAZIL"), col("volume")).otherwise(0)).divide(F.sum("volume")).alias("mkt_share"))
    .orderBy("o_year");
}
