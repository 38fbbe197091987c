// Every window function of the registry (src/functions/window/) plus aggregates over frames:
// ROWS and RANGE frames with edge offsets (empty frames, offsets past the partition), NULL
// order keys, ties, DESC order, IGNORE NULLS, and frame/argument errors.
import { group, sql } from "../case.js";
import type { Fixture } from "../case.js";

/** Partitions with ties, NULL values and NULL order keys; `v` is unique within a partition. */
export const w: Fixture = {
  name: "w",
  schema: "p STRING, v INT, o INT, x DOUBLE, dt DATE",
  rows: [
    ["a", 1, 1, 10, "2024-01-01"],
    ["a", 2, 2, null, "2024-01-02"],
    ["a", 3, 2, 30, "2024-01-04"],
    ["a", 4, 5, 40, "2024-02-29"],
    ["a", 5, null, 50, null],
    ["b", 1, 10, null, "2023-12-31"],
    ["b", 2, 20, null, "2024-01-01"],
    ["c", 1, 7, 7, "2024-06-01"],
    [null, 1, 1, 1, "2024-01-01"],
  ],
};

const base = "FROM w ORDER BY p NULLS FIRST, v";
const part = "PARTITION BY p ORDER BY v";

export default group("functions-window", { fixtures: [w], compareNames: false, compareNullability: false, compareShow: false }, [
  sql("row-number", `SELECT p, v, row_number() OVER (${part}), row_number() OVER (ORDER BY p NULLS LAST, v DESC) ${base}`),
  sql("rank-ties-null-keys", `SELECT p, v, o, rank() OVER (PARTITION BY p ORDER BY o), dense_rank() OVER (PARTITION BY p ORDER BY o), rank() OVER (PARTITION BY p ORDER BY o DESC NULLS LAST) ${base}`),
  sql("percent-rank-cume-dist", `SELECT p, v, percent_rank() OVER (PARTITION BY p ORDER BY o), cume_dist() OVER (PARTITION BY p ORDER BY o), cume_dist() OVER (PARTITION BY p ORDER BY o DESC) ${base}`),
  sql("ntile", `SELECT p, v, ntile(2) OVER (${part}), ntile(3) OVER (${part}), ntile(10) OVER (${part}), ntile(1) OVER (${part}) ${base}`),
  sql("ntile-zero", "SELECT ntile(0) OVER (PARTITION BY p ORDER BY v) FROM w", { error: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE" }),
  sql("ntile-null", "SELECT ntile(NULL) OVER (PARTITION BY p ORDER BY v) FROM w", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("ntile-non-literal", "SELECT ntile(v) OVER (PARTITION BY p ORDER BY v) FROM w", { error: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT" }),
  sql("lag-lead-defaults", `SELECT p, v, lag(x) OVER (${part}), lead(x) OVER (${part}), lag(x, 2, -1D) OVER (${part}), lead(x, 3, 0D) OVER (${part}), lag(x, 0) OVER (${part}) ${base}`),
  sql("lag-lead-negative-offset", `SELECT p, v, lag(v, -1) OVER (${part}), lead(v, -2) OVER (${part}), lag(v, 10) OVER (${part}) ${base}`),
  sql("lag-lead-ignore-nulls", `SELECT p, v, lag(x) IGNORE NULLS OVER (${part}), lead(x) IGNORE NULLS OVER (${part}), lag(x, 2) IGNORE NULLS OVER (${part}) ${base}`),
  sql("lag-lead-types", `SELECT p, v, lag(dt) OVER (${part}), lead(dt, 1, DATE'1970-01-01') OVER (${part}), lag(p, 1, 'none') OVER (${part}), lag(v, 1, 1.5) OVER (${part}) ${base}`),
  sql("lag-non-literal-offset", "SELECT lag(v, v) OVER (PARTITION BY p ORDER BY v) FROM w", { error: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT" }),
  sql("nth-value", `SELECT p, v, nth_value(x, 2) OVER (${part}), nth_value(x, 2) OVER (${part} ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), nth_value(x, 1) IGNORE NULLS OVER (${part} ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), nth_value(x, 9) OVER (${part}) ${base}`),
  sql("nth-value-invalid", "SELECT nth_value(x, 0) OVER (PARTITION BY p ORDER BY v) FROM w", { error: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE" }),
  sql("first-last-value-ignore-nulls", `SELECT p, v, first_value(x) OVER (${part}), first_value(x, true) OVER (${part}), last_value(x) OVER (${part}), last_value(x) IGNORE NULLS OVER (${part} ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING), first(x) OVER (${part} ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) ${base}`),
  sql("rows-frames", `SELECT p, v, sum(v) OVER (${part} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), sum(v) OVER (${part} ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), sum(v) OVER (${part} ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING), sum(v) OVER (${part} ROWS 2 PRECEDING) ${base}`),
  sql("rows-frames-empty", `SELECT p, v, sum(v) OVER (${part} ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING), count(v) OVER (${part} ROWS BETWEEN 3 PRECEDING AND 2 PRECEDING), max(x) OVER (${part} ROWS BETWEEN 10 FOLLOWING AND 20 FOLLOWING), avg(x) OVER (${part} ROWS BETWEEN 5 PRECEDING AND 4 PRECEDING) ${base}`),
  sql("rows-frame-current-only", `SELECT p, v, sum(x) OVER (${part} ROWS BETWEEN CURRENT ROW AND CURRENT ROW), count(*) OVER (${part} ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING) ${base}`),
  sql("range-frames-int", `SELECT p, v, o, sum(v) OVER (PARTITION BY p ORDER BY o RANGE BETWEEN 1 PRECEDING AND CURRENT ROW), count(*) OVER (PARTITION BY p ORDER BY o RANGE BETWEEN CURRENT ROW AND 3 FOLLOWING), sum(v) OVER (PARTITION BY p ORDER BY o RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), sum(v) OVER (PARTITION BY p ORDER BY o RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) ${base}`),
  sql("range-frames-desc-single", `SELECT p, v, o, sum(v) OVER (PARTITION BY p ORDER BY o DESC RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING), sum(v) OVER (PARTITION BY p ORDER BY o DESC NULLS FIRST RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) ${base}`),
  sql("range-frame-null-keys", `SELECT p, v, o, count(*) OVER (PARTITION BY p ORDER BY o NULLS FIRST RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING), count(*) OVER (PARTITION BY p ORDER BY o NULLS LAST RANGE BETWEEN CURRENT ROW AND 10 FOLLOWING) ${base}`),
  sql("range-frame-double-key", `SELECT p, v, x, sum(v) OVER (PARTITION BY p ORDER BY x RANGE BETWEEN 10.5 PRECEDING AND 0.5 FOLLOWING) ${base}`),
  sql("range-frame-date-key", `SELECT p, v, dt, count(*) OVER (PARTITION BY p ORDER BY dt RANGE BETWEEN INTERVAL 2 DAYS PRECEDING AND CURRENT ROW), sum(v) OVER (PARTITION BY p ORDER BY dt RANGE BETWEEN CURRENT ROW AND INTERVAL '1' MONTH FOLLOWING) ${base}`),
  sql("range-frame-default-with-ties", `SELECT p, v, o, sum(v) OVER (PARTITION BY p ORDER BY o), count(*) OVER (PARTITION BY p ORDER BY o ROWS UNBOUNDED PRECEDING), max(v) OVER (PARTITION BY p ORDER BY o NULLS LAST) ${base}`),
  sql("range-frame-multi-order-error", "SELECT sum(v) OVER (PARTITION BY p ORDER BY o, v RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w", { error: "DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER" }),
  sql("range-frame-string-key-error", "SELECT sum(v) OVER (ORDER BY p RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w", { error: "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE" }),
  sql("frame-bounds-reversed-error", "SELECT sum(v) OVER (PARTITION BY p ORDER BY v ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) FROM w", { error: "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON" }),
  sql("ranking-with-frame-error", "SELECT row_number() OVER (PARTITION BY p ORDER BY v ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w", { error: "_LEGACY_ERROR_TEMP_1036" }),
  sql("lag-with-frame-error", "SELECT lag(v) OVER (PARTITION BY p ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM w", { error: "_LEGACY_ERROR_TEMP_1035" }),
  sql("aggregates-over-frames", `SELECT p, v, min(x) OVER (${part} ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), max(dt) OVER (${part} ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), count(x) OVER (${part}), avg(x) OVER (PARTITION BY p), stddev(x) OVER (${part} ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ${base}`),
  sql("collect-list-over-rows-frame", `SELECT p, v, collect_list(v) OVER (${part} ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), collect_set(o) OVER (PARTITION BY p) IS NOT NULL ${base}`),
  sql("window-no-partition-no-order", "SELECT p, v, count(*) OVER (), sum(v) OVER (), max(x) OVER () FROM w ORDER BY p NULLS FIRST, v"),
  sql("window-over-empty-input", "SELECT p, row_number() OVER (PARTITION BY p ORDER BY v), sum(v) OVER () FROM w WHERE v > 100"),
  sql("window-bigint-sum-and-types", `SELECT p, v, typeof(sum(v) OVER (${part})), typeof(avg(v) OVER (${part})), typeof(rank() OVER (${part})), typeof(percent_rank() OVER (${part})), typeof(ntile(2) OVER (${part})) ${base}`),
  sql("window-on-aggregate", "SELECT p, sum(v), rank() OVER (ORDER BY sum(v) DESC, p NULLS FIRST) FROM w GROUP BY p ORDER BY p NULLS FIRST"),
  sql("window-in-where-error", "SELECT p FROM w WHERE row_number() OVER (ORDER BY v) = 1", { error: "_LEGACY_ERROR_TEMP_1034" }),
  sql("window-function-without-over", "SELECT row_number() FROM w", { error: "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE" }),
]);
