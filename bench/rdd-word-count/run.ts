// Word count with the RDD API, Faísca beside PySpark, on the same generated text, in one run.
// End-to-end wall time of each program as its own process (start-up included) and the peak
// resident memory of its process tree. The two results must agree (distinct words, total, top 3).
//
// Usage: node scripts/run.mjs bench/rdd-word-count/run.ts [--mb 500] [--quick] [--master local[*]]
//        [--skip-pyspark] [--runs 1]
//   --quick: a 20 MB text (for CI). The text is generated once into ~/.cache/faisca/bench/.
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { cacheRoot, REPO_DIR } from "../lib/paths.js";
import { ensureText } from "./generate-text.js";
import { sampleTree } from "./process-tree.js";

interface Outcome {
  readonly distinct: number;
  readonly total: number;
  readonly top: [string, number][];
  readonly seconds: number;
}
interface Measured {
  readonly engine: string;
  readonly wall: number;
  readonly peakRss: number;
  readonly cpu: number;
  readonly outcome: Outcome;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? "") : undefined;
}
const quick = process.argv.includes("--quick");
const skipPyspark = process.argv.includes("--skip-pyspark");
const mb = Number(flag("mb") ?? (quick ? 20 : 500));
const master = flag("master") ?? "local[*]";
const runs = Number(flag("runs") ?? 1);
const python = process.env.PYTHON ?? "python3";
const here = join(REPO_DIR, "bench", "rdd-word-count");

function run(engine: string, cmd: string, args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: REPO_DIR, stdio: ["ignore", "pipe", "pipe"] });
    const sampler = sampleTree(child.pid!);
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = (performance.now() - t0) / 1000;
      const { peakRss, cpu } = sampler.stop();
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) return reject(new Error(`${engine} failed (exit ${code}):\n${err.slice(-2000)}`));
      resolve({ engine, wall, peakRss, cpu, outcome: JSON.parse(line) as Outcome });
    });
  });
}

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const summary = (r: Measured) => `${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(1)} s CPU, peak RSS ${mib(r.peakRss)}`;

async function main(): Promise<void> {
  const file = join(cacheRoot(), "bench", `words-${mb}mb.txt`);
  console.log(`text: ${file} (${mb} MB; generating if missing)`);
  ensureText(file, mb * 1e6);
  if (!skipPyspark && spawnSync(python, ["-c", "import pyspark"]).status !== 0) throw new Error("PySpark is not installed (pip install pyspark==4.1.1); use --skip-pyspark");
  const results: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(await run("faisca", process.execPath, ["--import", "tsx", join(here, "faisca-word-count.ts"), file, master]));
    console.log(`faisca  run ${i + 1}: ${summary(results.at(-1)!)}`);
    if (!skipPyspark) {
      results.push(await run("pyspark", python, [join(here, "pyspark_word_count.py"), file, master]));
      console.log(`pyspark run ${i + 1}: ${summary(results.at(-1)!)}`);
    }
  }
  const best = (engine: string) => results.filter((r) => r.engine === engine).sort((a, b) => a.wall - b.wall)[0];
  const f = best("faisca")!;
  const p = best("pyspark");
  if (p) {
    const same = f.outcome.distinct === p.outcome.distinct && f.outcome.total === p.outcome.total && JSON.stringify(f.outcome.top) === JSON.stringify(p.outcome.top);
    if (!same) throw new Error(`results differ:\nfaisca  ${JSON.stringify(f.outcome)}\npyspark ${JSON.stringify(p.outcome)}`);
  }
  const lines = [
    `# RDD word count, ${mb} MB of text (${new Date().toISOString().slice(0, 16)}Z)`,
    "",
    `Command: \`node scripts/run.mjs bench/rdd-word-count/run.ts ${process.argv.slice(2).join(" ")}\`; master ${master}; ` +
      `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg()[0]!.toFixed(1)} at the end; best of ${runs}. ` +
      "Wall time is end to end (process start to exit); CPU is user + system seconds of the whole process tree.",
    "",
    "| engine | wall (s) | CPU (s) | peak RSS (process tree) | words | distinct |",
    "|---|---:|---:|---:|---:|---:|",
    ...[f, p].filter((x): x is Measured => x !== undefined).map((r) => `| ${r.engine} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(1)} | ${mib(r.peakRss)} | ${r.outcome.total} | ${r.outcome.distinct} |`),
  ];
  if (p) lines.push("", `Faísca is **${(p.wall / f.wall).toFixed(1)}×** faster than PySpark end to end (wall) and uses ${(p.cpu / f.cpu).toFixed(1)}× less CPU; peak RSS ${(f.peakRss / p.peakRss).toFixed(2)}× PySpark's.`);
  const report = lines.join("\n") + "\n";
  console.log("\n" + report);
  if (!quick) writeFileSync(join(here, "results.md"), report);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
