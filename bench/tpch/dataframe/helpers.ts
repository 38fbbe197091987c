// Small helpers the TPC-H DataFrame programs share, so each program reads like its SQL text.
import { functions as F, type Column, type DataFrame, type SparkSession } from "../../../src/index.js";

export { F };
export type { Column, DataFrame, SparkSession };

export const col = (name: string): Column => F.col(name);
/** A DATE literal, as SQL's `date '1994-01-01'`. */
export const date = (iso: string): Column => F.lit(iso).cast("date");
/** An exact decimal literal, as SQL's `0.05` (a JS number would be a DOUBLE). */
export const dec = (text: string): Column => {
  const frac = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  const digits = text.replace("-", "").replace(".", "").replace(/^0+(?=\d)/, "").length;
  return F.lit(text).cast(`decimal(${Math.max(digits, frac, 1)},${frac})`);
};
/** l_extendedprice * (1 - l_discount) */
export const discPrice = (): Column => col("l_extendedprice").multiply(F.lit(1).minus(col("l_discount")));
export const table = (spark: SparkSession, name: string): DataFrame => spark.table(name);
