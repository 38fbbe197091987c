// Window functions: ranking, offsets, running aggregates, frames.
import { group, sql } from "../case.js";
import { emp, sales } from "../fixtures.js";

export default group("windows", { fixtures: [sales, emp] }, [
  sql("row-number", "SELECT store, day, row_number() OVER (PARTITION BY store ORDER BY day) AS rn FROM sales ORDER BY store, day"),
  sql("rank-dense-rank", "SELECT store, day, amount, rank() OVER (PARTITION BY store ORDER BY amount DESC) AS rk, dense_rank() OVER (PARTITION BY store ORDER BY amount DESC) AS drk FROM sales ORDER BY store, day"),
  sql("percent-rank-ntile", "SELECT store, day, percent_rank() OVER (PARTITION BY store ORDER BY day) AS pr, ntile(2) OVER (PARTITION BY store ORDER BY day) AS nt, cume_dist() OVER (PARTITION BY store ORDER BY day) AS cd FROM sales ORDER BY store, day"),
  sql("lag-lead", "SELECT store, day, lag(amount) OVER (PARTITION BY store ORDER BY day) AS prev, lead(amount, 1, -1) OVER (PARTITION BY store ORDER BY day) AS next FROM sales ORDER BY store, day"),
  sql("lag-offset-2", "SELECT store, day, lag(day, 2) OVER (PARTITION BY store ORDER BY day) FROM sales ORDER BY store, day", { expectedToFail: "names: window expressions show lag's default and the implied frame (ROWS BETWEEN -2 FOLLOWING AND -2 FOLLOWING)" }),
  sql("running-sum", "SELECT store, day, sum(amount) OVER (PARTITION BY store ORDER BY day) AS running FROM sales ORDER BY store, day"),
  sql("running-sum-rows-frame", "SELECT store, day, sum(amount) OVER (PARTITION BY store ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM sales ORDER BY store, day"),
  sql("range-frame-ties", "SELECT store, day, amount, sum(day) OVER (PARTITION BY store ORDER BY amount) AS s FROM sales ORDER BY store, day"),
  sql("sliding-rows", "SELECT store, day, avg(amount) OVER (PARTITION BY store ORDER BY day ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS a FROM sales ORDER BY store, day"),
  sql("whole-partition", "SELECT store, day, sum(amount) OVER (PARTITION BY store) AS total, count(*) OVER (PARTITION BY store) AS n FROM sales ORDER BY store, day", {}),
  sql("no-partition", "SELECT store, day, row_number() OVER (ORDER BY store DESC, day DESC) AS rn FROM sales ORDER BY rn"),
  sql("first-last-value", "SELECT store, day, first_value(amount) OVER (PARTITION BY store ORDER BY day) AS f, last_value(amount) OVER (PARTITION BY store ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS l FROM sales ORDER BY store, day"),
  sql("nth-value", "SELECT store, day, nth_value(amount, 2) OVER (PARTITION BY store ORDER BY day) AS n2 FROM sales ORDER BY store, day"),
  sql("min-max-over", "SELECT dept, name, salary, max(salary) OVER (PARTITION BY dept) - salary AS gap FROM emp ORDER BY id"),
  sql("window-in-subquery-filter", "SELECT name, dept FROM (SELECT name, dept, row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id) AS rn FROM emp) WHERE rn = 1 ORDER BY name"),
  sql("named-window", "SELECT store, day, sum(amount) OVER w AS s, count(amount) OVER w AS c FROM sales WINDOW w AS (PARTITION BY store ORDER BY day) ORDER BY store, day", {}),
  sql("rank-with-null-order-key", "SELECT store, day, amount, rank() OVER (ORDER BY amount NULLS LAST) AS rk FROM sales ORDER BY rk, store, day"),
  sql("window-without-order-rank", "SELECT rank() OVER (PARTITION BY store) FROM sales", { error: "_LEGACY_ERROR_TEMP_1037" }),
]);
