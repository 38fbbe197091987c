// TPC-H Q2 as a DataFrame program: the correlated min(ps_supplycost) becomes a grouped aggregate joined back.
import { F, col, table, type SparkSession } from "./helpers.js";

export default function q02(spark: SparkSession) {
  const europe = table(spark, "region").where(col("r_name").equalTo("EUROPE"));
  const suppliers = table(spark, "supplier")
    .join(table(spark, "nation"), col("s_nationkey").equalTo(col("n_nationkey")))
    .join(europe, col("n_regionkey").equalTo(col("r_regionkey")));
  const europeCosts = table(spark, "partsupp").join(suppliers, col("ps_suppkey").equalTo(col("s_suppkey")));
  const minCost = europeCosts.groupBy("ps_partkey").agg(F.min("ps_supplycost").alias("min_cost")).withColumnRenamed("ps_partkey", "min_partkey");
  return table(spark, "part")
    .where(col("p_size").equalTo(15).and(col("p_type").like("%BRASS")))
    .join(europeCosts, col("p_partkey").equalTo(col("ps_partkey")))
    .join(minCost, col("p_partkey").equalTo(col("min_partkey")).and(col("ps_supplycost").equalTo(col("min_cost"))))
    .select("s_acctbal", "s_name", "n_name", "p_partkey", "p_mfgr", "s_address", "s_phone", "s_comment")
    .orderBy(F.desc("s_acctbal"), "n_name", "s_name", "p_partkey")
    .limit(100);
}
