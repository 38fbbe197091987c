// Generators (explode, explode_outer, posexplode, posexplode_outer, inline, inline_outer,
// stack): NULL and empty collections, NULL elements and structs, maps, LATERAL VIEW forms,
// generator placement errors.
import { df, group, sql, type Fixture } from "../case.js";

/** Arrays, maps and arrays of structs with NULLs and empties. */
export const gen: Fixture = {
  name: "gen",
  schema: "id INT, a ARRAY<STRING>, m MAP<STRING,INT>, st ARRAY<STRUCT<x: INT, y: STRING>>",
  rows: [
    [1, ["a", null, "ção"], [["k1", 1], ["k2", null]], [[1, "one"], null, [null, "😀"]]],
    [2, [], [], []],
    [3, null, null, null],
    [4, [null], [["", 0]], [[2, null]]],
  ],
};

export default group("functions-generators", { fixtures: [gen], compareNames: false, compareNullability: false, compareShow: false }, [
  // explode / explode_outer
  sql("explode-nulls-empties", "SELECT id, explode(a) FROM gen"),
  sql("explode-outer-nulls-empties", "SELECT id, explode_outer(a) FROM gen"),
  sql("explode-map", "SELECT id, explode(m) FROM gen"),
  sql("explode-outer-map", "SELECT id, explode_outer(m) FROM gen"),
  sql("explode-map-aliases", "SELECT id, explode(m) AS (k, v) FROM gen"),
  sql("explode-literals", "SELECT explode(array()), 1"),
  sql("explode-null-literal", "SELECT explode(CAST(NULL AS ARRAY<INT>))"),
  sql("explode-outer-null-literal", "SELECT explode_outer(CAST(NULL AS ARRAY<INT>)), 1"),
  sql("explode-nested-arrays", "SELECT explode(array(array(1, NULL), array(), NULL))"),
  sql("explode-with-where", "SELECT id, e FROM (SELECT id, explode(a) AS e FROM gen) WHERE e IS NOT NULL"),
  sql("explode-two-generators", "SELECT explode(array(1, 2)), explode(array('a', 'b', 'c'))", { expectedToFail: "several generators in one SELECT are refused (Spark 4.1 takes their cross product)" }),
  sql("explode-nested-in-expression", "SELECT upper(explode(a)) FROM gen", { error: "UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS" }),
  sql("explode-in-where", "SELECT id FROM gen WHERE explode(a) = 'a'", { error: "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT" }),
  sql("explode-wrong-type", "SELECT explode('abc')", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  // posexplode / posexplode_outer
  sql("posexplode", "SELECT id, posexplode(a) FROM gen"),
  sql("posexplode-outer", "SELECT id, posexplode_outer(a) FROM gen"),
  sql("posexplode-map", "SELECT id, posexplode(m) FROM gen"),
  sql("posexplode-outer-map", "SELECT id, posexplode_outer(m) FROM gen"),
  sql("posexplode-aliases", "SELECT id, posexplode(a) AS (p, v) FROM gen"),
  sql("posexplode-lateral", "SELECT id, p, v FROM gen LATERAL VIEW OUTER posexplode(a) t AS p, v"),
  // inline / inline_outer
  sql("inline-nulls", "SELECT id, inline(st) FROM gen"),
  sql("inline-outer-nulls", "SELECT id, inline_outer(st) FROM gen"),
  sql("inline-aliases", "SELECT id, inline(st) AS (n, label) FROM gen"),
  sql("inline-lateral", "SELECT id, x, y FROM gen LATERAL VIEW inline(st) t AS x, y"),
  sql("inline-literals", "SELECT inline(array(struct(1, 'a'), struct(2, NULL)))"),
  sql("inline-empty-literal", "SELECT inline(array(named_struct('a', 1)))"),
  sql("inline-wrong-type", "SELECT inline(array(1))", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  // stack
  sql("generator-in-expression", "SELECT inline(array(named_struct('a', 1))) IS NULL", { error: "UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS" }),
  sql("stack-basic", "SELECT stack(2, 1, 'a', 2, 'b')"),
  sql("stack-uneven", "SELECT stack(3, 1, 2, 3, 4)"),
  sql("stack-nulls", "SELECT stack(2, NULL, 'x', 1, NULL)"),
  sql("stack-one-row", "SELECT stack(1, 'ção', '😀')"),
  sql("stack-columns", "SELECT id, stack(2, id, size(a), id * 10, size(m)) FROM gen"),
  sql("stack-aliases", "SELECT stack(2, 'a', 1, 'b', 2) AS (k, v)"),
  sql("stack-type-mismatch", "SELECT stack(2, 1, 'a')", { error: "DATATYPE_MISMATCH.STACK_COLUMN_DIFF_TYPES" }),
  sql("stack-zero-rows", "SELECT stack(0, 1)", { error: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE" }),
  sql("stack-non-literal-count", "SELECT stack(id, 1) FROM gen", { error: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT" }),
  sql("stack-lateral", "SELECT id, k, v FROM gen LATERAL VIEW stack(2, 'x', id, 'y', -id) t AS k, v"),
  // generators in aggregates and with ORDER BY
  sql("explode-count", "SELECT e, count(*) FROM (SELECT explode_outer(a) AS e FROM gen) GROUP BY e"),
  sql("explode-ordered", "SELECT id, e FROM gen LATERAL VIEW explode(a) t AS e WHERE e IS NOT NULL ORDER BY id, e"),
  // DataFrame API forms
  df("f-explode-variants",
    (spark, F) => spark.table("gen").select("id", F.explode_outer("a").alias("e")),
    `spark.table("gen").select("id", F.explode_outer("a").alias("e"))`),
  df("f-posexplode-map",
    (spark, F) => spark.table("gen").select("id", F.posexplode("m")),
    `spark.table("gen").select("id", F.posexplode("m"))`),
  df("f-inline-outer",
    (spark, F) => spark.table("gen").select("id", F.inline_outer("st")),
    `spark.table("gen").select("id", F.inline_outer("st"))`),
  df("f-explode-with-column",
    (spark, F) => spark.table("gen").withColumn("e", F.explode("a")).select("id", "e"),
    `spark.table("gen").withColumn("e", F.explode("a")).select("id", "e")`),
]);
