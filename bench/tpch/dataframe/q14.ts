// TPC-H Q14 as a DataFrame program.
import { F, col, date, dec, discPrice, table, type SparkSession } from "./helpers.js";

export default function q14(spark: SparkSession) {
  return table(spark, "lineitem")
    .where(col("l_shipdate").geq(date("1995-09-01")).and(col("l_shipdate").lt(date("1995-10-01"))))
    .join(table(spark, "part"), col("l_partkey").equalTo(col("p_partkey")))
    .agg(
      dec("100.00")
        .multiply(F.sum(F.when(col("p_type").like("PROMO%"), discPrice()).otherwise(0)))
        .divide(F.sum(discPrice()))
        .alias("promo_revenue"),
    );
}
