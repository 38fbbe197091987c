// Three-valued logic, IN with nulls, null-safe equality.
import { group, sql } from "../case.js";
import { bools, nums } from "../fixtures.js";

export default group("nulls", { fixtures: [bools, nums], compareNames: false, compareNullability: false }, [
  sql("and-or-not", "SELECT a, b, a AND b, a OR b, NOT a FROM bools ORDER BY a NULLS FIRST, b NULLS FIRST"),
  sql("null-safe-equal", "SELECT a, b, a <=> b, a = b, a <> b FROM bools ORDER BY a NULLS FIRST, b NULLS FIRST"),
  sql("is-distinct-from", "SELECT a, b, a IS DISTINCT FROM b, a IS NOT DISTINCT FROM b FROM bools ORDER BY a NULLS FIRST, b NULLS FIRST"),
  sql("is-true-false-unknown", "SELECT a, a IS TRUE, a IS NOT TRUE, a IS FALSE, a IS UNKNOWN FROM bools WHERE b IS NULL ORDER BY a NULLS LAST"),
  sql("in-with-null-list", "SELECT id, i IN (10, NULL), i NOT IN (10, NULL), i IN (10, -3) FROM nums ORDER BY id"),
  sql("in-null-value", "SELECT NULL IN (1, 2), 1 IN (1, NULL), 3 IN (1, NULL), 3 NOT IN (1, NULL)"),
  sql("filter-null-drops-row", "SELECT id FROM nums WHERE i > 0 OR i <= 0 ORDER BY id"),
  sql("where-not-null-predicate", "SELECT id FROM nums WHERE NOT (i > 0) ORDER BY id"),
  sql("null-arithmetic", "SELECT NULL + 1, 1 - NULL, NULL * NULL, NULL / 2, -NULL"),
  sql("null-comparisons", "SELECT NULL = NULL, NULL <=> NULL, NULL < 1, NULL IS NULL, 1 IS NOT NULL"),
  sql("null-typed-columns", "SELECT NULL AS n, CAST(NULL AS INT) AS i, CAST(NULL AS STRING) AS s, typeof(NULL)"),
  sql("count-with-nulls", "SELECT count(*), count(i), count(l), count(s), count(DISTINCT s) FROM nums"),
  sql("isnull-isnotnull-functions", "SELECT id, isnull(i), isnotnull(s), nvl(i, -1), nvl2(s, 'has', 'none'), ifnull(s, '?') FROM nums ORDER BY id"),
  sql("nullif", "SELECT id, nullif(i, 10), nullif(s, 'a') FROM nums ORDER BY id"),
  sql("equal-null-function", "SELECT equal_null(a, b) FROM bools WHERE a IS NULL ORDER BY b NULLS FIRST"),
  sql("not-in-subquery-with-null", "SELECT id FROM nums WHERE i NOT IN (SELECT i FROM nums WHERE id = 3) ORDER BY id"),
  sql("in-subquery", "SELECT id FROM nums WHERE i IN (SELECT i FROM nums WHERE id <= 2) ORDER BY id"),
]);
