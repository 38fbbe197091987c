// Decimal result precision and scale (Spark's DecimalPrecision rules) and exact values.
import { group, sql } from "../case.js";
import { nums } from "../fixtures.js";

export default group("decimals", { fixtures: [nums], compareNames: false, compareNullability: false }, [
  sql("add-sub-types", "SELECT 1.25 + 10.5, 1.25 - 100.125, typeof(1.25 + 10.5), typeof(CAST(1 AS DECIMAL(38,10)) + CAST(1 AS DECIMAL(38,2)))"),
  sql("multiply-types", "SELECT 1.25 * 2.5, typeof(1.25 * 2.5), typeof(CAST(1 AS DECIMAL(20,10)) * CAST(1 AS DECIMAL(20,10)))"),
  sql("divide-types", "SELECT 1.0 / 3, typeof(1.0 / 3), 10.00 / 4.0, typeof(CAST(1 AS DECIMAL(38,18)) / CAST(3 AS DECIMAL(38,18)))"),
  sql("divide-precision-loss", "SELECT CAST(1 AS DECIMAL(38,18)) / CAST(3 AS DECIMAL(38,18)), CAST(2 AS DECIMAL(38,0)) / CAST(3 AS DECIMAL(38,0))"),
  sql("remainder-types", "SELECT 10.5 % 3, typeof(10.5 % 3.25), -10.5 % 3"),
  sql("column-arith", "SELECT id, dec * dec, dec / 7, dec + 0.001, typeof(dec * dec) FROM nums ORDER BY id"),
  sql("int-decimal-coercion", "SELECT typeof(CAST(1 AS INT) + 1.5), typeof(CAST(1 AS BIGINT) * 1.5), typeof(CAST(1 AS TINYINT) + 1.5)"),
  sql("sum-avg-types", "SELECT sum(dec), avg(dec), typeof(sum(dec)), typeof(avg(dec)) FROM nums"),
  sql("round-decimal", "SELECT round(dec, 1), round(dec, -1), bround(dec, 1), typeof(round(dec, 1)) FROM nums WHERE id <= 2 ORDER BY id"),
  sql("big-literals", "SELECT 12345678901234567890.123456789, typeof(12345678901234567890.123456789), -0.000000000000000001"),
  sql("decimal-38-overflow", "SELECT CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0)) + 1", { error: "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION" }),
  sql("try-add-decimal-overflow", "SELECT try_add(CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0)), 1)"),
  sql("decimal-compare-different-scales", "SELECT 1.10 = 1.1, 1.10 > 1.099, CAST(1 AS DECIMAL(5,0)) = 1.000"),
  sql("decimal-double-mix", "SELECT 0.1 + 0.2D, typeof(0.1 + 0.2D), 1.5 * 2.0D"),
  sql("decimal-string-cast-show", "SELECT CAST(0 AS DECIMAL(10,5)), CAST(-1.5 AS DECIMAL(3,1)), CAST(1E-10 AS DECIMAL(20,15))"),
  sql("unary-minus-abs", "SELECT -dec, abs(dec), sign(dec) FROM nums WHERE dec IS NOT NULL ORDER BY id"),
]);
