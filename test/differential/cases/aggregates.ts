// GROUP BY with count/sum/avg/min/max/count(DISTINCT), HAVING, global aggregates.
import { group, sql } from "../case.js";
import { emp, nums, sales } from "../fixtures.js";

export default group("aggregates", { fixtures: [emp, nums, sales], compareNames: false, compareNullability: false }, [
  sql("group-by-basic", "SELECT dept, count(*), sum(salary), avg(salary), min(salary), max(salary) FROM emp GROUP BY dept ORDER BY dept NULLS FIRST"),
  sql("count-distinct", "SELECT dept, count(DISTINCT salary), count(bonus) FROM emp GROUP BY dept ORDER BY dept NULLS LAST"),
  sql("having", "SELECT dept, sum(salary) AS total FROM emp GROUP BY dept HAVING sum(salary) > 100 ORDER BY total DESC"),
  sql("having-count", "SELECT dept FROM emp GROUP BY dept HAVING count(*) >= 2 ORDER BY dept"),
  sql("global-aggregates", "SELECT count(*), sum(salary), avg(bonus), min(hired), max(name) FROM emp"),
  sql("global-aggregate-empty-input", "SELECT count(*), sum(salary), avg(salary), max(name) FROM emp WHERE id < 0"),
  sql("group-by-empty-input", "SELECT dept, count(*) FROM emp WHERE id < 0 GROUP BY dept"),
  sql("sum-types", "SELECT typeof(sum(i)), typeof(sum(l)), typeof(sum(d)), typeof(sum(dec)), typeof(avg(i)), typeof(avg(dec)) FROM nums WHERE id IN (1, 2)"),
  sql("sum-decimal-avg-decimal", "SELECT sum(dec), avg(dec) FROM nums"),
  sql("sum-int-widens-to-bigint", "SELECT sum(i) FROM nums WHERE id IN (4, 1)"),
  sql("sum-bigint-overflow", "SELECT sum(l) FROM nums WHERE id IN (1, 3)", { error: "ARITHMETIC_OVERFLOW" }),
  sql("try-sum-overflow", "SELECT try_sum(l) FROM nums WHERE id IN (1, 3)"),
  sql("avg-double", "SELECT avg(d), sum(d) FROM nums WHERE id IN (1, 2, 5)"),
  sql("group-by-expression", "SELECT salary DIV 50 AS bucket, count(*) FROM emp GROUP BY salary DIV 50 ORDER BY bucket"),
  sql("group-by-ordinal", "SELECT dept, count(*) FROM emp GROUP BY 1 ORDER BY 1 NULLS FIRST"),
  sql("group-by-alias", "SELECT upper(dept) AS d, count(*) AS c FROM emp GROUP BY d ORDER BY d NULLS FIRST"),
  sql("multiple-keys", "SELECT dept, salary, count(*) FROM emp GROUP BY dept, salary ORDER BY dept NULLS FIRST, salary"),
  sql("aggregate-with-filter", "SELECT dept, count(*) FILTER (WHERE salary > 90), sum(salary) FILTER (WHERE bonus IS NOT NULL) FROM emp GROUP BY dept ORDER BY dept NULLS FIRST"),
  // Within 1e-12, but the last digit depends on the algorithm, so show() text is not compared.
  sql("stddev-variance", "SELECT stddev(salary), stddev_pop(salary), variance(salary), var_pop(salary) FROM emp", { compareShow: false }),
  sql("collect-list-sorted", "SELECT dept, sort_array(collect_list(name)), sort_array(collect_set(salary)) FROM emp GROUP BY dept ORDER BY dept NULLS FIRST"),
  sql("first-last-ignore-nulls", "SELECT first(bonus, true), last(bonus, true), any_value(dept IS NULL) FROM (SELECT * FROM emp WHERE id = 2 OR id = 6)"),
  sql("count-if-bool-and-or", "SELECT count_if(salary > 90), bool_and(salary > 50), bool_or(bonus > 10), every(id > 0), some(id > 6) FROM emp"),
  sql("min-max-by", "SELECT max_by(name, salary), min_by(name, salary) FROM emp WHERE id NOT IN (2, 4, 7)"),
  sql("distinct-sum-avg", "SELECT sum(DISTINCT salary), avg(DISTINCT salary), count(DISTINCT dept, salary) FROM emp"),
  sql("aggregate-nulls-only", "SELECT sum(amount), avg(amount), min(amount), count(amount) FROM sales WHERE amount IS NULL"),
  sql("rollup", "SELECT store, day, sum(amount) FROM sales WHERE day <= 2 GROUP BY ROLLUP(store, day) ORDER BY store NULLS FIRST, day NULLS FIRST"),
  sql("cube-grouping", "SELECT store, grouping(store), sum(amount) FROM sales GROUP BY CUBE(store) ORDER BY store NULLS FIRST", {}),
  sql("grouping-sets", "SELECT store, day, count(*) FROM sales GROUP BY GROUPING SETS ((store), (day)) ORDER BY store NULLS FIRST, day NULLS FIRST"),
  sql("non-grouped-column", "SELECT dept, name FROM emp GROUP BY dept", { error: "MISSING_AGGREGATION" }),
  sql("select-distinct", "SELECT DISTINCT dept FROM emp ORDER BY dept NULLS LAST"),
  sql("percentile-median", "SELECT median(salary), percentile(salary, 0.5), percentile_approx(salary, 0.5) FROM emp"),
]);
