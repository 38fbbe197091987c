// Runs one comparison program on both sessions and asserts that Spark (remote) and the local
// engine agree on the schema and the rows.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SparkSession } from "../../../src/api/spark-session.js";
import type { StructType } from "../../../src/types/data-type.js";
import type { Row } from "../../../src/values/row.js";
import * as sparkErrors from "../../../src/errors/spark-error.js";
import { canonNullability, canonRow, canonSchema } from "./canon.js";
import type { Coverage, Program, ProgramEnv } from "./program.js";

export interface Sides {
  readonly remote: SparkSession;
  readonly local: SparkSession;
  readonly work: string;
  readonly inputs: string;
  readonly coverage: Coverage;
}

interface Outcome {
  schema: StructType;
  rows: Row[];
}

const RUN = Date.now().toString(36);
const slug = (name: string) => name.replace(/[^A-Za-z0-9]+/g, "_").slice(0, 60);

async function runSide(p: Program, spark: SparkSession, env: ProgramEnv, sides: Sides): Promise<Outcome> {
  const df = await p.build(spark, env);
  if (env.side === "remote") sides.coverage.record(df.plan);
  if (p.check) await p.check(df, env.side);
  const schema = await df.schema();
  const rows = p.compare === "schema" ? [] : await df.collect();
  return { schema, rows };
}

const SPARK_ERROR_TYPES = new Set(Object.keys(sparkErrors));

/** How a failure shows to users: its Spark error type (local subclasses included) and class. */
function failure(e: unknown): string {
  const err = e as Error & { errorClass?: string };
  let proto: unknown = Object.getPrototypeOf(err);
  while (proto && !SPARK_ERROR_TYPES.has((proto as { constructor: { name: string } }).constructor.name)) proto = Object.getPrototypeOf(proto);
  const type = proto ? (proto as { constructor: { name: string } }).constructor.name : err.constructor.name;
  return `${type} ${err.errorClass ?? "(no error class)"}`;
}

async function compareFailures(p: Program, sides: Sides, env: (side: "remote" | "local") => ProgramEnv): Promise<void> {
  const outcome = (spark: SparkSession, side: "remote" | "local") =>
    runSide(p, spark, env(side), sides).then(
      () => assert.fail(`${side}: expected the program to fail`),
      (e: unknown) => e,
    );
  const [remote, local] = await Promise.all([outcome(sides.remote, "remote"), outcome(sides.local, "local")]);
  assert.equal(failure(local), failure(remote), `local error: ${(local as Error).message}\nSpark error: ${(remote as Error).message}`);
  const errorClass = (remote as { errorClass?: string }).errorClass;
  // The server's own message comes through, starting with the error class as Spark prints it.
  assert.ok((remote as Error).message.trimStart().startsWith(`[${errorClass}]`), (remote as Error).message);
}

export async function compareProgram(p: Program, sides: Sides, index: number): Promise<void> {
  const env = (side: "remote" | "local"): ProgramEnv => {
    const dir = path.join(sides.work, side, `${index}_${slug(p.name)}`);
    mkdirSync(dir, { recursive: true });
    return { dir, inputs: sides.inputs, side, tag: `${side}_${RUN}_${index}` };
  };
  if (p.compare === "error") return compareFailures(p, sides, env);
  const [remote, local] = await Promise.all([runSide(p, sides.remote, env("remote"), sides), runSide(p, sides.local, env("local"), sides)]);
  assert.deepEqual(canonSchema(local.schema), canonSchema(remote.schema), "schema (names and types)");
  if (!p.localNullabilityDiffers) assert.deepEqual(canonNullability(local.schema), canonNullability(remote.schema), "column nullability");
  if (p.compare === "schema") return;
  if (p.compare === "count") {
    assert.equal(local.rows.length, remote.rows.length, "row count");
    return;
  }
  const r = remote.rows.map(canonRow);
  const l = local.rows.map(canonRow);
  if (!p.ordered) {
    r.sort();
    l.sort();
  }
  assert.deepEqual(l, r, "rows (local engine vs Spark)");
}
