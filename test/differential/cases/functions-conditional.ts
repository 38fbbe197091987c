// Conditional functions with NULLs, result type coercion and short-circuit evaluation:
// if, CASE, coalesce, nvl, nvl2, ifnull, nullif, nanvl, equal_null, decode, zeroifnull,
// nullifzero, IN, BETWEEN, isnull/isnotnull.
import { group, sql } from "../case.js";
import { bools, emp, floats, nums } from "../fixtures.js";

const ansiOff = { conf: { "spark.sql.ansi.enabled": "false" } };

export default group("functions-conditional", { fixtures: [nums, emp, bools, floats], compareNames: false, compareNullability: false, compareShow: false }, [
  sql("if-null-condition", "SELECT id, if(i > 0, 'pos', 'not'), if(NULL, 1, 2), if(i IS NULL, -1, i) FROM nums ORDER BY id"),
  sql("if-types", "SELECT if(true, 1, 2L), if(false, 1, 2.5), if(true, NULL, 'x'), typeof(if(true, 1, 2L)), typeof(if(true, 1, 2.5)), typeof(if(true, 1, 2.5D)), typeof(if(true, DATE'2024-01-01', TIMESTAMP'2024-01-01 00:00:00'))"),
  sql("if-short-circuit", "SELECT id, if(i = 0, NULL, 10 / i), if(true, 1, 1 / 0), if(false, 1 / 0, 2) FROM nums WHERE i IS NOT NULL ORDER BY id"),
  sql("if-condition-not-boolean", "SELECT if(1, 'a', 'b')", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("if-branch-mismatch", "SELECT if(true, 1, array(1))", { error: "DATATYPE_MISMATCH.DATA_DIFF_TYPES" }),
  sql("case-no-else-null", "SELECT id, CASE WHEN i > 5 THEN 'big' END, CASE i WHEN 10 THEN 'ten' WHEN NULL THEN 'null?' END FROM nums ORDER BY id"),
  sql("case-null-operand", "SELECT CASE NULL WHEN NULL THEN 1 ELSE 2 END, CASE WHEN CAST(NULL AS BOOLEAN) THEN 1 ELSE 2 END, CASE 1 WHEN 1.0 THEN 'eq' ELSE 'ne' END, CASE 'a' WHEN 'A' THEN 1 ELSE 0 END"),
  sql("case-types", "SELECT typeof(CASE WHEN true THEN 1 WHEN false THEN 2L ELSE 1.5 END), typeof(CASE WHEN true THEN 1Y ELSE 2S END), typeof(CASE WHEN true THEN 'a' ELSE NULL END), CASE WHEN false THEN 1 ELSE 2.5 END"),
  sql("case-short-circuit", "SELECT CASE WHEN true THEN 1 ELSE 1 / 0 END, CASE WHEN 1 = 2 THEN 1 / 0 ELSE 0 END, CASE 1 WHEN 1 THEN 'x' WHEN 1 / 0 THEN 'y' END"),
  sql("case-error-in-taken-branch", "SELECT CASE WHEN id = 5 THEN 1 / i ELSE 0 END FROM nums WHERE id = 5", { error: "DIVIDE_BY_ZERO" }),
  sql("coalesce-nulls", "SELECT id, coalesce(i, l, 0), coalesce(s, 'none'), coalesce(d, dec), coalesce(NULL, NULL) FROM nums ORDER BY id"),
  sql("coalesce-types", "SELECT typeof(coalesce(1Y, 2S)), typeof(coalesce(1, 2.5)), typeof(coalesce(1.5, 2.25D)), typeof(coalesce(DATE'2024-01-01', TIMESTAMP'2024-01-01 00:00:00')), typeof(coalesce(NULL, array(1))), coalesce(CAST(NULL AS DECIMAL(5,2)), 1)"),
  sql("coalesce-short-circuit", "SELECT coalesce(1, 1 / 0), coalesce(NULL, 2, 1 / 0)"),
  sql("coalesce-no-args", "SELECT coalesce()", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  sql("nvl-ifnull", "SELECT id, nvl(i, -1), ifnull(l, -1L), nvl(s, ''), ifnull(d, 0D), nvl(NULL, NULL), typeof(nvl(1, 2L)), typeof(ifnull(1, 2.5)) FROM nums ORDER BY id"),
  sql("nvl2", "SELECT id, nvl2(i, 'set', 'unset'), nvl2(s, s, 'x'), nvl2(NULL, 1, 2), nvl2(1, NULL, 2), typeof(nvl2(1, 2, 3L)) FROM nums ORDER BY id"),
  sql("nullif", "SELECT id, nullif(i, 0), nullif(s, ''), nullif(d, CAST('NaN' AS DOUBLE)), nullif(NULL, 1), nullif(1, NULL), nullif(1, 1.0), typeof(nullif(1, 2L)) FROM nums ORDER BY id"),
  sql("nullif-nan-zero", "SELECT id, nullif(x, 0D), nullif(x, -0.0D), nullif(x, x) FROM floats ORDER BY id"),
  sql("nanvl-conditional", "SELECT id, nanvl(x, 0D), nanvl(x, NULL) FROM floats ORDER BY id"),
  sql("equal-null", "SELECT equal_null(1, 1), equal_null(1, NULL), equal_null(NULL, NULL), equal_null('a', 'b'), equal_null(CAST('NaN' AS DOUBLE), CAST('NaN' AS DOUBLE)), equal_null(1, 1.0)"),
  sql("equal-null-column", "SELECT a, b, equal_null(a, b) FROM bools ORDER BY a NULLS FIRST, b NULLS FIRST"),
  sql("decode-search", "SELECT id, decode(dept, 'eng', 'E', 'ops', 'O'), decode(dept, 'eng', 'E', 'ops', 'O', '?'), decode(dept, NULL, 'null!', 'x') FROM emp ORDER BY id"),
  sql("decode-types", "SELECT decode(2, 1, 'one', 2, 'two'), decode(2, 1, 1, 2, 2.5), decode(NULL, 1, 'a', NULL, 'b', 'c'), typeof(decode(1, 1, 1, 2L))"),
  sql("zeroifnull-nullifzero", "SELECT id, zeroifnull(i), nullifzero(i), zeroifnull(d), nullifzero(dec), typeof(zeroifnull(l)) FROM nums ORDER BY id"),
  sql("in-list", "SELECT id, i IN (10, -3), i IN (10, NULL), i NOT IN (10, NULL), s IN ('a', 'b'), d IN (CAST('NaN' AS DOUBLE), 0D), dec IN (10.5, -0.01) FROM nums ORDER BY id"),
  sql("in-mixed-types", "SELECT 1 IN (1.0, 2), '1' IN (1, 2), 1L IN (1Y), DATE'2024-01-01' IN (TIMESTAMP'2024-01-01 00:00:00')"),
  sql("between", "SELECT id, i BETWEEN 0 AND 10, i NOT BETWEEN 0 AND 10, d BETWEEN -3 AND 2, s BETWEEN 'a' AND 'b', i BETWEEN NULL AND 10, i BETWEEN 10 AND 0 FROM nums ORDER BY id"),
  sql("isnull-isnotnull", "SELECT id, isnull(i), isnotnull(i), isnull(d), i IS NULL, s IS NOT NULL, isnan(d) FROM nums ORDER BY id"),
  sql("assert-true", "SELECT assert_true(1 < 2), assert_true(true, 'msg')"),
  sql("assert-true-fails", "SELECT assert_true(i > 0) FROM nums WHERE id = 2", { error: "USER_RAISED_EXCEPTION" }),
  sql("conditional-in-aggregate", "SELECT dept, sum(if(salary > 90, 1, 0)), count(CASE WHEN bonus IS NULL THEN 1 END), max(coalesce(bonus, -1D)) FROM emp GROUP BY dept ORDER BY dept NULLS FIRST"),
  sql("non-ansi-branch-mix", "SELECT id, CASE WHEN id > 3 THEN 'x' ELSE id END FROM emp ORDER BY id", { ...ansiOff, expectedToFail: "legacy (non-ANSI) type coercion: CASE of STRING and INT widens to STRING" }),
]);
