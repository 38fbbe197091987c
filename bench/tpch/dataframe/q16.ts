// TPC-H Q16 as a DataFrame program: NOT IN over a non-null key becomes a left anti join.
import { F, col, table, type SparkSession } from "./helpers.js";

export default function q16(spark: SparkSession) {
  const complaints = table(spark, "supplier").where(col("s_comment").like("%Customer%Complaints%")).select("s_suppkey");
  return table(spark, "partsupp")
    .join(
      table(spark, "part").where(
        col("p_brand").notEqual("Brand#45")
          .and(col("p_type").like("MEDIUM POLISHED%").not())
          .and(col("p_size").isin(49, 14, 23, 45, 19, 3, 36, 9)),
      ),
      col("p_partkey").equalTo(col("ps_partkey")),
    )
    .join(complaints, col("ps_suppkey").equalTo(col("s_suppkey")), "left_anti")
    .groupBy("p_brand", "p_type", "p_size")
    .agg(F.countDistinct("ps_suppkey").alias("supplier_cnt"))
    .orderBy(F.desc("supplier_cnt"), "p_brand", "p_type", "p_size");
}
