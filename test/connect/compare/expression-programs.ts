// Comparison programs for every expression kind the translator handles: attributes (plain,
// nested, DataFrame-qualified), stars, functions (distinct, IGNORE NULLS), aliases (one and
// several names), casts (ANSI and try), sort orders, windows with every frame shape, lambdas,
// extract-value (array index, map key, struct field), SQL expression strings and subqueries.
import { functions as F } from "../../../src/api/functions.js";
import { Column } from "../../../src/api/column.js";
import { Row } from "../../../src/values/row.js";
import { Window } from "../../../src/api/window.js";
import { newPlanId, type LogicalPlan } from "../../../src/plan/logical/unresolved.js";
import type { Expr } from "../../../src/plan/expr/unresolved.js";
import type { SparkSession } from "../../../src/api/spark-session.js";
import type { Program } from "./program.js";
import { depts, emp, sales } from "./fixtures.js";

const attr = (...nameParts: string[]): Expr => ({ kind: "unresolved_attribute", nameParts });
const nested = (s: SparkSession) =>
  s.createDataFrame(
    [
      [1, [10, 20, 30], new Map([["k", 5], ["z", 6]]), new Row(["a", "b"], [1.5, new Row(["c"], ["deep"])])],
      [2, [40, null], new Map(), new Row(["a", "b"], [null, null])],
      [3, null, null, null],
    ],
    "id int, arr array<int>, m map<string,int>, st struct<a:double, b:struct<c:string>>",
  );

/** A project over `input` with one subquery expression (the API has no builder for them). */
function withSubquery(s: SparkSession, input: LogicalPlan, sub: Expr): ReturnType<SparkSession["dataFrame"]> {
  return s.dataFrame({ kind: "project", planId: newPlanId(), input, expressions: [attr("id"), { kind: "alias", child: sub, names: ["sub"] }] });
}

function filterBy(s: SparkSession, input: LogicalPlan, condition: Expr): ReturnType<SparkSession["dataFrame"]> {
  return s.dataFrame({ kind: "filter", planId: newPlanId(), input, condition });
}

const w = () => Window.partitionBy("dept").orderBy(F.col("salary").desc_nulls_last(), "id");

export const expressionPrograms: Program[] = [
  { name: "DataFrame-qualified attributes (plan ids) after a join", build: (s) => { const e = emp(s); const d = depts(s); return e.join(d, e.col("dept").eq(d.col("dept"))).select(e.col("dept"), d.col("city"), e.get("name")); } },
  { name: "nested field access by dotted name", build: (s) => nested(s).select("st.a", F.col("st.b.c").alias("c"), F.col("st.b")) },
  { name: "nested field access names the column after the field", build: (s) => nested(s).select("st.b.c") },
  { name: "struct star", build: (s) => nested(s).select("id", "st.*") },
  { name: "DataFrame star with a plan id", build: (s) => { const e = emp(s); const d = depts(s); return e.join(d, e.col("dept").eq(d.col("dept"))).select(d.col("*")); } },
  { name: "DataFrame star after a USING join", build: (s) => { const e = emp(s); return e.join(depts(s), "dept").select(e.col("*")); } },
  { name: "getItem on arrays and maps, getField on structs", build: (s) => nested(s).select(F.col("arr").getItem(1), F.col("m").getItem("z"), F.col("st").getField("b").getField("c"), F.col("m").getItem("none")) },
  { name: "array index out of bounds fails under ANSI", compare: "error", build: (s) => nested(s).filter("id = 1").select(F.col("arr").getItem(7)) },
  { name: "element_at / size / map functions", localNullabilityDiffers: "map_keys() of a local relation's map is array<string> with nullable elements in Spark", build: (s) => nested(s).select(F.element_at("arr", 1), F.size("arr"), F.map_keys("m"), F.map_values("m")) },
  { name: "function calls: string, math, conditional", build: (s) => emp(s).select(F.upper(F.col("name")), F.round(F.col("salary"), 1), F.when(F.col("dept").eq("eng"), "E").when(F.col("dept").isNull(), "-").otherwise("O").alias("k"), F.greatest(F.col("id"), F.col("mgr")), F.concat_ws("/", F.col("name"), F.col("dept"))) },
  { name: "operators: arithmetic, comparison, boolean, null-safe", build: (s) => emp(s).select(F.col("id").mod(3), F.col("salary").divide(F.col("id")), F.col("mgr").eqNullSafe(F.col("id")), F.col("id").between(2, 5), F.col("dept").isin("eng", "hr"), F.col("name").like("%a"), F.col("name").rlike("^[A-C]"), F.col("id").unaryMinus(), F.col("mgr").isNull().or(F.col("id").gt(6)).not()) },
  { name: "date functions", build: (s) => emp(s).select(F.year("hired"), F.date_add(F.col("hired"), 30), F.datediff(F.col("hired"), F.lit("2020-01-01")), F.date_format(F.col("hired"), "yyyy/MM"), F.last_day("hired"), F.add_months(F.col("hired"), -2)) },
  { name: "distinct aggregates", build: (s) => sales(s).groupBy("year").agg(F.countDistinct("item").alias("items"), F.sum_distinct(F.col("price")).alias("prices")) },
  { name: "first/last with and without ignoreNulls", build: (s) => sales(s).orderBy("qty").coalesce(1).groupBy("item").agg(F.max("qty"), F.first("qty", true).isNotNull().alias("has")) },
  { name: "collect_list sorted, count_if, bool_and, max_by", build: (s) => sales(s).groupBy("year").agg(F.sort_array(F.collect_list("item")).alias("items"), F.count_if(F.col("qty").gt(5)), F.bool_and(F.col("price").gt(1)), F.max_by("item", "qty")) },
  { name: "statistics aggregates", build: (s) => sales(s).agg(F.stddev("price"), F.variance("qty"), F.corr("qty", "price"), F.percentile_approx("qty", 0.5), F.median("price")) },
  { name: "alias with several names (posexplode)", build: (s) => nested(s).select("id", F.posexplode("arr").alias("pos", "val")) },
  { name: "explode of a map into two names", build: (s) => nested(s).select("id", F.explode("m").alias("k", "v")) },
  { name: "explode_outer keeps null arrays", build: (s) => nested(s).select("id", F.explode_outer("arr").alias("x")) },
  { name: "cast (ANSI) to every primitive type", localNullabilityDiffers: "Spark: bigint to decimal(5,2) nullable, string to binary not null", build: (s) => s.range(3).select(F.col("id").cast("int"), F.col("id").cast("string"), F.col("id").cast("double"), F.col("id").cast("decimal(5,2)"), F.col("id").cast("boolean"), F.col("id").cast("byte"), F.col("id").cast("short"), F.lit("2024-02-29").cast("date"), F.lit("2024-02-29 10:11:12").cast("timestamp"), F.lit("2024-02-29 10:11:12").cast("timestamp_ntz"), F.lit("abc").cast("binary"), F.col("id").cast("float")) },
  { name: "cast to nested types", build: (s) => nested(s).select(F.col("arr").cast("array<string>"), F.col("m").cast("map<string,double>"), F.col("st").cast("struct<a:string,b:struct<c:string>>")) },
  { name: "try_cast gives null", build: (s) => s.createDataFrame([["12"], ["x"], [null], ["9999999999"]], "s string").select(F.col("s").try_cast("int"), F.col("s").try_cast("bigint"), F.col("s").try_cast("date")) },
  { name: "sort orders inside functions (array_sort) and windows", build: (s) => emp(s).select("id", F.rank().over(Window.orderBy(F.col("salary").asc_nulls_first())).alias("r")) },
  { name: "window: ranking functions", build: (s) => emp(s).select("id", F.row_number().over(w()).alias("rn"), F.rank().over(w()).alias("r"), F.dense_rank().over(w()).alias("dr"), F.percent_rank().over(w()).alias("pr"), F.cume_dist().over(w()).alias("cd"), F.ntile(2).over(w()).alias("nt")) },
  { name: "window: default column names", build: (s) => emp(s).select(F.rank().over(w()), F.cume_dist().over(w())) },
  { name: "window: lag/lead with offset and default", build: (s) => emp(s).select("id", F.lag("salary", 1).over(w()).alias("prev"), F.lead("name", 2, "none").over(w()).alias("next2")) },
  { name: "window: rowsBetween frames", build: (s) => emp(s).select("id", F.sum("salary").over(w().rowsBetween(Window.unboundedPreceding, Window.currentRow)).alias("run"), F.avg("salary").over(w().rowsBetween(-1, 1)).alias("mov"), F.count("*").over(w().rowsBetween(Window.currentRow, Window.unboundedFollowing)).alias("rest")) },
  { name: "window: rangeBetween frames", build: (s) => s.range(10).select("id", F.sum("id").over(Window.orderBy("id").rangeBetween(-2, 0)).alias("r"), F.max("id").over(Window.orderBy("id").rangeBetween(Window.currentRow, 3)).alias("m")) },
  { name: "window: whole partition aggregates", build: (s) => emp(s).select("id", F.max("salary").over(Window.partitionBy("dept")).alias("top"), F.count("*").over(Window.partitionBy()).alias("all")) },
  { name: "window: first/last/nth_value with ignore nulls", build: (s) => emp(s).select("id", F.first_value(F.col("bonus"), F.lit(true)).over(w()).alias("f"), F.last_value(F.col("mgr"), F.lit(true)).over(w().rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)).alias("l"), F.nth_value(F.col("name"), 2).over(w()).alias("n2")) },
  { name: "lambdas: transform, filter, exists, forall, aggregate", localNullabilityDiffers: "transform() of a not-null array keeps elements not null in Spark", build: (s) => nested(s).select(F.transform("arr", (x) => x.multiply(2)).alias("t"), F.filter("arr", (x) => x.gt(15)).alias("f"), F.exists("arr", (x) => x.eq(30)).alias("e"), F.forall("arr", (x) => x.lt(100)).alias("a"), F.aggregate("arr", F.lit(0), (acc, x) => acc.plus(x)).alias("s")) },
  { name: "lambda with index (transform with two arguments)", localNullabilityDiffers: "as above", build: (s) => nested(s).select(F.transform("arr", (x, i) => x.plus(i!)).alias("t")) },
  { name: "F.expr SQL strings", build: (s) => emp(s).select(F.expr("salary * 1.1 AS raised"), F.expr("CASE WHEN mgr IS NULL THEN 'top' ELSE 'sub' END"), F.expr("nvl(dept, 'none')")) },
  { name: "scalar subquery", build: (s) => withSubquery(s, s.range(3).plan, { kind: "subquery", subqueryType: "scalar", plan: s.range(10).agg(F.max("id")).plan }) },
  { name: "EXISTS subquery in a filter", build: (s) => filterBy(s, s.range(2).plan, { kind: "subquery", subqueryType: "exists", plan: s.range(1).plan }) },
  { name: "NOT EXISTS of an empty subquery", build: (s) => filterBy(s, s.range(2).plan, { kind: "unresolved_function", name: "not", isDistinct: false, args: [{ kind: "subquery", subqueryType: "exists", plan: s.range(0).plan }] }) },
  { name: "IN subquery in a filter", build: (s) => filterBy(s, s.range(6).plan, { kind: "subquery", subqueryType: "in", values: [attr("id")], plan: s.range(2, 5).plan }) },
  { name: "a Column built from a raw expression", build: (s) => s.range(2).select(new Column({ kind: "unresolved_function", name: "abs", args: [attr("id")], isDistinct: false }).alias("a")) },
];
