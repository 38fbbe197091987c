// TPC-H Q5 as a DataFrame program.
import { F, col, date, discPrice, table, type SparkSession } from "./helpers.js";

export default function q05(spark: SparkSession) {
  return table(spark, "customer")
    .join(table(spark, "orders").where(col("o_orderdate").geq(date("1994-01-01")).and(col("o_orderdate").lt(date("1995-01-01")))), col("c_custkey").equalTo(col("o_custkey")))
    .join(table(spark, "lineitem"), col("l_orderkey").equalTo(col("o_orderkey")))
    .join(table(spark, "supplier"), col("l_suppkey").equalTo(col("s_suppkey")).and(col("c_nationkey").equalTo(col("s_nationkey"))))
    .join(table(spark, "nation"), col("s_nationkey").equalTo(col("n_nationkey")))
    .join(table(spark, "region").where(col("r_name").equalTo("ASIA")), col("n_regionkey").equalTo(col("r_regionkey")))
    .groupBy("n_name")
    .agg(F.sum(discPrice()).alias("revenue"))
    .orderBy(F.desc("revenue"));
}
