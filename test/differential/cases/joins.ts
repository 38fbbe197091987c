// Join types, USING, null keys, duplicate keys, non-equi conditions.
import { group, sql } from "../case.js";
import { dept, emp, l, r } from "../fixtures.js";

export default group("joins", { fixtures: [l, r, emp, dept] }, [
  sql("inner", "SELECT l.k, lv, rv FROM l JOIN r ON l.k = r.k"),
  sql("left", "SELECT l.k, lv, rv FROM l LEFT JOIN r ON l.k = r.k"),
  sql("right", "SELECT r.k, lv, rv FROM l RIGHT JOIN r ON l.k = r.k"),
  sql("full", "SELECT l.k, r.k, lv, rv FROM l FULL OUTER JOIN r ON l.k = r.k"),
  sql("left-semi", "SELECT * FROM l LEFT SEMI JOIN r ON l.k = r.k"),
  sql("left-anti", "SELECT * FROM l LEFT ANTI JOIN r ON l.k = r.k"),
  sql("cross", "SELECT l.k, r.k FROM l CROSS JOIN r WHERE l.k = 1"),
  sql("using", "SELECT * FROM l JOIN r USING (k)"),
  sql("left-using", "SELECT * FROM l LEFT JOIN r USING (k)"),
  sql("full-using", "SELECT * FROM l FULL JOIN r USING (k)"),
  sql("right-using", "SELECT * FROM l RIGHT JOIN r USING (k)"),
  sql("natural", "SELECT * FROM l NATURAL JOIN r"),
  sql("null-safe-join", "SELECT l.k, lv, rv FROM l JOIN r ON l.k <=> r.k"),
  sql("non-equi", "SELECT l.k, r.k FROM l JOIN r ON l.k < r.k"),
  sql("equi-plus-filter", "SELECT l.k, lv, rv FROM l JOIN r ON l.k = r.k AND rv <> 'r3b'"),
  sql("left-join-filter-in-on", "SELECT l.k, lv, rv FROM l LEFT JOIN r ON l.k = r.k AND r.rv = 'r3'"),
  sql("left-join-filter-in-where", "SELECT l.k, lv, rv FROM l LEFT JOIN r ON l.k = r.k WHERE rv IS NULL"),
  sql("emp-dept", "SELECT e.name, d.dname FROM emp e JOIN dept d ON e.dept = d.dept ORDER BY e.name"),
  sql("emp-dept-left-ordered", "SELECT e.name, d.dname, d.floor FROM emp e LEFT JOIN dept d ON e.dept = d.dept ORDER BY e.id"),
  sql("three-way", "SELECT l.k, r.k, e.name FROM l JOIN r ON l.k = r.k JOIN emp e ON e.id = r.k"),
  sql("self-join", "SELECT a.name, b.name FROM emp a JOIN emp b ON a.salary = b.salary AND a.id < b.id ORDER BY a.name, b.name"),
  sql("join-aggregate", "SELECT d.dname, count(e.id), sum(e.salary) FROM dept d LEFT JOIN emp e ON e.dept = d.dept GROUP BY d.dname ORDER BY d.dname"),
  sql("ambiguous-column", "SELECT k FROM l JOIN r ON l.k = r.k", { error: "AMBIGUOUS_REFERENCE" }),
  sql("comma-join", "SELECT l.lv, r.rv FROM l, r WHERE l.k = r.k"),
]);
