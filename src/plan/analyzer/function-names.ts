// How Spark names function calls in generated column names, where it differs from
// `name(args)`: math functions print upper-case (SQRT(2), CEIL(x)), some names keep the alias
// that was written (mod, ifnull, pow), and arguments left at their defaults are shown
// (round(x, 0), split(s, p, -1)). Checked against PySpark 4.1 (test/sql-golden).

/** Spark's printed name for a function called as `name` (lower-case), when not `name`. */
const PRETTY_NAMES: Readonly<Record<string, string>> = {
  ceil: "CEIL",
  floor: "FLOOR",
  sqrt: "SQRT",
  cbrt: "CBRT",
  exp: "EXP",
  expm1: "EXPM1",
  power: "POWER",
  log: "LOG",
  log10: "LOG10",
  log2: "LOG2",
  log1p: "LOG1P",
  sin: "SIN",
  cos: "COS",
  tan: "TAN",
  asin: "ASIN",
  acos: "ACOS",
  atan: "ATAN",
  atan2: "ATAN2",
  sinh: "SINH",
  cosh: "COSH",
  tanh: "TANH",
  cot: "COT",
  sec: "SEC",
  csc: "CSC",
  degrees: "DEGREES",
  radians: "RADIANS",
  signum: "SIGNUM",
  hypot: "HYPOT",
  rint: "rint",
  regexp_like: "REGEXP_LIKE",
  regexp: "REGEXP",
  e: "E",
  pi: "PI",
};

/** Default arguments Spark shows in names when the call omitted them: [arity, sql of default]. */
const DEFAULT_ARGS: Readonly<Record<string, readonly (readonly [number, string])[]>> = {
  round: [[1, "0"]],
  bround: [[1, "0"]],
  split: [[2, "-1"]],
  substr: [[2, "2147483647"]],
  substring: [[2, "2147483647"]],
  locate: [[2, "1"]],
  lpad: [[2, " "]],
  rpad: [[2, " "]],
  regexp_replace: [[3, "1"]],
  months_between: [[2, "true"]],
  percentile: [[2, "1"]],
  percentile_approx: [[2, "10000"]],
  approx_percentile: [[2, "10000"]],
  sort_array: [[1, "true"]],
  unix_timestamp: [[1, "yyyy-MM-dd HH:mm:ss"]],
  to_unix_timestamp: [[1, "yyyy-MM-dd HH:mm:ss"]],
  from_unixtime: [[1, "yyyy-MM-dd HH:mm:ss"]],
};

/** The name and argument list Spark prints for a call of `name` with `args` (already SQL). */
export function sparkCallName(name: string, args: readonly string[]): { name: string; args: string[] } {
  const lower = name.toLowerCase();
  const out = [...args];
  for (const [arity, sql] of DEFAULT_ARGS[lower] ?? []) if (out.length === arity) out.push(sql);
  return { name: PRETTY_NAMES[lower] ?? name, args: out };
}
