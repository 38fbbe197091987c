// Runs a case on our embedded engine and returns its outcome in the oracle's shape.

import { SparkSession, functions as F, Window, type DataFrame } from "../../src/index.js";
import { sqlParser } from "../../src/session/sql-parser-bridge.js";
import { simpleString } from "../../src/types/type-strings.js";
import { isSqlCase, type DiffCase, type Fixture, type ShowSpec } from "./case.js";
import { encode } from "./canonical.js";
import { fixtureValue, jsonSafe } from "./fixture-values.js";
import { showArgs, type ErrorInfo, type Outcome, type ShowOutcome } from "./oracle.js";

export function newSession(): SparkSession {
  return SparkSession.builder
    .master("local[2]")
    .appName("faisca-differential")
    .config("spark.sql.shuffle.partitions", "4")
    .config("spark.sql.session.timeZone", "UTC")
    .getOrCreate();
}

/** Spark's error class of anything thrown: `errorClass`, else a leading "[CLASS]" in the
 *  message, else "JS:<name>" (a crash, not a Spark error). */
export function errorOf(e: unknown): ErrorInfo {
  if (e instanceof Error) {
    const withClass = e as Error & { errorClass?: string; messageParameters?: Record<string, string> };
    const fromMessage = /^\[([A-Z0-9_]+(?:\.[A-Z0-9_]+)*)\]/.exec(e.message)?.[1];
    const cls = withClass.errorClass ?? fromMessage ?? `JS:${e.name}`;
    return { class: cls, message: e.message, parameters: { ...(withClass.messageParameters ?? {}) } };
  }
  return { class: "JS:thrown", message: String(e), parameters: {} };
}

/** Registers fixtures as temp views, skipping ones already registered with the same content. */
export class OurFixtures {
  private readonly registered = new Map<string, string>();
  constructor(private readonly spark: SparkSession) {}

  async ensure(f: Fixture): Promise<void> {
    const safe = jsonSafe(f.rows) as unknown[][];
    const digest = f.schema + "\0" + JSON.stringify(safe);
    if (this.registered.get(f.name) === digest) return;
    this.registered.delete(f.name);
    const schema = sqlParser.parseDDLSchema(f.schema);
    const rows = safe.map((r) => schema.fields.map((field, i) => fixtureValue(r[i], field.dataType)));
    await this.spark.createDataFrame(rows, schema).createOrReplaceTempView(f.name);
    this.registered.set(f.name, digest);
  }
}

async function show(df: DataFrame, s: ShowSpec): Promise<ShowOutcome> {
  const [n, truncate, vertical] = showArgs(s);
  try {
    return await df.showString(n, truncate, vertical);
  } catch (e) {
    return { error: errorOf(e) };
  }
}

export async function runOurs(spark: SparkSession, fixtures: OurFixtures, c: DiffCase, shows: readonly ShowSpec[]): Promise<Outcome> {
  const previous = new Map<string, string | undefined>();
  try {
    for (const f of c.fixtures ?? []) await fixtures.ensure(f);
    // Awaited: on a Spark Connect session every conf call is an RPC returning a promise.
    for (const [k, v] of Object.entries(c.conf ?? {})) {
      previous.set(k, await spark.conf.getOption(k));
      await spark.conf.set(k, v);
    }
    const built = isSqlCase(c) ? spark.sql(c.sql) : c.ts(spark, F, Window);
    const df = c.compareNames === false ? built.toDF(...(await built.columns()).map((_, i) => `c${i}`)) : built;
    const schema = await df.schema();
    const rows = await df.collect();
    const tree = await df.printSchemaString();
    const shown: ShowOutcome[] = [];
    for (const s of shows) shown.push(await show(df, s));
    return {
      ok: true,
      schema: schema.fields.map((f) => ({ name: f.name, type: simpleString(f.dataType), nullable: f.nullable })),
      tree,
      rows: rows.map((r) => schema.fields.map((f, i) => encode(r.values[i], f.dataType))),
      shows: shown,
    };
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  } finally {
    for (const [k, v] of previous) {
      if (v === undefined) await spark.conf.unset(k);
      else await spark.conf.set(k, v);
    }
  }
}
