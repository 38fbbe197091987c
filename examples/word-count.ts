// Word count with the RDD API, the first program of the course notes:
//   rddArquivo = sc.textFile("...") → flatMap → map → reduceByKey → sortBy
// Run: node scripts/run.mjs examples/word-count.ts [file]
import path from "node:path";
import os from "node:os";
import { SparkSession } from "../src/index.js";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const file = process.argv[2] ?? path.join(root, "data", "raw", "notas-spark.txt");

const spark = SparkSession.builder.appName("contagem-de-palavras").master("local[2]").getOrCreate();
const sc = spark.sparkContext;

const counts = sc
  .textFile(file)
  .flatMap((line: string) => line.toLowerCase().split(/[^\p{L}\p{N}]+/u))
  .filter((w: string) => w.length > 3)
  .map((w: string) => [w, 1] as [string, number])
  .reduceByKey((a: number, b: number) => a + b)
  .sortBy(([, n]: [string, number]) => n, false);

console.log(await counts.take(10));
const out = path.join(os.tmpdir(), `contagem-${process.pid}`);
await counts.saveAsTextFile(out);
console.log(`saved to ${out}`);
await spark.stop();
