// ORDER BY directions, NULLS FIRST/LAST, multiple keys, LIMIT / OFFSET.
import { group, sql } from "../case.js";
import { emp, nums } from "../fixtures.js";

export default group("sorting", { fixtures: [emp, nums] }, [
  sql("asc-default-nulls-first", "SELECT id, bonus FROM emp ORDER BY bonus, id"),
  sql("desc-default-nulls-last", "SELECT id, bonus FROM emp ORDER BY bonus DESC, id"),
  sql("asc-nulls-last", "SELECT id, dept FROM emp ORDER BY dept ASC NULLS LAST, id DESC"),
  sql("desc-nulls-first", "SELECT id, dept FROM emp ORDER BY dept DESC NULLS FIRST, id"),
  sql("order-by-expression", "SELECT name FROM emp ORDER BY length(name) DESC, name"),
  sql("order-by-ordinal", "SELECT name, salary FROM emp ORDER BY 2 DESC, 1"),
  sql("order-by-alias", "SELECT name, salary * 2 AS double_salary FROM emp ORDER BY double_salary, name"),
  sql("order-by-not-selected", "SELECT name FROM emp ORDER BY id DESC"),
  sql("limit", "SELECT id FROM emp ORDER BY id LIMIT 3"),
  sql("limit-zero", "SELECT id FROM emp ORDER BY id LIMIT 0"),
  sql("offset", "SELECT id FROM emp ORDER BY id LIMIT 2 OFFSET 3"),
  sql("order-bigint-extremes", "SELECT id, l FROM nums ORDER BY l NULLS LAST, id"),
  sql("order-decimal", "SELECT id, dec FROM nums ORDER BY dec DESC NULLS LAST"),
  sql("order-strings-with-accents", "SELECT name FROM emp ORDER BY name DESC"),
  sql("order-by-date", "SELECT id, hired FROM emp ORDER BY hired NULLS LAST, id"),
  sql("order-boolean", "SELECT id, bonus > 5 AS b FROM emp ORDER BY b NULLS FIRST, id"),
]);
