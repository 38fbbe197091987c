// show() text: truncation, vertical, nulls, newlines, wide characters, row limits.
import { group, sql } from "../case.js";
import { emp, nested, strs } from "../fixtures.js";

export default group("show", { fixtures: [strs, emp, nested] }, [
  sql("default", "SELECT id, s FROM strs ORDER BY id", { }),
  sql("truncate-5", "SELECT id, s FROM strs ORDER BY id", { shows: [{ truncate: 5 }, { truncate: 3 }], }),
  sql("no-truncate", "SELECT id, s, repeat(coalesce(s, '-'), 5) AS long FROM strs ORDER BY id", { shows: [{ truncate: false }], }),
  sql("vertical", "SELECT id, name, bonus FROM emp ORDER BY id", { shows: [{ vertical: true }, { vertical: true, n: 2 }] }),
  sql("vertical-empty", "SELECT id FROM emp WHERE id < 0", { shows: [{ vertical: true }]}),
  sql("n-rows", "SELECT id, name FROM emp ORDER BY id", { shows: [{ n: 3 }, { n: 1 }, { n: 0 }] }),
  sql("empty-result", "SELECT id, name FROM emp WHERE id < 0 ORDER BY id"),
  sql("long-truncated-values", "SELECT repeat('abcdefghij', 3) AS a, 'short' AS b", { shows: [{ truncate: 25 }] }),
  sql("nested-values", "SELECT id, arr, m, st FROM nested ORDER BY id", { shows: [{ truncate: false }] }),
  sql("types-rendering", "SELECT 1.5D AS d, CAST(1.5 AS FLOAT) AS f, 1e20D AS big, 1.50 AS dec, true AS b, DATE'2024-01-31' AS dt, TIMESTAMP'2024-01-31 10:00:00.120' AS ts, X'0AFF' AS bin, CAST(NULL AS STRING) AS n", { expectedToFail: "nullability: a TIMESTAMP literal is NOT NULL" }),
  sql("column-names-as-spark", "SELECT id + 1, upper(name), name IS NULL, bonus * 2, CAST(id AS STRING), salary > 90 AND bonus > 1 FROM emp ORDER BY id", {}),
  sql("wide-characters", "SELECT '日本' AS jp, 'ｱｲｳ' AS half, '한국어' AS ko, 'abc' AS ascii", { shows: [{ truncate: false }, { vertical: true }] }),
  sql("control-characters", "SELECT 'a\\nb' AS nl, 'tab\\there' AS tab, 'cr\\rx' AS cr", { shows: [{ vertical: true }] }),
]);
