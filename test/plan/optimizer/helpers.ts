// Shared helpers for optimizer tests: one session, small tables with nulls / NaN / -0.0, and
// running a DataFrame with the optimizer on and with every rule excluded.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SparkSession, type DataFrame } from "../../../src/index.js";
import { RULE_NAMES } from "../../../src/plan/optimizer/rules/index.js";
import { treeString } from "../../../src/plan/logical/tree-string.js";
import type { RPlan } from "../../../src/plan/logical/resolved.js";
import { planChildren } from "../../../src/plan/logical/plan-transform.js";
import { optimize } from "../../../src/plan/optimizer/optimizer.js";
import type { OptimizerRule } from "../../../src/plan/optimizer/rules/rule.js";

export const spark = SparkSession.builder.getOrCreate();

export const emp = () =>
  spark.createDataFrame(
    [
      [1, "ana", 10, 100.0, 5],
      [2, "bia", 10, 250.5, null],
      [3, "caio", 20, NaN, 7],
      [4, "duda", null, -0.0, 1],
      [5, null, 30, 0.0, 9],
      [6, "eva", 20, null, 2],
      [7, "fabio", 40, 75.25, null],
    ],
    "id int, name string, dept int, salary double, bonus int",
  );

export const dept = () =>
  spark.createDataFrame(
    [
      [10, "eng", 1000n],
      [20, "ops", 500n],
      [30, null, 250n],
      [50, "hr", null],
      [null, "ghost", 1n],
    ],
    "dept int, dname string, budget bigint",
  );

export const nums = () =>
  spark.createDataFrame(
    [[1, 1.5], [2, NaN], [3, -0.0], [4, 0.0], [5, null], [6, NaN], [7, -2.5]],
    "k int, x double",
  );

/** A directory holding one CSV file (header a,b,c), for file-scan queries. */
export const csvDir = (() => {
  const dir = mkdtempSync(join(tmpdir(), "faisca-opt-"));
  writeFileSync(join(dir, "part-0.csv"), "a,b,c\n1,x,1.5\n2,y,\n3,,2.5\n4,x,NaN\n");
  return dir;
})();

export const csv = () => spark.read.option("header", "true").schema("a int, b string, c double").csv(csvDir);

const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : typeof x === "number" && !Number.isFinite(x) ? String(x) : Object.is(x, -0) ? "-0" : x));

/** Rows as sorted canonical strings (values and column names). */
export async function rowsOf(df: DataFrame): Promise<string[]> {
  const rows = await df.collect();
  return rows.map((r) => canon([String(r), r.fieldNames, r.values])).sort();
}

/** Collects the DataFrame built by `make` with spark.sql.optimizer.excludedRules = `excluded`. */
export async function collectWith(make: () => DataFrame, excluded: readonly string[]): Promise<{ rows?: string[]; error?: string }> {
  spark.conf.set("spark.sql.optimizer.excludedRules", excluded.join(","));
  try {
    return { rows: await rowsOf(make()) };
  } catch (e) {
    return { error: String((e as Error).message ?? e) };
  } finally {
    spark.conf.set("spark.sql.optimizer.excludedRules", "");
  }
}

export const ALL_RULES = RULE_NAMES;

export async function optimizedOf(df: DataFrame): Promise<{ plan: RPlan; applied: readonly string[]; iterations?: number }> {
  return df.queryExecution().optimized() as Promise<{ plan: RPlan; applied: readonly string[]; iterations?: number }>;
}

export async function analyzedOf(df: DataFrame): Promise<RPlan> {
  return df.queryExecution().analyzed();
}

export const tree = (p: RPlan): string => treeString(p);

/** Node kinds of the plan, pre-order, one line per node with its depth. */
export function shape(p: RPlan): string {
  return tree(p)
    .split("\n")
    .map((l) => l.replace(/^([ :|+-]*)([A-Za-z]+).*$/, (_m, pre: string, name: string) => " ".repeat(pre.length) + name))
    .join("\n");
}

/** The analyzed plan of `df` after applying only `rule` (to its own fixed point). */
export async function withOnly(df: DataFrame, rule: OptimizerRule): Promise<RPlan> {
  return optimize(await analyzedOf(df), new Set(), [rule]).plan;
}

/** Asserts the rows of `make()` are identical with `rule` excluded and with all rules on. */
export async function sameRowsWithAndWithout(make: () => DataFrame, ruleName: string): Promise<string[] | undefined> {
  const on = await collectWith(make, []);
  const off = await collectWith(make, [ruleName]);
  if (JSON.stringify(on) !== JSON.stringify(off)) {
    throw new Error(`rule ${ruleName} changed the result:\n on: ${JSON.stringify(on)}\noff: ${JSON.stringify(off)}`);
  }
  return on.rows;
}

/** The plan as nested node kinds: `project(filter(local_scan))`. */
export function outline(p: RPlan): string {
  const kids = planChildren(p);
  return kids.length === 0 ? p.kind : `${p.kind}(${kids.map(outline).join(", ")})`;
}
