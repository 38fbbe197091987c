// TPC-H Q21 as a DataFrame program. EXISTS (another supplier in the order) ⇔ the order has more
// than one distinct supplier; NOT EXISTS (another late supplier) ⇔ its late lines have exactly one.
import { F, col, table, type SparkSession } from "./helpers.js";

export default function q21(spark: SparkSession) {
  const lineitem = table(spark, "lineitem");
  const late = lineitem.where(col("l_receiptdate").gt(col("l_commitdate")));
  const multi = lineitem
    .groupBy(col("l_orderkey").alias("m_orderkey"))
    .agg(F.countDistinct("l_suppkey").alias("m_n"))
    .where(col("m_n").gt(1));
  const onlyLate = late
    .groupBy(col("l_orderkey").alias("s_orderkey"))
    .agg(F.countDistinct("l_suppkey").alias("s_n"))
    .where(col("s_n").equalTo(1));
  return table(spark, "supplier")
    .join(table(spark, "nation").where(col("n_name").equalTo("SAUDI ARABIA")), col("s_nationkey").equalTo(col("n_nationkey")))
    .join(late, col("s_suppkey").equalTo(col("l_suppkey")))
    .join(table(spark, "orders").where(col("o_orderstatus").equalTo("F")), col("o_orderkey").equalTo(col("l_orderkey")))
    .join(multi, col("l_orderkey").equalTo(col("m_orderkey")), "left_semi")
    .join(onlyLate, col("l_orderkey").equalTo(col("s_orderkey")), "left_semi")
    .groupBy("s_name")
    .agg(F.count(F.lit(1)).alias("numwait"))
    .orderBy(F.desc("numwait"), "s_name")
    .limit(100);
}
