// The Faísca side of the word-count benchmark: the classic RDD program, run as its own process so
// that start-up is measured. Prints one JSON line: distinct words, total words, top 3, seconds.
// Usage: node --import tsx bench/rdd-word-count/faisca-word-count.ts <file> [master]
import { SparkContext } from "../../src/rdd/index.js";

const [file, master = "local[*]"] = process.argv.slice(2);
const t0 = performance.now();
const sc = new SparkContext({ master, appName: "rdd-word-count" });
const counts = sc
  .textFile(file!)
  .flatMap((line: string) => line.split(" "))
  .filter((w: string) => w.length > 0)
  .map((w: string) => [w, 1] as [string, number])
  .reduceByKey((a: number, b: number) => a + b);
const all = await counts.collect();
let total = 0;
for (const [, n] of all) total += n;
const top = all.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
await sc.stop();
console.log(JSON.stringify({ distinct: all.length, total, top, seconds: (performance.now() - t0) / 1000 }));
