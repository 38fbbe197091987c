// TPC-H Q20 as a DataFrame program.
import { F, col, date, dec, table, type SparkSession } from "./helpers.js";

export default function q20(spark: SparkSession) {
  const shipped = table(spark, "lineitem")
    .where(col("l_shipdate").geq(date("1994-01-01")).and(col("l_shipdate").lt(date("1995-01-01"))))
    .groupBy("l_partkey", "l_suppkey")
    .agg(dec("0.5").multiply(F.sum("l_quantity")).alias("half_qty"));
  const forest = table(spark, "part").where(col("p_name").like("forest%")).select("p_partkey");
  const candidates = table(spark, "partsupp")
    .join(forest, col("ps_partkey").equalTo(col("p_partkey")), "left_semi")
    .join(shipped, col("l_partkey").equalTo(col("ps_partkey")).and(col("l_suppkey").equalTo(col("ps_suppkey"))))
    .where(col("ps_availqty").gt(col("half_qty")))
    .select("ps_suppkey");
  return table(spark, "supplier")
    .join(candidates, col("s_suppkey").equalTo(col("ps_suppkey")), "left_semi")
    .join(table(spark, "nation").where(col("n_name").equalTo("CANADA")), col("s_nationkey").equalTo(col("n_nationkey")))
    .select("s_name", "s_address")
    .orderBy("s_name");
}
