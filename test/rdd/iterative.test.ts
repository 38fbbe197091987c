// An iterative job over a cached RDD (PageRank, as examples/page-rank.ts): the ranks are
// PySpark 4.1's for the same program on data/graph/links.txt, and the cached links are computed
// once across all iterations (counted with an accumulator inside the cached RDD's lineage).

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SparkContext, capture, type RDD, type Accumulator } from "../../src/rdd/index.js";

const sc = new SparkContext({ master: "local[2]", appName: "rdd-iterative", conf: { "spark.ui.showConsoleProgress": "false" } });
after(() => sc.stop());
const linksFile = join(new URL("../..", import.meta.url).pathname, "data", "graph", "links.txt");

/** [from, [to...]] per page; `computed` counts how many groups the last step produced. */
function linksOf(computed: Accumulator<number>): RDD<[string, string[]]> {
  return sc
    .textFile(linksFile)
    .map((line: string) => line.trim().split(/\s+/))
    .map(([from, to]: string[]) => [from!, to!] as [string, string])
    .distinct()
    .groupByKey()
    .mapValues(capture({ computed }, (urls: string[]) => {
      computed.add(1);
      return urls;
    }));
}

async function pageRank(links: RDD<[string, string[]]>, iterations: number): Promise<Map<string, number>> {
  let ranks = links.mapValues(() => 1.0);
  for (let i = 0; i < iterations; i++) {
    const contributions = links.join(ranks).flatMap(([, [urls, rank]]: [string, [string[], number]]) => urls.map((u) => [u, rank / urls.length] as [string, number]));
    ranks = contributions.reduceByKey((a: number, b: number) => a + b).mapValues((s: number) => 0.15 + 0.85 * s);
    // An action per iteration, as iterative programs do (convergence checks, logging).
    await ranks.count();
  }
  return new Map(await ranks.collect());
}

const PYSPARK_RANKS: Record<string, number> = {
  inicio: 1.9807565232722535, produtos: 1.723123587124203, receitas: 1.4548362852957604, sobre: 1.1489057589310314,
  pao: 1.0644288068462593, blog: 0.9822013447865346, equipe: 0.8577978235447783, queijo: 0.8322954279082045,
  cafe: 0.8322954279082045, contato: 0.6940565563844736, carreiras: 0.5166798284982698, lojas: 0.4868533749439917,
  spark: 0.4257692545560311,
};

test("PageRank over cached links gives PySpark's ranks; the links are computed once", async () => {
  const computed = sc.longAccumulator("links computed");
  const links = linksOf(computed).cache();
  // Materialize first: within one stage, two tasks reading the same not-yet-cached partition on
  // different executors may both compute it (executors do not share a block manager).
  assert.equal(await links.count(), 13);
  assert.equal(computed.value, 13);
  const ranks = await pageRank(links, 10);
  assert.equal(ranks.size, 13);
  for (const [page, rank] of Object.entries(PYSPARK_RANKS)) assert.ok(Math.abs(ranks.get(page)! - rank) < 1e-9, `${page}: ${ranks.get(page)} vs ${rank}`);
  // 13 pages have outgoing links: each group made once, none again in the 10 iterations.
  assert.equal(computed.value, 13);
  links.unpersist();
});

test("without cache() the same job recomputes the links in every iteration", async () => {
  const computed = sc.longAccumulator("links computed");
  await pageRank(linksOf(computed), 3);
  assert.ok(computed.value >= 13 * 4, `computed ${computed.value} times`);
});
