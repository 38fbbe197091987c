// TPC-H Q22 as a DataFrame program: the scalar avg becomes a one-row cross join, NOT EXISTS a left anti join.
import { F, col, dec, table, type SparkSession } from "./helpers.js";

export default function q22(spark: SparkSession) {
  const codes = ["13", "31", "23", "29", "30", "18", "17"];
  const customers = table(spark, "customer")
    .select(F.substring(col("c_phone"), 1, 2).alias("cntrycode"), "c_acctbal", "c_custkey")
    .where(col("cntrycode").isin(...codes));
  const avgBal = customers.where(col("c_acctbal").gt(dec("0.00"))).agg(F.avg("c_acctbal").alias("avg_bal"));
  return customers
    .crossJoin(avgBal)
    .where(col("c_acctbal").gt(col("avg_bal")))
    .join(table(spark, "orders"), col("c_custkey").equalTo(col("o_custkey")), "left_anti")
    .groupBy("cntrycode")
    .agg(F.count(F.lit(1)).alias("numcust"), F.sum("c_acctbal").alias("totacctbal"))
    .orderBy("cntrycode");
}
