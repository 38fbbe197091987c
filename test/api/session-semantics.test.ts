// API shape: lazy transformations, async actions, the FIFO operation queue, analysis errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { functions as F, AnalysisException } from "../../src/index.js";
import { testSession, vendas } from "./helpers.js";

const spark = testSession();

test("a temp view created without await is visible to the next query", async () => {
  vendas(spark).createOrReplaceTempView("v_nowait");
  const rows = await spark.sql("SELECT loja FROM v_nowait WHERE qtd > 5").collect();
  assert.deepEqual(rows.map((r) => r.loja), ["SP"]);
});

test("transformations are lazy: a bad column fails at the first async call, with suggestions", async () => {
  const bad = vendas(spark).select("lojas"); // no throw here
  await assert.rejects(bad.collect(), (e: unknown) => {
    assert.ok(e instanceof AnalysisException);
    assert.equal(e.errorClass, "UNRESOLVED_COLUMN.WITH_SUGGESTION");
    assert.match(e.message, /name `lojas` cannot be resolved\. Did you mean one of the following\? \[`loja`/);
    return true;
  });
});

test("an eager failure nobody awaited fails the next operation with it as cause", async () => {
  const d = vendas(spark);
  d.createTempView("dup_view");
  d.createTempView("dup_view"); // fails: already exists, not awaited
  await assert.rejects(d.count(), (e: unknown) => {
    assert.match(String((e as Error).cause), /TEMP_TABLE_OR_VIEW_ALREADY_EXISTS/);
    return true;
  });
  // ...and only that one operation.
  assert.equal(await d.count(), 5);
});

test("unknown table raises TABLE_OR_VIEW_NOT_FOUND", async () => {
  await assert.rejects(spark.sql("SELECT * FROM nao_existe").collect(), /TABLE_OR_VIEW_NOT_FOUND/);
});

test("cache() keeps computed data and gives the same rows", async () => {
  const c = vendas(spark).where(F.col("qtd").gt(0)).cache();
  const first = await c.collect();
  const second = await c.collect();
  assert.deepEqual(first.map(String), second.map(String));
  assert.equal(first.length, 4);
});

test("explain(extended) prints every plan section", async () => {
  const text = await vendas(spark).where(F.col("qtd").gt(0)).explainString("extended");
  for (const section of ["== Parsed Logical Plan ==", "== Analyzed Logical Plan ==", "== Optimized Logical Plan ==", "== Physical Plan =="]) {
    assert.ok(text.includes(section), section);
  }
  assert.match(text, /Filter \(qtd#\d+ > 0\)/);
});

test("explain(codegen) shows the generated pipeline source without user text", async () => {
  const text = await vendas(spark).where(F.col("loja").equalTo("segredo-do-usuario")).select(F.upper("produto")).explainString("codegen");
  assert.match(text, /Found 1 WholeStageCodegen subtrees\./);
  assert.match(text, /Generated code:/);
  assert.ok(!text.split("Generated code:")[1]!.includes("segredo-do-usuario"), "literals stay in the constants array");
});
