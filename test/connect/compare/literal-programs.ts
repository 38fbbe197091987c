// Comparison programs for literals of every data type (Expression.Literal) and for local
// relations holding every data type (sent as Arrow IPC), nulls included.
import { Column } from "../../../src/api/column.js";
import { functions as F } from "../../../src/api/functions.js";
import type { SparkSession } from "../../../src/api/spark-session.js";
import type { DataType } from "../../../src/types/data-type.js";
import { Decimal } from "../../../src/values/decimal.js";
import { SparkDate } from "../../../src/values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../../../src/values/timestamp.js";
import { CalendarInterval, DayTimeInterval, YearMonthInterval } from "../../../src/values/interval.js";
import { Row } from "../../../src/values/row.js";
import type { Program } from "./program.js";

const KINDS: Record<DataType["kind"], true> = {
  null: true, binary: true, boolean: true, byte: true, short: true, integer: true, long: true, float: true, double: true,
  date: true, timestamp: true, timestamp_ntz: true, calendar_interval: true, string: true, char: true, varchar: true,
  decimal: true, year_month_interval: true, day_time_interval: true, array: true, map: true, struct: true,
};
/** Every DataType kind (a new kind fails to compile until it is listed). */
export const ALL_TYPE_KINDS = Object.keys(KINDS) as readonly DataType["kind"][];

const lit = (value: unknown, dataType: DataType, name: string) => new Column({ kind: "literal", value, dataType }).alias(name);
const INT: DataType = { kind: "integer" };
const STR: DataType = { kind: "string" };

/** [column name, type, a value, another value] for every kind a literal / local row can hold. */
const VALUES: [string, DataType, unknown, unknown][] = [
  ["bool", { kind: "boolean" }, true, false],
  ["by", { kind: "byte" }, -128, 127],
  ["sh", { kind: "short" }, 32767, -5],
  ["i", INT, -2147483648, 42],
  ["l", { kind: "long" }, 9223372036854775807n, -9007199254740993n],
  ["f", { kind: "float" }, 1.5, -0.25],
  ["d", { kind: "double" }, 1e300, -Math.PI],
  ["dec", { kind: "decimal", precision: 38, scale: 10 }, new Decimal(-12345678901234567890123456789n, 10), new Decimal(1n, 10)],
  ["dec0", { kind: "decimal", precision: 5, scale: 0 }, new Decimal(99999n, 0), new Decimal(-1n, 0)],
  ["s", STR, "olá, \u00e7 \u{1F600}", ""],
  ["bin", { kind: "binary" }, new Uint8Array([0, 255, 16]), new Uint8Array([])],
  ["dt", { kind: "date" }, SparkDate.fromString("1969-12-31"), SparkDate.fromString("2024-02-29")],
  ["ts", { kind: "timestamp" }, Timestamp.fromString("1900-01-01 00:00:00.000001"), Timestamp.fromString("2038-01-19 03:14:08")],
  ["ntz", { kind: "timestamp_ntz" }, TimestampNTZ.fromString("2024-06-01 12:34:56.789"), TimestampNTZ.fromString("1970-01-01 00:00:00")],
  ["ym", { kind: "year_month_interval", startField: 0, endField: 1 }, new YearMonthInterval(14), new YearMonthInterval(-3)],
  ["dti", { kind: "day_time_interval", startField: 0, endField: 3 }, new DayTimeInterval(90061000001n), new DayTimeInterval(-1n)],
  ["arr", { kind: "array", elementType: INT, containsNull: true }, [1, null, 3], []],
  ["arr2", { kind: "array", elementType: { kind: "array", elementType: STR, containsNull: true }, containsNull: true }, [["a"], null, []], [[null]]],
  ["m", { kind: "map", keyType: STR, valueType: { kind: "double" }, valueContainsNull: true }, new Map([["a", 1.5], ["b", null]]), new Map()],
  [
    "st",
    { kind: "struct", fields: [{ name: "x", dataType: INT, nullable: true }, { name: "y", dataType: { kind: "array", elementType: { kind: "date" }, containsNull: true }, nullable: true }] },
    new Row(["x", "y"], [7, [SparkDate.fromString("2000-01-01")]]),
    new Row(["x", "y"], [null, null]),
  ],
];

const CI: DataType = { kind: "calendar_interval" };

const struct = (cols: [string, DataType, ...unknown[]][]) => ({ kind: "struct" as const, fields: cols.map(([name, dataType]) => ({ name, dataType, nullable: true })) });

function everyTypeRows(s: SparkSession) {
  const schema = struct([...VALUES, ["nul", { kind: "null" }]]);
  const rows = [VALUES.map((v) => v[2]).concat([null]), VALUES.map((v) => v[3]).concat([null]), VALUES.map(() => null).concat([null])];
  return s.createDataFrame(rows, schema);
}

export const literalPrograms: Program[] = [
  { name: "literals of every type", build: (s) => s.range(1).select(...VALUES.map(([n, t, v]) => lit(v, t, n))) },
  { name: "second literal of every type", build: (s) => s.range(1).select(...VALUES.map(([n, t, , v]) => lit(v, t, n))) },
  { name: "typed null literals of every type", build: (s) => s.range(1).select(...VALUES.map(([n, t]) => lit(null, t, n)), lit(null, { kind: "null" }, "untyped")) },
  { name: "calendar interval literal (collected)", build: (s) => s.range(1).select(lit(new CalendarInterval(-1, 40, 7n), CI, "ci")) },
  { name: "calendar interval literal (schema)", compare: "schema", build: (s) => s.range(1).select(lit(new CalendarInterval(1, 2, 3000000n), CI, "ci")) },
  { name: "calendar interval literal used in date arithmetic", build: (s) => s.range(1).select(F.lit(SparkDate.fromString("2024-01-31")).plus(new Column({ kind: "literal", value: new CalendarInterval(1, 1, 0n), dataType: CI })).alias("d")) },
  { name: "local relation with a calendar interval column", build: (s) => s.createDataFrame([[new CalendarInterval(1, 2, 3n)], [null]], "ci interval") },
  { name: "local relation with char/varchar columns is refused", compare: "error", build: (s) => s.createDataFrame([["ab", "abc"], [null, ""]], "c char(3), vc varchar(5)") },
  { name: "inferred literals (F.lit of JS values)", build: (s) => s.range(1).select(F.lit(1).alias("a"), F.lit(2n ** 40n).alias("b"), F.lit(0.5).alias("c"), F.lit("x").alias("d"), F.lit(true).alias("e"), F.lit(null).alias("f"), F.lit(new Decimal(314n, 2)).alias("g"), F.lit(SparkDate.fromString("2020-02-02")).alias("h"), F.lit([1, 2]).alias("i")) },
  { name: "literals in expressions", build: (s) => s.range(3).select(F.col("id").plus(lit(new Decimal(5n, 1), { kind: "decimal", precision: 2, scale: 1 }, "x")).alias("p"), F.array_contains(lit([1n, 2n], { kind: "array", elementType: { kind: "long" }, containsNull: false }, "a"), F.col("id")).alias("in")) },
  { name: "local relation with every type (Arrow IPC)", build: everyTypeRows },
  { name: "local relation with every type, used in an expression", build: (s) => everyTypeRows(s).select(F.col("dec").plus(1).alias("dec1"), F.date_add(F.col("dt"), 1).alias("dt1"), F.size("arr").alias("n"), F.col("st.x").alias("x"), F.col("m").getItem("a").alias("ma"), F.hex(F.col("bin")).alias("hex")) },
  { name: "empty local relation", build: (s) => s.createDataFrame([], "a int, b string") },
  { name: "local relation with inferred schema", build: (s) => s.createDataFrame([{ a: 1, b: "x", c: 2.5, d: true }, { a: 2, b: null, c: null, d: false }]) },
];
