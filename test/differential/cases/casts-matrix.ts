// The cast matrix: every source type × every target type, with ANSI on (valid values, overflow
// → CAST_OVERFLOW / NUMERIC_VALUE_OUT_OF_RANGE, invalid strings → CAST_INVALID_INPUT,
// unsupported pairs → DATATYPE_MISMATCH.*), try_cast, and ANSI off (legacy: NULL or wrap).
import { group, sql } from "../case.js";
import type { DiffCase, Fixture } from "../case.js";

/** One column per atomic source type; rows 1–3 are in range for every target. */
export const cs: Fixture = {
  name: "cs",
  schema: "id INT, bo BOOLEAN, ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, db DOUBLE, de DECIMAL(10,2), bin BINARY, dt DATE, ts TIMESTAMP, ntz TIMESTAMP_NTZ",
  rows: [
    [1, true, 1, 2, 3, 4, 1.5, 2.5, "1.25", { hex: "31" }, "2024-02-29", "2024-02-29 10:11:12.5", "2024-02-29 10:11:12.5"],
    [2, false, -1, -2, -3, -4, -1.5, -0, "-1.25", { hex: "" }, "1969-12-31", "1969-12-31 23:59:59", "1969-12-31 23:59:59"],
    [3, null, null, null, null, null, null, null, null, null, null, null, null],
    [4, true, 127, 32767, 2147483647, 9223372036854775807n, 3.4028234663852886e38, 1e308, "99999999.99", { hex: "ff00" }, "9999-12-31", "9999-12-31 23:59:59.999999", "9999-12-31 23:59:59.999999"],
    [5, false, -128, -32768, -2147483648, -9223372036854775808n, -3.4028234663852886e38, -1e308, "-99999999.99", { hex: "00" }, "0001-01-01", "0001-01-01 00:00:00", "0001-01-01 00:00:00"],
    [6, true, 0, 0, 0, 0, NaN, Infinity, "0.01", { hex: "e282ac" }, "1582-10-15", "1900-01-01 00:00:00.000001", "1900-01-01 00:00:00.000001"],
    [7, false, 100, 300, 70000, 5000000000, -Infinity, NaN, "999.95", { hex: "7f" }, "1970-01-01", "1970-01-01 00:00:00", "1970-01-01 00:00:00"],
  ],
};

type Src = "bo" | "ti" | "si" | "i" | "bi" | "f" | "db" | "de" | "bin" | "dt" | "ts" | "ntz";
const SOURCES: readonly Src[] = ["bo", "ti", "si", "i", "bi", "f", "db", "de", "bin", "dt", "ts", "ntz"];
const TARGETS = ["BOOLEAN", "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL(10,2)", "DECIMAL(4,1)", "STRING", "BINARY", "DATE", "TIMESTAMP", "TIMESTAMP_NTZ"] as const;
type Target = (typeof TARGETS)[number];

const NUMERIC: readonly Src[] = ["ti", "si", "i", "bi", "f", "db", "de"];
const INTEGRAL: readonly Src[] = ["ti", "si", "i", "bi"];
const NUM_TARGETS: readonly Target[] = ["TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL(10,2)", "DECIMAL(4,1)"];

/** Spark 4's ANSI cast rules (Cast.canAnsiCast) for the atomic types above. */
function ansiCastable(s: Src, t: Target): boolean {
  if (t === "STRING") return true;
  const numeric = NUMERIC.includes(s);
  const toNumeric = NUM_TARGETS.includes(t);
  switch (s) {
    case "bo": return t === "BOOLEAN" || toNumeric;
    case "bin": return t === "BINARY";
    case "dt": return t === "DATE" || t === "TIMESTAMP" || t === "TIMESTAMP_NTZ";
    case "ts": return t === "DATE" || t === "TIMESTAMP" || t === "TIMESTAMP_NTZ" || toNumeric;
    case "ntz": return t === "DATE" || t === "TIMESTAMP" || t === "TIMESTAMP_NTZ";
    default: return numeric && (toNumeric || t === "BOOLEAN" || t === "TIMESTAMP");
  }
}

/** Spark 4's legacy (non-ANSI) cast rules (Cast.canCast). */
function legacyCastable(s: Src, t: Target): boolean {
  if (ansiCastable(s, t)) return true;
  switch (s) {
    case "bo": return t === "TIMESTAMP";
    case "dt": return t === "BOOLEAN" || NUM_TARGETS.includes(t);
    case "ts": return t === "BOOLEAN";
    default: return INTEGRAL.includes(s) && t === "BINARY";
  }
}

/** The error Spark raises for a pair neither rule allows (ANSI on). */
function unsupportedError(s: Src, t: Target): string {
  if ((NUMERIC.includes(s) && t === "DATE") || (s === "dt" && NUM_TARGETS.includes(t))) return "DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION";
  return legacyCastable(s, t) ? "DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION" : "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION";
}

const ansiOff = { conf: { "spark.sql.ansi.enabled": "false" } };
/** Targets a 2024 timestamp (1.7e9 seconds) overflows. */
const TS_NARROW: readonly Target[] = ["TINYINT", "SMALLINT", "DECIMAL(10,2)", "DECIMAL(4,1)"];
/** Dates and timestamps beyond years 1–9999 cannot reach Python, so they are compared as text. */
const shown = (e: string, t: Target): string => (t === "DATE" || t === "TIMESTAMP" || t === "TIMESTAMP_NTZ" ? `CAST(${e} AS STRING)` : e);
const tag = (t: Target) => t.toLowerCase().replace(/[(),]/g, "").replace("decimal", "dec");

function matrixCases(): DiffCase[] {
  const out: DiffCase[] = [];
  for (const s of SOURCES) {
    const ansi = TARGETS.filter((t) => ansiCastable(s, t));
    const legacy = TARGETS.filter((t) => legacyCastable(s, t));
    const valid = s === "ts" ? ansi.filter((t) => !TS_NARROW.includes(t)) : ansi;
    out.push(sql(`${s}-valid`, `SELECT id, ${valid.map((t) => `CAST(${s} AS ${t})`).join(", ")} FROM cs WHERE id <= 3 ORDER BY id`));
    out.push(sql(`${s}-try`, `SELECT id, ${ansi.map((t) => shown(`try_cast(${s} AS ${t})`, t)).join(", ")} FROM cs ORDER BY id`));
    out.push(sql(`${s}-legacy`, `SELECT id, ${legacy.map((t) => shown(`CAST(${s} AS ${t})`, t)).join(", ")} FROM cs ORDER BY id`, ansiOff));
    for (const t of TARGETS.filter((x) => !ansiCastable(s, x))) {
      out.push(sql(`${s}-to-${tag(t)}-unsupported`, `SELECT CAST(${s} AS ${t}) FROM cs`, { error: unsupportedError(s, t) }));
    }
  }
  return out;
}

/** Narrowing casts that overflow under ANSI (row 4 holds each type's maximum, row 7 more). */
const OVERFLOWS: readonly [string, number, Target, string][] = [
  ["si", 4, "TINYINT", "CAST_OVERFLOW"],
  ["i", 7, "SMALLINT", "CAST_OVERFLOW"],
  ["bi", 7, "INT", "CAST_OVERFLOW"],
  ["f", 4, "BIGINT", "CAST_OVERFLOW"],
  ["f", 6, "INT", "CAST_OVERFLOW"],
  ["db", 6, "BIGINT", "CAST_OVERFLOW"],
  ["db", 7, "INT", "CAST_OVERFLOW"],
  ["de", 4, "SMALLINT", "CAST_OVERFLOW"],
  ["de", 7, "DECIMAL(4,1)", "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION"],
  ["i", 4, "DECIMAL(4,1)", "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION"],
  ["db", 4, "DECIMAL(10,2)", "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION"],
  ["ts", 4, "INT", "CAST_OVERFLOW"],
  ["ts", 1, "TINYINT", "CAST_OVERFLOW"],
  ["ts", 1, "DECIMAL(10,2)", "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION"],
  ["db", 6, "TIMESTAMP", "CAST_INVALID_INPUT"],
];

/** Strings per target: ones Spark accepts, and ones it rejects (→ CAST_INVALID_INPUT). */
const STRINGS: Record<Exclude<Target, "STRING" | "BINARY">, { valid: string[]; invalid: string[] }> = {
  BOOLEAN: { valid: ["true", "FALSE", " t ", "yes", "n", "1", "0", "Y"], invalid: ["maybe", "2", "", "tru"] },
  TINYINT: { valid: ["127", "-128", " 5 ", "+3", "-0", "007"], invalid: ["128", "1.5", "x", "", "1e1"] },
  SMALLINT: { valid: ["32767", "-32768", "\t12\n"], invalid: ["32768", "--1", "0x10"] },
  INT: { valid: ["2147483647", "-2147483648", "0012", "+0"], invalid: ["2147483648", "1e3", "1 2", "١٢"] },
  BIGINT: { valid: ["9223372036854775807", "-9223372036854775808", " 42"], invalid: ["9223372036854775808", "4.0", "-"] },
  FLOAT: { valid: ["1.5", "-0", "NaN", "inf", "-Infinity", "1e39", "3.4028235e38", "  2  ", "1e-50"], invalid: ["abc", "1,5", "nan!"] },
  DOUBLE: { valid: ["1.5", "1e308", "1e309", "-0.0", "NaN", "Infinity", "+inf", ".5", "5.", "4.9e-324"], invalid: ["abc", "0x10", "1e", ""] },
  "DECIMAL(10,2)": { valid: ["12.345", "-0.005", "1e2", " 99999999.994 ", "0.001", "-12"], invalid: ["abc", "NaN", "1..2"] },
  "DECIMAL(4,1)": { valid: ["999.94", "-999.9", "0.05"], invalid: ["x1"] },
  DATE: { valid: ["2024-02-29", "2024", "2024-3", "2024-03-05T10:00", " 2024-03-05 ", "0001-01-01", "2024-03-05 junk"], invalid: ["2024-02-30", "2024-13-01", "abc", "", "2024/03/05"] },
  TIMESTAMP: { valid: ["2024-02-29 10:11:12", "2024-02-29T10:11:12.123456789", "2024-02-29 10:11:12Z", "2024-02-29 10:11:12+05:30", "2024-02-29 10:11:12 America/Los_Angeles", "2024", "2024-02-29 10:11", "1969-12-31 23:59:59.999999"], invalid: ["2024-02-29 25:00:00", "abc", "2024-02-30 00:00:00", "10:11:12 2024"] },
  TIMESTAMP_NTZ: { valid: ["2024-02-29 10:11:12", "2024-02-29 10:11:12+05:30", "2024", "2024-02-29T00:00:00.000001"], invalid: ["abc", "2024-02-29 24:00:01"] },
};
const STRING_OVERFLOW: Partial<Record<Target, string>> = { "DECIMAL(10,2)": "1e10", "DECIMAL(4,1)": "999.95" };

const lit = (v: string) => `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\t/g, "\\t").replace(/\n/g, "\\n")}'`;

function stringCases(): DiffCase[] {
  const out: DiffCase[] = [];
  for (const [t, { valid, invalid }] of Object.entries(STRINGS) as [Target, { valid: string[]; invalid: string[] }][]) {
    out.push(sql(`string-to-${tag(t)}-valid`, `SELECT ${[...valid.map((v) => `CAST(${lit(v)} AS ${t})`), `CAST(CAST(NULL AS STRING) AS ${t})`].join(", ")}`));
    out.push(sql(`string-to-${tag(t)}-try`, `SELECT ${[...invalid, ...valid].map((v) => `try_cast(${lit(v)} AS ${t})`).join(", ")}`));
    out.push(sql(`string-to-${tag(t)}-legacy`, `SELECT ${[...invalid, ...valid].map((v) => `CAST(${lit(v)} AS ${t})`).join(", ")}`, ansiOff));
    out.push(sql(`string-to-${tag(t)}-invalid`, `SELECT CAST(${lit(invalid[0]!)} AS ${t})`, { error: "CAST_INVALID_INPUT" }));
    const overflow = STRING_OVERFLOW[t];
    if (overflow) out.push(sql(`string-to-${tag(t)}-overflow`, `SELECT CAST(${lit(overflow)} AS ${t})`, { error: "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION" }));
  }
  out.push(sql("string-to-string-binary", "SELECT CAST('héllo' AS STRING), CAST('' AS BINARY), CAST('😀' AS BINARY), CAST(CAST('é' AS BINARY) AS STRING), CAST(X'C328' AS STRING)"));
  return out;
}

function complexCases(): DiffCase[] {
  return [
    sql("array-elements", "SELECT CAST(array('1', NULL, ' 3 ') AS ARRAY<INT>), CAST(array(1.5D, NULL) AS ARRAY<DECIMAL(3,1)>), CAST(array(true, false) AS ARRAY<STRING>), CAST(array(DATE'2024-02-29') AS ARRAY<TIMESTAMP>), CAST(CAST(NULL AS ARRAY<INT>) AS ARRAY<STRING>)"),
    sql("array-element-invalid", "SELECT CAST(array('1', 'x') AS ARRAY<INT>)", { error: "CAST_INVALID_INPUT" }),
    sql("array-element-overflow", "SELECT CAST(array(1000) AS ARRAY<TINYINT>)", { error: "CAST_OVERFLOW" }),
    sql("array-element-legacy", "SELECT CAST(array('1', 'x') AS ARRAY<INT>), CAST(array(1000) AS ARRAY<TINYINT>)", ansiOff),
    sql("map-casts", "SELECT CAST(map('a', '1', 'b', NULL) AS MAP<STRING, INT>), CAST(map(1, 1.5D) AS MAP<STRING, STRING>), CAST(map('k', array(1)) AS MAP<STRING, ARRAY<BIGINT>>)"),
    sql("map-null-key-cast", "SELECT CAST(map('x', 1) AS MAP<INT, INT>)", { error: "CAST_INVALID_INPUT" }),
    sql("struct-casts", "SELECT CAST(named_struct('a', '1', 'b', 2) AS STRUCT<x: INT, y: STRING>), CAST(named_struct('a', 1.5D) AS STRUCT<a: DECIMAL(4,2)>), CAST(CAST(NULL AS STRUCT<a: INT>) AS STRUCT<b: STRING>)"),
    sql("struct-field-count-mismatch", "SELECT CAST(named_struct('a', 1, 'b', 2) AS STRUCT<a: INT>)", { error: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION" }),
    sql("array-to-int", "SELECT CAST(array(1) AS INT)", { error: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION" }),
    sql("map-to-array", "SELECT CAST(map('a', 1) AS ARRAY<INT>)", { error: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION" }),
    sql("int-to-array", "SELECT CAST(1 AS ARRAY<INT>)", { error: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION" }),
    sql("complex-to-string", "SELECT CAST(array(array(1, NULL), NULL) AS STRING), CAST(map('a', named_struct('x', NULL)) AS STRING), CAST(named_struct('d', DATE'2024-02-29', 'b', X'01ff') AS STRING), CAST(array(CAST('NaN' AS DOUBLE), -0.0D, 1e20D) AS STRING)"),
    sql("complex-to-string-legacy", "SELECT CAST(array(1, NULL) AS STRING), CAST(map('a', NULL) AS STRING), CAST(named_struct('x', NULL) AS STRING)", { conf: { "spark.sql.legacy.castComplexTypesToString.enabled": "true" }, expectedToFail: "legacy complex-to-string format (spark.sql.legacy.castComplexTypesToString.enabled) not implemented" }),
    sql("interval-casts", "SELECT CAST(INTERVAL '1 02:03:04.5' DAY TO SECOND AS STRING), CAST(INTERVAL '2-3' YEAR TO MONTH AS STRING), CAST(CAST('1 day 2 hours' AS INTERVAL) AS STRING), CAST(INTERVAL '3' DAY AS INT), CAST(INTERVAL '90' MINUTE AS BIGINT), CAST(5 AS INTERVAL HOUR), CAST('10:30' AS INTERVAL HOUR TO MINUTE)", { compareShow: false, expectedToFail: "string to CalendarInterval casts (CAST('1 day 2 hours' AS INTERVAL)) are not implemented" }),
    sql("null-to-every-type", "SELECT CAST(NULL AS BOOLEAN), CAST(NULL AS TINYINT), CAST(NULL AS DECIMAL(38,18)), CAST(NULL AS BINARY), CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP_NTZ), CAST(NULL AS ARRAY<INT>), CAST(NULL AS MAP<STRING,INT>), CAST(NULL AS STRUCT<a: INT>)"),
    sql("cast-double-colon", "SELECT '12'::INT, 1.5::STRING, '2024-02-29'::DATE, 3::DOUBLE"),
    sql("shortcut-cast-functions", "SELECT tinyint('1'), smallint('2'), int('7'), bigint('8'), float('1.5'), double('2.5'), decimal('3.14159'), string(3), boolean('true'), date('2024-02-29'), timestamp('2024-02-29 10:00:00'), binary('ab')"),
    sql("shortcut-cast-invalid", "SELECT int('x')", { error: "CAST_INVALID_INPUT" }),
    sql("cast-decimal-scale-rounding", "SELECT CAST(0.125 AS DECIMAL(3,2)), CAST(-0.125 AS DECIMAL(3,2)), CAST(0.135D AS DECIMAL(3,2)), CAST(12345678901234567890.5 AS DECIMAL(38,0)), CAST(1e-40D AS DECIMAL(38,38)), CAST(CAST('NaN' AS DOUBLE) AS DECIMAL(10,2))"),
    sql("cast-decimal-scale-rounding-valid", "SELECT CAST(0.125 AS DECIMAL(3,2)), CAST(-0.125 AS DECIMAL(3,2)), CAST(0.135D AS DECIMAL(3,2)), CAST(12345678901234567890.5 AS DECIMAL(38,0)), CAST(1e-40D AS DECIMAL(38,38)), CAST(123.456 AS DECIMAL(38,37))", { error: "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION" }),
  ];
}

export default group("casts-matrix", { fixtures: [cs], compareNames: false, compareNullability: false, compareShow: false }, [
  ...matrixCases(),
  ...OVERFLOWS.map(([s, id, t, err]) => sql(`${s}-to-${tag(t)}-overflow-row${id}`, `SELECT CAST(${s} AS ${t}) FROM cs WHERE id = ${id}`, { error: err })),
  ...OVERFLOWS.map(([s, id, t]) => sql(`${s}-to-${tag(t)}-overflow-row${id}-legacy`, `SELECT ${shown(`CAST(${s} AS ${t})`, t)}, ${shown(`try_cast(${s} AS ${t})`, t)} FROM cs WHERE id = ${id}`, ansiOff)),
  sql("bi-to-timestamp-saturates", "SELECT CAST(CAST(bi AS TIMESTAMP) AS STRING) FROM cs WHERE id IN (4, 5) ORDER BY id"),
  ...stringCases(),
  ...complexCases(),
]);
