// PageRank with the RDD API: an iterative job over a cached RDD of links, as in Spark's examples.
// Each iteration joins the (cached) links with the current ranks; caching keeps the parsing and
// grouping of links from running again in every iteration.
// Run: node scripts/run.mjs examples/page-rank.ts [links file] [iterations]
import path from "node:path";
import { SparkSession } from "../src/index.js";
import { storageLevelDescription } from "../src/runtime/storage/storage-level.js";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const file = process.argv[2] ?? path.join(root, "data", "graph", "links.txt");
const iterations = Number(process.argv[3] ?? 10);

const spark = SparkSession.builder.appName("page-rank").master("local[2]").getOrCreate();
const sc = spark.sparkContext;

// "from to" per line → [from, [to, ...]], computed once and kept in memory.
const links = sc
  .textFile(file)
  .map((line: string) => line.trim().split(/\s+/))
  .filter((parts: string[]) => parts.length === 2)
  .map(([from, to]: string[]) => [from!, to!] as [string, string])
  .distinct()
  .groupByKey()
  .cache();

let ranks = links.mapValues(() => 1.0);
for (let i = 0; i < iterations; i++) {
  const contributions = links
    .join(ranks)
    .flatMap(([, [urls, rank]]: [string, [string[], number]]) => urls.map((url) => [url, rank / urls.length] as [string, number]));
  ranks = contributions.reduceByKey((a: number, b: number) => a + b).mapValues((sum: number) => 0.15 + 0.85 * sum);
}

const top = (await ranks.collect()).sort((a, b) => b[1] - a[1]);
for (const [page, rank] of top) console.log(`${page.padEnd(12)} ${rank.toFixed(4)}`);
console.log(`links: ${storageLevelDescription(links.getStorageLevel())}`);
await spark.stop();
