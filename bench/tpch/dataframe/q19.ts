// TPC-H Q19 as a DataFrame program: the join key common to the three disjuncts is joined on.
import { F, col, discPrice, table, type SparkSession } from "./helpers.js";

export default function q19(spark: SparkSession) {
  const common = col("l_shipmode").isin("AIR", "AIR REG").and(col("l_shipinstruct").equalTo("DELIVER IN PERSON"));
  const branch = (brand: string, containers: string[], lo: number, maxSize: number) =>
    col("p_brand").equalTo(brand)
      .and(col("p_container").isin(...containers))
      .and(col("l_quantity").geq(lo))
      .and(col("l_quantity").leq(lo + 10))
      .and(col("p_size").between(1, maxSize));
  return table(spark, "lineitem")
    .where(common)
    .join(table(spark, "part"), col("p_partkey").equalTo(col("l_partkey")))
    .where(
      branch("Brand#12", ["SM CASE", "SM BOX", "SM PACK", "SM PKG"], 1, 5)
        .or(branch("Brand#23", ["MED BAG", "MED BOX", "MED PKG", "MED PACK"], 10, 10))
        .or(branch("Brand#34", ["LG CASE", "LG BOX", "LG PACK", "LG PKG"], 20, 15)),
    )
    .agg(F.sum(discPrice()).alias("revenue"));
}
