// TPC-H Q7 as a DataFrame program.
import { F, col, date, discPrice, table, type SparkSession } from "./helpers.js";

export default function q07(spark: SparkSession) {
  const n1 = table(spark, "nation").select(col("n_nationkey").alias("n1_key"), col("n_name").alias("supp_nation"));
  const n2 = table(spark, "nation").select(col("n_nationkey").alias("n2_key"), col("n_name").alias("cust_nation"));
  return table(spark, "supplier")
    .join(table(spark, "lineitem").where(col("l_shipdate").between(date("1995-01-01"), date("1996-12-31"))), col("s_suppkey").equalTo(col("l_suppkey")))
    .join(table(spark, "orders"), col("o_orderkey").equalTo(col("l_orderkey")))
    .join(table(spark, "customer"), col("c_custkey").equalTo(col("o_custkey")))
    .join(n1, col("s_nationkey").equalTo(col("n1_key")))
    .join(n2, col("c_nationkey").equalTo(col("n2_key")))
    .where(
      col("supp_nation").equalTo("FRANCE").and(col("cust_nation").equalTo("GERMANY"))
        .or(col("supp_nation").equalTo("GERMANY").and(col("cust_nation").equalTo("FRANCE"))),
    )
    .select("supp_nation", "cust_nation", F.year(col("l_shipdate")).alias("l_year"), discPrice().alias("volume"))
    .groupBy("supp_nation", "cust_nation", "l_year")
    .agg(F.sum("volume").alias("revenue"))
    .orderBy("supp_nation", "cust_nation", "l_year");
}
