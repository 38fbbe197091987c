// UNION / INTERSECT / EXCEPT [ALL | DISTINCT] and their type coercion.
import { group, sql } from "../case.js";
import { l, r, nums } from "../fixtures.js";

export default group("setops", { fixtures: [l, r, nums] }, [
  sql("union-all", "SELECT k FROM l UNION ALL SELECT k FROM r"),
  sql("union-distinct", "SELECT k FROM l UNION SELECT k FROM r"),
  sql("intersect", "SELECT k FROM l INTERSECT SELECT k FROM r"),
  sql("intersect-all", "SELECT k FROM l INTERSECT ALL SELECT k FROM r"),
  sql("except", "SELECT k FROM l EXCEPT SELECT k FROM r"),
  sql("except-all", "SELECT k FROM l EXCEPT ALL SELECT k FROM r"),
  sql("minus", "SELECT k FROM r MINUS SELECT k FROM l"),
  sql("union-ordered", "SELECT k, lv AS v FROM l UNION ALL SELECT k, rv FROM r ORDER BY k NULLS LAST, v"),
  sql("union-type-widening", "SELECT i AS x FROM nums WHERE id = 1 UNION ALL SELECT l FROM nums WHERE id = 2 UNION ALL SELECT dec FROM nums WHERE id = 3"),
  sql("union-int-double", "SELECT 1 AS x UNION ALL SELECT 2.5D"),
  sql("union-names-from-first", "SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2 AS c, 'y' AS d"),
  sql("union-column-count-mismatch", "SELECT 1, 2 UNION SELECT 3", { error: "NUM_COLUMNS_MISMATCH" }),
  sql("union-nulls-dedupe", "SELECT CAST(NULL AS INT) AS x UNION SELECT NULL UNION SELECT 1"),
  sql("except-with-nulls", "SELECT k FROM l EXCEPT SELECT k FROM r WHERE k IS NOT NULL"),
  sql("nested-setops", "(SELECT k FROM l UNION SELECT k FROM r) EXCEPT (SELECT k FROM l INTERSECT SELECT k FROM r)"),
]);
