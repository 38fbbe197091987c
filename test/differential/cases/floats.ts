// NaN and -0.0: comparisons, ordering, grouping, distinct, joins, aggregates.
import { group, sql } from "../case.js";
import { floats } from "../fixtures.js";

export default group("floats", { fixtures: [floats], compareNames: false, compareNullability: false }, [
  sql("nan-comparisons", "SELECT id, x = x, x > 0, x < 0, x = CAST('NaN' AS DOUBLE), x <=> CAST('NaN' AS DOUBLE) FROM floats ORDER BY id"),
  sql("zero-equality", "SELECT 0.0D = -0.0D, -0.0D < 0.0D, -0.0D <=> 0.0D"),
  sql("sort-asc", "SELECT id, x FROM floats ORDER BY x, id"),
  sql("sort-desc-nulls-first", "SELECT id, x FROM floats ORDER BY x DESC NULLS FIRST, id"),
  sql("group-by-nan-and-zero", "SELECT x, count(*) AS c FROM floats GROUP BY x ORDER BY x", { }),
  sql("distinct", "SELECT DISTINCT x FROM floats ORDER BY x", { }),
  sql("min-max", "SELECT min(x), max(x), count(x) FROM floats"),
  sql("min-max-without-nan", "SELECT min(x), max(x), sum(x) FROM floats WHERE NOT isnan(x)"),
  sql("sum-with-infinities", "SELECT sum(x) FROM floats WHERE id IN (4, 5)"),
  sql("isnan-nanvl", "SELECT id, isnan(x), nanvl(x, -99D) FROM floats ORDER BY id"),
  sql("join-on-nan-and-zero", "SELECT a.id, b.id FROM floats a JOIN floats b ON a.x = b.x ORDER BY a.id, b.id"),
  sql("nan-in-list", "SELECT id, x IN (CAST('NaN' AS DOUBLE), 1.0D) FROM floats ORDER BY id"),
  sql("greatest-least-nan", "SELECT greatest(x, 1.0D), least(x, 1.0D) FROM floats WHERE id IN (1, 2, 4) ORDER BY id"),
  sql("negative-zero-text", "SELECT CAST(-0.0D AS STRING), -0.0D, 0.0D * -1, CAST('-0' AS DOUBLE)"),
  sql("float-special-casts", "SELECT CAST('NaN' AS DOUBLE), CAST('Infinity' AS DOUBLE), CAST('-inf' AS DOUBLE), CAST(CAST('NaN' AS DOUBLE) AS INT)", { error: "CAST_OVERFLOW" }),
  sql("nan-to-long-try", "SELECT try_cast(CAST('NaN' AS DOUBLE) AS BIGINT), try_cast(CAST('Infinity' AS DOUBLE) AS INT)"),
  sql("double-printing", "SELECT 1.0E7D, 1.0E-3D, 123456789.0D, 1e-4D, 0.1D + 0.2D, 1e21D, 100.0D / 3"),
]);
