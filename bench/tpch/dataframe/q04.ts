// TPC-H Q4 as a DataFrame program: EXISTS becomes a left semi join.
import { F, col, date, table, type SparkSession } from "./helpers.js";

export default function q04(spark: SparkSession) {
  const late = table(spark, "lineitem").where(col("l_commitdate").lt(col("l_receiptdate")));
  return table(spark, "orders")
    .where(col("o_orderdate").geq(date("1993-07-01")).and(col("o_orderdate").lt(F.expr("date '1993-07-01' + interval '3' month"))))
    .join(late, col("o_orderkey").equalTo(col("l_orderkey")), "left_semi")
    .groupBy("o_orderpriority")
    .agg(F.count(F.lit(1)).alias("order_count"))
    .orderBy("o_orderpriority");
}
