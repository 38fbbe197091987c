// Micro-benchmarks: the same operation on every engine. The in-memory table `t` has one row per
// id in [0, rows) built by the same formula everywhere (so answers can be compared):
//   id BIGINT, k_low INT (100 keys), k_high INT (100,000 keys), s_low / s_high STRING ('key<k>'),
//   v DOUBLE in [0, 1000)
// and `d` is a 100,000-row dimension (id INT, w DOUBLE) for the join.

export interface MicroDef {
  name: string;
  unit: "ns/row" | "MB/s" | "ms";
  higherIsBetter: boolean;
  /** "memory" benches share one process that builds t and d; "file" ones read files. */
  group: "memory" | "file" | "startup";
  description: string;
  /** SQL over t / d / lineitem_csv / lineitem_pq / region_csv (sort is engine-specific). */
  sql?: string;
}

const groupBy = (k: string) =>
  `SELECT count(*) AS groups, sum(total) AS s FROM (SELECT ${k} AS k, sum(v * 2) AS total FROM t WHERE v >= 100 GROUP BY ${k}) g`;

export const MICRO: MicroDef[] = [
  {
    name: "startup",
    unit: "ms",
    higherIsBetter: false,
    group: "startup",
    description: "process start → first result of a small query (count and max over region.csv, 5 rows)",
    sql: "SELECT count(*) AS n, max(r_name) AS m FROM region_csv",
  },
  {
    name: "filter-project",
    unit: "ns/row",
    higherIsBetter: false,
    group: "memory",
    description: "`SELECT count(*), sum(v * 2 + 1) FROM t WHERE v >= 100` over the in-memory table",
    sql: "SELECT count(*) AS n, sum(v * 2 + 1) AS s FROM t WHERE v >= 100",
  },
  { name: "groupby-int-low", unit: "ns/row", higherIsBetter: false, group: "memory", description: "filter → project → group by an INT key with 100 values", sql: groupBy("k_low") },
  { name: "groupby-int-high", unit: "ns/row", higherIsBetter: false, group: "memory", description: "same, INT key with 100,000 values", sql: groupBy("k_high") },
  { name: "groupby-str-low", unit: "ns/row", higherIsBetter: false, group: "memory", description: "same, STRING key with 100 values", sql: groupBy("s_low") },
  { name: "groupby-str-high", unit: "ns/row", higherIsBetter: false, group: "memory", description: "same, STRING key with 100,000 values", sql: groupBy("s_high") },
  {
    name: "hash-join",
    unit: "ns/row",
    higherIsBetter: false,
    group: "memory",
    description: "inner equi-join of t (probe, all rows) with the 100,000-row d (build) + count/sum; ns per probe row",
    sql: "SELECT count(*) AS n, sum(d.w) AS s FROM t JOIN d ON t.k_high = d.id WHERE t.v >= 100",
  },
  {
    name: "sort",
    unit: "ns/row",
    higherIsBetter: false,
    group: "memory",
    description: "sort all rows of t by (v DESC, id) and return the last 5 (DuckDB: sorted CREATE TABLE; Polars: sort + tail; Spark and Faísca: orderBy + tail)",
  },
  {
    name: "csv-ingest",
    unit: "MB/s",
    higherIsBetter: true,
    group: "file",
    description: "read TPC-H lineitem.csv with its schema given + count/sum/max over five columns; MB/s of file",
    sql: "SELECT count(*) AS n, sum(l_quantity) AS q, sum(l_extendedprice) AS p, max(l_shipdate) AS d, max(l_comment) AS c FROM lineitem_csv",
  },
  {
    name: "parquet-scan",
    unit: "MB/s",
    higherIsBetter: true,
    group: "file",
    description: "scan TPC-H lineitem.parquet (snappy) + count/sum/min/max over four columns; MB/s of file",
    sql: "SELECT count(*) AS n, sum(l_extendedprice) AS p, min(l_comment) AS c, max(l_shipdate) AS d FROM lineitem_pq",
  },
];

/** The in-memory table's columns as Spark/DuckDB SQL expressions over a BIGINT `id`. */
export const T_EXPRS = [
  "id",
  "CAST((id * 7919) % 100 AS INT) AS k_low",
  "CAST((id * 7919) % 100000 AS INT) AS k_high",
  "concat('key', CAST((id * 7919) % 100 AS STRING)) AS s_low",
  "concat('key', CAST((id * 7919) % 100000 AS STRING)) AS s_high",
  "CAST((id * 31) % 1000 AS DOUBLE) AS v",
];
export const D_EXPRS = ["CAST(id AS INT) AS id", "CAST(id % 7 AS DOUBLE) AS w"];
export const D_ROWS = 100_000;
export const SORT_TAIL = 5;

export interface MicroTask {
  benches: string[];
  rows: number;
  runs: number;
  files: { csv: string; parquet: string; region: string; csvDdl: string; regionDdl: string };
  options: Record<string, string | number | boolean>;
}

export interface MicroRun {
  name: string;
  ok: boolean;
  error?: string;
  ms?: number[];
  cells?: (string | null)[][];
  endEpochMs?: number;
}
