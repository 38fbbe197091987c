// TPC-H Q10 as a DataFrame program.
import { F, col, date, discPrice, table, type SparkSession } from "./helpers.js";

export default function q10(spark: SparkSession) {
  return table(spark, "customer")
    .join(table(spark, "orders").where(col("o_orderdate").geq(date("1993-10-01")).and(col("o_orderdate").lt(date("1994-01-01")))), col("c_custkey").equalTo(col("o_custkey")))
    .join(table(spark, "lineitem").where(col("l_returnflag").equalTo("R")), col("l_orderkey").equalTo(col("o_orderkey")))
    .join(table(spark, "nation"), col("c_nationkey").equalTo(col("n_nationkey")))
    .groupBy("c_custkey", "c_name", "c_acctbal", "c_phone", "n_name", "c_address", "c_comment")
    .agg(F.sum(discPrice()).alias("revenue"))
    .select("c_custkey", "c_name", "revenue", "c_acctbal", "n_name", "c_address", "c_phone", "c_comment")
    .orderBy(F.desc("revenue"))
    .limit(20);
}
