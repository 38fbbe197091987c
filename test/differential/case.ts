// What a differential case is: one program (a SQL query, or a DataFrame program written in
// TypeScript and in PySpark side by side) over fixtures, run on our engine and on real Spark.
//
// Case files (cases/*.ts) export `default: DiffCase[]`, built with `sql(...)` and `df(...)`.
// The Spark side needs only the JSON-able parts (fixtures, sql/py, conf, shows); the Spark
// Connect path (connect.suite.ts) runs the same `sql` text and the same `ts` program remotely.

import type { DataFrame, SparkSession, functions as Functions, Window as WindowClass } from "../../src/index.js";

/** A temp view registered on both sides with the same rows and DDL schema.
 *  Cell values by column type: integers as numbers (bigint or string for longs beyond 2^53);
 *  doubles as numbers or "NaN" / "Infinity" / "-Infinity" / "-0.0" (or NaN, -0 literals);
 *  decimals as strings ("12.50"); dates "2024-01-31"; timestamps "2024-01-31 10:00:00[.ffffff]"
 *  (UTC); binary {hex: "0aff"}; arrays as arrays; maps as [[key, value], ...]; structs as arrays
 *  (by position) or objects (by name); null for NULL. */
export interface Fixture {
  readonly name: string;
  readonly schema: string;
  readonly rows: readonly (readonly unknown[])[];
}

/** Arguments of df.show(): rows, truncate (true = 20, false = 0, or a width), vertical. */
export interface ShowSpec {
  readonly n?: number;
  readonly truncate?: boolean | number;
  readonly vertical?: boolean;
}

export type DataFrameProgram = (spark: SparkSession, F: typeof Functions, W: typeof WindowClass) => DataFrame;

export interface CaseOptions {
  /** Fixtures this case reads (registered as temp views before it runs). */
  readonly fixtures?: readonly Fixture[];
  /** Session confs set for this case only (both sides), e.g. {"spark.sql.ansi.enabled": "false"}. */
  readonly conf?: Readonly<Record<string, string>>;
  /** Compare rows in order. Default: detected (a top-level ORDER BY; orderBy/sort last in the program). */
  readonly ordered?: boolean;
  /** Compare column names. When false, both sides rename the result's columns c0, c1, ...
   *  (toDF) before anything is compared, so show() text still compares; for cases about
   *  values whose unaliased column names are covered by dedicated cases. */
  readonly compareNames?: boolean;
  /** Compare nullability (fields and the printSchema tree). Default true. */
  readonly compareNullability?: boolean;
  /** Compare the default show() text. Default: when ordered, or when Spark returns ≤ 1 row. */
  readonly compareShow?: boolean;
  /** Further show() variants whose text is compared (truncation, vertical, n). */
  readonly shows?: readonly ShowSpec[];
  /** The error class Spark raises for this case (checked against the oracle too). */
  readonly error?: string;
  /** How much of an error to compare: its class (default), its message parameters too, or its
   *  message text too (the text before Spark's "== SQL ==" query-context block). */
  readonly compareError?: "class" | "parameters" | "message";
  /** A known difference: the case must still differ; when it stops differing the test fails
   *  so the mark gets removed. Say why in a few words ("window frames not implemented"). */
  readonly expectedToFail?: string;
  /** A known difference on the Spark Connect path only (our client against a Connect server):
   *  asserted to still differ there, like expectedToFail. */
  readonly expectedToFailRemote?: string;
  /** Why this case cannot run through Spark Connect (a JS UDF, local files, RDDs): the Connect
   *  path skips it and lists the reason. */
  readonly skipRemote?: string;
}

export interface SqlCase extends CaseOptions {
  readonly id: string;
  readonly sql: string;
}

export interface DataFrameCase extends CaseOptions {
  readonly id: string;
  /** Our program. */
  readonly ts: DataFrameProgram;
  /** The same program in PySpark: one expression, or lines that assign `df`. In scope: spark,
   *  F, Window (W), T (types), Row, Decimal, date, datetime. */
  readonly py: string;
}

export type DiffCase = SqlCase | DataFrameCase;

export const isSqlCase = (c: DiffCase): c is SqlCase => "sql" in c;

export function sql(id: string, text: string, options: CaseOptions = {}): SqlCase {
  return { id, sql: text, ...options };
}

export function df(id: string, ts: DataFrameProgram, py: string, options: CaseOptions = {}): DataFrameCase {
  return { id, ts, py, ...options };
}

/** Prefixes ids with a group name and applies shared options to every case of a file. */
export function group(name: string, shared: CaseOptions, cases: readonly DiffCase[]): DiffCase[] {
  return cases.map((c) => ({
    ...shared,
    ...c,
    id: `${name}/${c.id}`,
    // a case's own fixture replaces a shared one of the same name
    fixtures: [...new Map([...(shared.fixtures ?? []), ...(c.fixtures ?? [])].map((f) => [f.name, f])).values()],
  }));
}
