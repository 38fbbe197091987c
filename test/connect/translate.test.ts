// Plan translation without a server: the Connect messages the DataFrame API's plans become.
import { test } from "node:test";
import assert from "node:assert/strict";
import { toBinary, fromBinary } from "@bufbuild/protobuf";
import { RelationSchema } from "../../src/connect/proto/gen/spark/connect/relations_pb.js";
import { translatePlan } from "../../src/connect/translate/plan.js";
import { toProtoLiteral } from "../../src/connect/translate/literal.js";
import { fromProtoDataType, toProtoDataType } from "../../src/connect/translate/data-type.js";
import { ConnectUnsupportedError } from "../../src/connect/errors.js";
import type { LogicalPlan } from "../../src/plan/logical/unresolved.js";
import type { DataType } from "../../src/types/data-type.js";
import { Decimal } from "../../src/values/decimal.js";

const range: LogicalPlan = { kind: "range", planId: 1, start: 0n, end: 10n, step: 1n };

test("every data type survives the round trip through the Connect DataType message", () => {
  const types: DataType[] = [
    { kind: "decimal", precision: 38, scale: 0 },
    { kind: "timestamp_ntz" },
    { kind: "varchar", length: 5 },
    { kind: "day_time_interval", startField: 1, endField: 3 },
    { kind: "map", keyType: { kind: "string" }, valueType: { kind: "array", elementType: { kind: "date" }, containsNull: false }, valueContainsNull: true },
    { kind: "struct", fields: [{ name: "a.b", dataType: { kind: "binary" }, nullable: false }] },
  ];
  for (const t of types) assert.deepEqual(fromProtoDataType(toProtoDataType(t)), t);
});

test("literals: decimal as its exact text with precision and scale; long stays a bigint", () => {
  const d = toProtoLiteral(new Decimal(-5n, 3), { kind: "decimal", precision: 5, scale: 3 });
  assert.deepEqual(d.literalType.case, "decimal");
  assert.deepEqual(d.literalType.value, { $typeName: "spark.connect.Expression.Literal.Decimal", value: "-0.005", precision: 5, scale: 3 });
  const l = toProtoLiteral(2n ** 63n - 1n, { kind: "long" });
  assert.equal(l.literalType.value, 9223372036854775807n);
  assert.throws(() => toProtoLiteral(2 ** 60, { kind: "long" }), /unsafe integer/);
});

test("plan ids ride on every relation; attribute names are re-quoted", () => {
  const plan: LogicalPlan = {
    kind: "project",
    planId: 2,
    input: range,
    expressions: [{ kind: "unresolved_attribute", nameParts: ["t", "odd.name"], planId: 1 }],
  };
  const rel = fromBinary(RelationSchema, toBinary(RelationSchema, translatePlan(plan)));
  assert.equal(rel.common?.planId, 2n);
  assert.equal(rel.relType.case, "project");
  const project = rel.relType.value as { input: { common: { planId: bigint } }; expressions: { exprType: { value: { unparsedIdentifier: string; planId: bigint } } }[] };
  assert.equal(project.input.common.planId, 1n);
  assert.equal(project.expressions[0]!.exprType.value.unparsedIdentifier, "t.`odd.name`");
  assert.equal(project.expressions[0]!.exprType.value.planId, 1n);
});

test("groupBy keys are not repeated among the aggregate expressions", () => {
  const key = { kind: "unresolved_attribute" as const, nameParts: ["id"] };
  const agg = { kind: "unresolved_function" as const, name: "count", args: [{ kind: "unresolved_star" as const }], isDistinct: false };
  const plan: LogicalPlan = { kind: "aggregate", planId: 3, input: range, groupType: "groupby", groupingExpressions: [key], aggregateExpressions: [key, agg] };
  const rel = translatePlan(plan);
  assert.equal(rel.relType.case, "aggregate");
  const a = rel.relType.value as { groupingExpressions: unknown[]; aggregateExpressions: { exprType: { case: string } }[] };
  assert.equal(a.groupingExpressions.length, 1);
  assert.deepEqual(a.aggregateExpressions.map((e) => e.exprType.case), ["unresolvedFunction"]);
});

test("SQL-only shapes and JS UDFs raise a clear error instead of a wrong plan", () => {
  const cte: LogicalPlan = { kind: "with_cte", planId: 4, input: range, ctes: [] };
  assert.throws(() => translatePlan(cte), (e: unknown) => e instanceof ConnectUnsupportedError && /spark\.sql/.test(e.message));
  const udf: LogicalPlan = {
    kind: "project",
    planId: 5,
    input: range,
    expressions: [{ kind: "user_function", name: "inc", fn: (x: unknown) => x, returnType: { kind: "long" }, args: [], deterministic: true }],
  };
  assert.throws(() => translatePlan(udf), /TypeScript UDF 'inc'.*cannot run JavaScript/);
});

test("kinds the comparison suite cannot run: LATERAL VIEW errors, cache nodes pass through, char/varchar literals are strings", () => {
  const generate: LogicalPlan = {
    kind: "generate",
    planId: 6,
    input: range,
    generator: { kind: "unresolved_function", name: "explode", args: [], isDistinct: false },
    outer: false,
    columnAliases: [],
  };
  assert.throws(() => translatePlan(generate), (e: unknown) => e instanceof ConnectUnsupportedError && /LATERAL VIEW/.test(e.message));
  // A local session's cache node is transparent: the server receives the cached plan itself.
  const cached = translatePlan({ kind: "cached_relation", planId: 7, input: range, cacheId: 1 });
  assert.equal(cached.relType.case, "range");
  // Spark has no CHAR/VARCHAR literal; the value travels as a string literal.
  assert.equal(toProtoLiteral("ab", { kind: "char", length: 3 }).literalType.case, "string");
  assert.equal(toProtoLiteral("abc", { kind: "varchar", length: 5 }).literalType.value, "abc");
});

test("randomSplit asks the server for a deterministic input order; sample() does not", async () => {
  const { SparkSession } = await import("../../src/api/spark-session.js");
  const spark = SparkSession.builder.create();
  const df = spark.range(10);
  const pieces = df.randomSplit([1, 1], 7).map((p) => translatePlan(p.plan).relType);
  const one = translatePlan(df.sample(0.5, 7).plan).relType;
  for (const r of pieces) {
    assert.equal(r.case, "sample");
    assert.equal((r.value as { deterministicOrder: boolean }).deterministicOrder, true);
  }
  assert.deepEqual(pieces.map((r) => [(r.value as { lowerBound: number }).lowerBound, (r.value as { upperBound: number }).upperBound]), [[0, 0.5], [0.5, 1]]);
  assert.equal((one.value as { deterministicOrder: boolean }).deterministicOrder, false);
  await spark.stop();
});
