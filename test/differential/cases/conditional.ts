// CASE / COALESCE / IF / NULLIF / NVL / GREATEST / LEAST and their result types.
import { group, sql } from "../case.js";
import { emp, nums } from "../fixtures.js";

export default group("conditional", { fixtures: [emp, nums], compareNames: false, compareNullability: false }, [
  sql("case-searched", "SELECT id, CASE WHEN salary >= 100 THEN 'high' WHEN salary >= 80 THEN 'mid' ELSE 'low' END AS band FROM emp ORDER BY id"),
  sql("case-simple", "SELECT id, CASE dept WHEN 'eng' THEN 1 WHEN 'ops' THEN 2 END AS code FROM emp ORDER BY id"),
  sql("case-type-widening", "SELECT id, CASE WHEN id = 1 THEN i WHEN id = 2 THEN l ELSE dec END FROM nums WHERE id <= 3 ORDER BY id"),
  sql("case-int-and-double", "SELECT typeof(CASE WHEN true THEN 1 ELSE 2.5D END), CASE WHEN false THEN 1 ELSE 2.5 END"),
  sql("coalesce", "SELECT id, coalesce(bonus, salary), coalesce(dept, 'none'), coalesce(NULL, NULL, 3) FROM emp ORDER BY id"),
  sql("coalesce-types", "SELECT typeof(coalesce(1, 2L)), typeof(coalesce(1, 1.5)), typeof(coalesce(NULL, 'a'))"),
  sql("if", "SELECT id, IF(bonus IS NULL, 0D, bonus), IF(dept = 'eng', 'E', 'other') FROM emp ORDER BY id"),
  sql("greatest-least", "SELECT id, greatest(i, 0, -5), least(i, 0), greatest(d, i), least(s, 'b') FROM nums ORDER BY id"),
  sql("greatest-all-null", "SELECT greatest(NULL, NULL), least(CAST(NULL AS INT), NULL)"),
  sql("nested-case-in-where", "SELECT id FROM emp WHERE CASE WHEN bonus > 5 THEN true ELSE false END ORDER BY id"),
  sql("case-string-and-int-mix", "SELECT CASE WHEN id > 3 THEN 'x' ELSE id END FROM emp ORDER BY id", { error: "CAST_INVALID_INPUT" }),
  sql("case-numeric-string-and-int", "SELECT CASE WHEN id > 3 THEN '7' ELSE id END AS v, typeof(CASE WHEN id > 3 THEN '7' ELSE id END) FROM emp ORDER BY id"),
  sql("decode-function", "SELECT id, decode(dept, 'eng', 'E', 'ops', 'O', '?') FROM emp ORDER BY id"),
]);
