// Result schemas: names, types and nullability (compared field by field and as the
// printSchema() tree).
import { group, sql } from "../case.js";
import { emp, nested, nums } from "../fixtures.js";

export default group("schemas", { fixtures: [nums, nested, emp] }, [
  sql("literal-nullability", "SELECT 1 AS a, NULL AS b, 'x' AS c, CAST(NULL AS INT) AS d, 1 + 1 AS e"),
  sql("column-nullability", "SELECT id, CAST(i AS BIGINT) + 1, coalesce(i, 0), i IS NULL, count(*) OVER () FROM nums", {}),
  sql("aggregate-nullability", "SELECT count(i), sum(i), max(s), count(*) FROM nums"),
  sql("nested-types", "SELECT arr, m, st, array(1, 2), array(1, NULL), map('k', 1), named_struct('a', 1, 'b', CAST(NULL AS STRING)) FROM nested"),
  sql("struct-field-access", "SELECT st.x, st.*, arr[0], m['a'] FROM nested WHERE id IN (1, 4)", {}),
  sql("select-star-join-names", "SELECT * FROM emp a JOIN emp b ON a.id = b.id WHERE a.id = 1"),
  sql("unaliased-names", "SELECT id * 2, -id, CAST(id AS BIGINT), id = 1, id BETWEEN 1 AND 3, id IN (1, 2), s LIKE 'a%', sum(i) OVER (PARTITION BY s) FROM nums", {}),
  sql("function-names", "SELECT abs(i), coalesce(i, l), nvl(s, 'x'), substr(s, 1, 2), upper(s), concat(s, s), length(s), round(d, 1), trim(s) FROM nums WHERE id <> 6", {}),
  sql("case-names", "SELECT CASE WHEN id > 1 THEN 'a' END, CASE id WHEN 1 THEN 'x' ELSE 'y' END, IF(id > 1, 1, 0) FROM nums", {}),
  sql("decimal-column-types", "SELECT dec, dec * 2, dec / 2, sum(dec) OVER () FROM nums"),
  sql("not-null-array-elements", "SELECT array(1, 2) AS a, sequence(1, 3) AS s, split('a,b', ',') AS sp, map_keys(map('k', 1)) AS mk", { expectedToFail: "nullability: map_keys() elements are containsNull = true" }),
  sql("generator-schema", "SELECT posexplode(arr) FROM nested"),
]);
