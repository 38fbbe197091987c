// pyspark.sql.functions for TypeScript: `import { functions as F } from "faisca"`.
// Every function builds an unresolved call by its Spark SQL name; the shared registry binds it.
// String arguments are column names unless PySpark treats that argument as a literal
// (patterns, formats, separators): those are marked below.

import type { Expr } from "../plan/expr/unresolved.js";
import type { DataType } from "../types/data-type.js";
import { Column, colExpr, literalExpr, resolveTypeArg, toExpr, type ColumnOrName } from "./column.js";

const call = (name: string, args: Expr[], isDistinct = false): Column =>
  new Column({ kind: "unresolved_function", name, args, isDistinct });

/** Function whose arguments are all columns (strings are column names). */
const cols =
  (name: string) =>
  (...args: ColumnOrName[]): Column =>
    call(name, args.map(colExpr));

/** Column first, then literal arguments (pattern, format, separator, counts). */
const colThenLits =
  (name: string) =>
  (c: ColumnOrName, ...lits: unknown[]): Column =>
    call(name, [colExpr(c), ...lits.map(toExpr)]);

const lit = (v: unknown): Column => (v instanceof Column ? v : new Column(literalExpr(v)));

export const functions = {
  // Columns and literals
  col: (name: string): Column => new Column(colExpr(name)),
  column: (name: string): Column => new Column(colExpr(name)),
  lit,
  expr: (sql: string): Column => new Column({ kind: "expression_string", expression: sql }),
  typedLit: lit,
  asc: (c: ColumnOrName) => new Column(colExpr(c)).asc(),
  desc: (c: ColumnOrName) => new Column(colExpr(c)).desc(),
  asc_nulls_first: (c: ColumnOrName) => new Column(colExpr(c)).asc_nulls_first(),
  asc_nulls_last: (c: ColumnOrName) => new Column(colExpr(c)).asc_nulls_last(),
  desc_nulls_first: (c: ColumnOrName) => new Column(colExpr(c)).desc_nulls_first(),
  desc_nulls_last: (c: ColumnOrName) => new Column(colExpr(c)).desc_nulls_last(),
  broadcast: <T>(df: T): T => df,
  call_function: (name: string, ...args: ColumnOrName[]) => call(name, args.map(colExpr)),
  udf: (fn: (...args: any[]) => unknown, returnType: DataType | string = "string", name?: string) => {
    const dt = resolveTypeArg(returnType);
    const udfName = name ?? (fn.name || "udf");
    return Object.assign(
      (...args: ColumnOrName[]) =>
        new Column({ kind: "user_function", name: udfName, fn, returnType: dt, args: args.map(colExpr), deterministic: true }),
      { returnType: dt, func: fn },
    );
  },

  // Conditionals
  when: (condition: Column, value: unknown): Column => call("when", [condition.expr, toExpr(value)]),
  coalesce: cols("coalesce"),
  isnull: cols("isnull"),
  isnotnull: cols("isnotnull"),
  isnan: cols("isnan"),
  nanvl: cols("nanvl"),
  nullif: cols("nullif"),
  nvl: cols("nvl"),
  nvl2: cols("nvl2"),
  ifnull: cols("ifnull"),
  greatest: cols("greatest"),
  least: cols("least"),
  not: (c: ColumnOrName) => call("not", [colExpr(c)]),

  // Aggregates
  count: (c: ColumnOrName) => call("count", [c === "*" ? { kind: "unresolved_star" } : colExpr(c)]),
  countDistinct: (c: ColumnOrName, ...more: ColumnOrName[]) => call("count", [c, ...more].map(colExpr), true),
  count_distinct: (c: ColumnOrName, ...more: ColumnOrName[]) => call("count", [c, ...more].map(colExpr), true),
  sum: cols("sum"),
  sumDistinct: (c: ColumnOrName) => call("sum", [colExpr(c)], true),
  sum_distinct: (c: ColumnOrName) => call("sum", [colExpr(c)], true),
  avg: cols("avg"),
  mean: cols("mean"),
  min: cols("min"),
  max: cols("max"),
  first: (c: ColumnOrName, ignoreNulls = false) => call("first", [colExpr(c), literalExpr(ignoreNulls)]),
  last: (c: ColumnOrName, ignoreNulls = false) => call("last", [colExpr(c), literalExpr(ignoreNulls)]),
  any_value: cols("any_value"),
  collect_list: cols("collect_list"),
  collect_set: cols("collect_set"),
  approx_count_distinct: colThenLits("approx_count_distinct"),
  approxCountDistinct: colThenLits("approx_count_distinct"),
  stddev: cols("stddev"),
  stddev_samp: cols("stddev_samp"),
  stddev_pop: cols("stddev_pop"),
  variance: cols("variance"),
  var_samp: cols("var_samp"),
  var_pop: cols("var_pop"),
  corr: cols("corr"),
  covar_pop: cols("covar_pop"),
  covar_samp: cols("covar_samp"),
  count_if: cols("count_if"),
  bool_and: cols("bool_and"),
  bool_or: cols("bool_or"),
  every: cols("every"),
  some: cols("some"),
  max_by: cols("max_by"),
  min_by: cols("min_by"),
  median: cols("median"),
  mode: cols("mode"),
  skewness: cols("skewness"),
  kurtosis: cols("kurtosis"),
  product: cols("product"),
  percentile: colThenLits("percentile"),
  percentile_approx: colThenLits("percentile_approx"),
  grouping: cols("grouping"),
  grouping_id: cols("grouping_id"),

  // Window functions
  row_number: () => call("row_number", []),
  rank: () => call("rank", []),
  dense_rank: () => call("dense_rank", []),
  percent_rank: () => call("percent_rank", []),
  cume_dist: () => call("cume_dist", []),
  ntile: (n: number) => call("ntile", [literalExpr(n)]),
  lag: (c: ColumnOrName, offset = 1, defaultValue: unknown = null) => call("lag", [colExpr(c), literalExpr(offset), toExpr(defaultValue)]),
  lead: (c: ColumnOrName, offset = 1, defaultValue: unknown = null) => call("lead", [colExpr(c), literalExpr(offset), toExpr(defaultValue)]),
  nth_value: (c: ColumnOrName, n: number, ignoreNulls = false) => call("nth_value", [colExpr(c), literalExpr(n), literalExpr(ignoreNulls)]),
  first_value: cols("first_value"),
  last_value: cols("last_value"),

  // Strings (trim/ltrim/rtrim take the characters first, as Spark's trim(trimStr, str))
  upper: cols("upper"),
  lower: cols("lower"),
  initcap: cols("initcap"),
  length: cols("length"),
  char_length: cols("char_length"),
  octet_length: cols("octet_length"),
  trim: (c: ColumnOrName, chars?: string | Column) => call("trim", chars === undefined ? [colExpr(c)] : [toExpr(chars), colExpr(c)]),
  ltrim: (c: ColumnOrName, chars?: string | Column) => call("ltrim", chars === undefined ? [colExpr(c)] : [toExpr(chars), colExpr(c)]),
  rtrim: (c: ColumnOrName, chars?: string | Column) => call("rtrim", chars === undefined ? [colExpr(c)] : [toExpr(chars), colExpr(c)]),
  btrim: cols("btrim"),
  concat: cols("concat"),
  concat_ws: (sep: string, ...cs: ColumnOrName[]) => call("concat_ws", [literalExpr(sep), ...cs.map(colExpr)]),
  substring: colThenLits("substring"),
  substr: cols("substr"),
  substring_index: colThenLits("substring_index"),
  left: cols("left"),
  right: cols("right"),
  lpad: colThenLits("lpad"),
  rpad: colThenLits("rpad"),
  split: colThenLits("split"),
  split_part: cols("split_part"),
  regexp_replace: (c: ColumnOrName, pattern: string | Column, replacement: string | Column) =>
    call("regexp_replace", [colExpr(c), toExpr(pattern), toExpr(replacement)]),
  regexp_extract: colThenLits("regexp_extract"),
  regexp_extract_all: colThenLits("regexp_extract_all"),
  regexp_like: colThenLits("regexp_like"),
  rlike: colThenLits("rlike"),
  instr: colThenLits("instr"),
  locate: (substr: string, c: ColumnOrName, pos = 1) => call("locate", [literalExpr(substr), colExpr(c), literalExpr(pos)]),
  position: cols("position"),
  reverse: cols("reverse"),
  repeat: colThenLits("repeat"),
  replace: cols("replace"),
  translate: colThenLits("translate"),
  format_string: (format: string, ...cs: ColumnOrName[]) => call("format_string", [literalExpr(format), ...cs.map(colExpr)]),
  printf: (format: ColumnOrName, ...cs: ColumnOrName[]) => call("printf", [colExpr(format), ...cs.map(colExpr)]),
  format_number: colThenLits("format_number"),
  ascii: cols("ascii"),
  base64: cols("base64"),
  unbase64: cols("unbase64"),
  hex: cols("hex"),
  unhex: cols("unhex"),
  startswith: cols("startswith"),
  endswith: cols("endswith"),
  contains: cols("contains"),
  soundex: cols("soundex"),
  levenshtein: cols("levenshtein"),
  overlay: cols("overlay"),
  encode: colThenLits("encode"),
  decode: colThenLits("decode"),
  lcase: cols("lcase"),
  ucase: cols("ucase"),
  space: cols("space"),
  elt: cols("elt"),
  find_in_set: cols("find_in_set"),
  uuid: () => call("uuid", []),

  // Math
  abs: cols("abs"),
  round: (c: ColumnOrName, scale = 0) => call("round", [colExpr(c), literalExpr(scale)]),
  bround: (c: ColumnOrName, scale = 0) => call("bround", [colExpr(c), literalExpr(scale)]),
  ceil: cols("ceil"),
  ceiling: cols("ceiling"),
  floor: cols("floor"),
  sqrt: cols("sqrt"),
  cbrt: cols("cbrt"),
  exp: cols("exp"),
  expm1: cols("expm1"),
  log: (a: ColumnOrName | number, b?: ColumnOrName) =>
    b === undefined ? call("ln", [colExpr(a as ColumnOrName)]) : call("log", [typeof a === "number" ? literalExpr(a) : colExpr(a), colExpr(b)]),
  ln: cols("ln"),
  log10: cols("log10"),
  log2: cols("log2"),
  log1p: cols("log1p"),
  pow: (a: ColumnOrName | number, b: ColumnOrName | number) =>
    call("pow", [typeof a === "number" ? literalExpr(a) : colExpr(a), typeof b === "number" ? literalExpr(b) : colExpr(b)]),
  power: (a: ColumnOrName | number, b: ColumnOrName | number) =>
    call("power", [typeof a === "number" ? literalExpr(a) : colExpr(a), typeof b === "number" ? literalExpr(b) : colExpr(b)]),
  sin: cols("sin"),
  cos: cols("cos"),
  tan: cols("tan"),
  asin: cols("asin"),
  acos: cols("acos"),
  atan: cols("atan"),
  atan2: cols("atan2"),
  sinh: cols("sinh"),
  cosh: cols("cosh"),
  tanh: cols("tanh"),
  degrees: cols("degrees"),
  radians: cols("radians"),
  signum: cols("signum"),
  sign: cols("sign"),
  pmod: cols("pmod"),
  rand: (seed?: number) => call("rand", seed === undefined ? [] : [literalExpr(seed)]),
  randn: (seed?: number) => call("randn", seed === undefined ? [] : [literalExpr(seed)]),
  e: () => call("e", []),
  pi: () => call("pi", []),
  factorial: cols("factorial"),
  hypot: cols("hypot"),
  bin: cols("bin"),
  conv: colThenLits("conv"),
  negative: cols("negative"),
  positive: cols("positive"),
  try_add: cols("try_add"),
  try_subtract: cols("try_subtract"),
  try_multiply: cols("try_multiply"),
  try_divide: cols("try_divide"),
  width_bucket: cols("width_bucket"),

  // Hashing
  md5: cols("md5"),
  sha1: cols("sha1"),
  sha2: colThenLits("sha2"),
  crc32: cols("crc32"),
  hash: cols("hash"),
  xxhash64: cols("xxhash64"),

  // Date and time
  current_date: () => call("current_date", []),
  current_timestamp: () => call("current_timestamp", []),
  now: () => call("now", []),
  date_add: (c: ColumnOrName, days: number | Column) => call("date_add", [colExpr(c), toExpr(days)]),
  date_sub: (c: ColumnOrName, days: number | Column) => call("date_sub", [colExpr(c), toExpr(days)]),
  datediff: cols("datediff"),
  add_months: (c: ColumnOrName, months: number | Column) => call("add_months", [colExpr(c), toExpr(months)]),
  months_between: (a: ColumnOrName, b: ColumnOrName, roundOff = true) => call("months_between", [colExpr(a), colExpr(b), literalExpr(roundOff)]),
  date_format: colThenLits("date_format"),
  to_date: (c: ColumnOrName, format?: string) => call("to_date", format === undefined ? [colExpr(c)] : [colExpr(c), literalExpr(format)]),
  to_timestamp: (c: ColumnOrName, format?: string) => call("to_timestamp", format === undefined ? [colExpr(c)] : [colExpr(c), literalExpr(format)]),
  year: cols("year"),
  quarter: cols("quarter"),
  month: cols("month"),
  dayofmonth: cols("dayofmonth"),
  day: cols("day"),
  dayofweek: cols("dayofweek"),
  dayofyear: cols("dayofyear"),
  weekofyear: cols("weekofyear"),
  hour: cols("hour"),
  minute: cols("minute"),
  second: cols("second"),
  trunc: colThenLits("trunc"),
  date_trunc: (format: string, c: ColumnOrName) => call("date_trunc", [literalExpr(format), colExpr(c)]),
  unix_timestamp: (c?: ColumnOrName, format = "yyyy-MM-dd HH:mm:ss") =>
    call("unix_timestamp", c === undefined ? [] : [colExpr(c), literalExpr(format)]),
  from_unixtime: (c: ColumnOrName, format = "yyyy-MM-dd HH:mm:ss") => call("from_unixtime", [colExpr(c), literalExpr(format)]),
  make_date: cols("make_date"),
  last_day: cols("last_day"),
  next_day: colThenLits("next_day"),
  to_utc_timestamp: colThenLits("to_utc_timestamp"),
  from_utc_timestamp: colThenLits("from_utc_timestamp"),

  // Collections
  array: cols("array"),
  array_contains: colThenLits("array_contains"),
  arrays_overlap: cols("arrays_overlap"),
  size: cols("size"),
  cardinality: cols("cardinality"),
  element_at: colThenLits("element_at"),
  array_position: colThenLits("array_position"),
  array_remove: colThenLits("array_remove"),
  array_distinct: cols("array_distinct"),
  array_union: cols("array_union"),
  array_intersect: cols("array_intersect"),
  array_except: cols("array_except"),
  array_join: colThenLits("array_join"),
  array_max: cols("array_max"),
  array_min: cols("array_min"),
  array_sort: cols("array_sort"),
  sort_array: (c: ColumnOrName, asc = true) => call("sort_array", [colExpr(c), literalExpr(asc)]),
  slice: colThenLits("slice"),
  sequence: cols("sequence"),
  flatten: cols("flatten"),
  array_repeat: colThenLits("array_repeat"),
  arrays_zip: cols("arrays_zip"),
  shuffle: cols("shuffle"),
  explode: cols("explode"),
  explode_outer: cols("explode_outer"),
  posexplode: cols("posexplode"),
  posexplode_outer: cols("posexplode_outer"),
  inline: cols("inline"),
  inline_outer: cols("inline_outer"),
  create_map: cols("map"),
  map_from_arrays: cols("map_from_arrays"),
  map_from_entries: cols("map_from_entries"),
  map_keys: cols("map_keys"),
  map_values: cols("map_values"),
  map_entries: cols("map_entries"),
  map_concat: cols("map_concat"),
  map_contains_key: colThenLits("map_contains_key"),
  struct: cols("struct"),
  named_struct: (...args: unknown[]) => call("named_struct", args.map(toExpr)),
  get_json_object: colThenLits("get_json_object"),
  json_tuple: colThenLits("json_tuple"),
  from_json: (c: ColumnOrName, schema: string | DataType) =>
    call("from_json", [colExpr(c), literalExpr(typeof schema === "string" ? schema : JSON.stringify(schema))]),
  to_json: cols("to_json"),
  schema_of_json: colThenLits("schema_of_json"),
  transform: (c: ColumnOrName, f: (x: Column, i: Column) => Column) => higherOrder("transform", c, f),
  filter: (c: ColumnOrName, f: (x: Column, i: Column) => Column) => higherOrder("filter", c, f),
  exists: (c: ColumnOrName, f: (x: Column) => Column) => higherOrder("exists", c, f),
  forall: (c: ColumnOrName, f: (x: Column) => Column) => higherOrder("forall", c, f),
  aggregate: (c: ColumnOrName, zero: unknown, merge: (acc: Column, x: Column) => Column, finish?: (acc: Column) => Column) =>
    call("aggregate", [colExpr(c), toExpr(zero), lambda(merge), ...(finish ? [lambda(finish)] : [])]),

  // Misc
  monotonically_increasing_id: () => call("monotonically_increasing_id", []),
  spark_partition_id: () => call("spark_partition_id", []),
  input_file_name: () => call("input_file_name", []),
  typeof: cols("typeof"),
};

let lambdaCounter = 0;
function lambda(f: (...xs: Column[]) => Column): Expr {
  const names = Array.from({ length: f.length || 1 }, (_, i) => `x_${lambdaCounter++}_${i}`);
  const vars = names.map((name) => ({ kind: "lambda_variable" as const, name }));
  const body = f(...vars.map((v) => new Column(v)));
  return { kind: "lambda_function", fn: body.expr, args: vars };
}

function higherOrder(name: string, c: ColumnOrName, f: (...xs: Column[]) => Column): Column {
  return call(name, [colExpr(c), lambda(f)]);
}

export type Functions = typeof functions;
