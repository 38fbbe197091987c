#!/usr/bin/env node
// The faisca command line: run programs and SQL on the embedded engine.
//   faisca submit app.ts [args...]   run a TypeScript/JavaScript program (like spark-submit)
//   faisca sql "SELECT ..."          run SQL and print the result as show() does
//   faisca version
import { Command } from "commander";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The engine: the compiled package when built, the TypeScript sources (through tsx) otherwise. */
async function loadEngine() {
  const dist = join(root, "dist", "index.js");
  if (existsSync(dist)) return import(pathToFileURL(dist).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(root, "src", "index.ts")).href);
}

const program = new Command();
program.name("faisca").description("Apache Spark, native to TypeScript");

program
  .command("submit")
  .description("run a TypeScript or JavaScript program on the embedded engine")
  .argument("<file>", "program to run")
  .argument("[args...]", "arguments for the program")
  .allowUnknownOption()
  .action((file, args) => {
    const isTs = /\.[cm]?ts$/.test(file);
    const r = spawnSync(process.execPath, [...(isTs ? ["--import", "tsx"] : []), resolve(file), ...args], { stdio: "inherit" });
    process.exit(r.status ?? 1);
  });

program
  .command("sql")
  .description("run a SQL statement and print its result")
  .argument("<query>", "Spark SQL text")
  .option("-n, --num-rows <n>", "rows to show", "20")
  .option("--no-truncate", "do not truncate long cells")
  .action(async (query, opts) => {
    const { SparkSession } = await loadEngine();
    const spark = SparkSession.builder.appName("faisca-sql").getOrCreate();
    try {
      await spark.sql(query).show(Number(opts.numRows), opts.truncate);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    } finally {
      await spark.stop();
    }
  });

program
  .command("version")
  .description("print the version")
  .action(async () => {
    const { SparkSession } = await loadEngine();
    console.log(`faisca (Spark ${SparkSession.builder.create().version} semantics)`);
  });

await program.parseAsync();
