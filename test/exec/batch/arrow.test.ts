import { test } from "node:test";
import assert from "node:assert/strict";
import * as A from "apache-arrow";
import { readFileSync } from "node:fs";
import {
  ArrayType, BinaryType, BooleanType, ByteType, CalendarIntervalType, DataType, DateType, DayTimeIntervalType,
  DecimalType, DoubleType, FloatType, IntegerType, LongType, MapType, NullType, ShortType, StringType, StructField,
  StructType, TimestampNTZType, TimestampType, VarcharType, YearMonthIntervalType, dataTypeEquals,
} from "../../../src/types/data-type.js";
import { batchFromRows, batchToRows, makeBatch } from "../../../src/exec/batch/batch-ops.js";
import { dictionaryEncode } from "../../../src/exec/batch/dictionary.js";
import { arrowIPCToBatches, arrowToBatch, batchToArrow, batchesToArrowIPC } from "../../../src/exec/batch/arrow.js";
import { CalendarInterval } from "../../../src/values/interval.js";
import { MapData } from "../../../src/values/map-data.js";

const inner = StructType([StructField("a", LongType()), StructField("b", ArrayType(StringType()))]);
const fields: [string, DataType, unknown[]][] = [
  ["bo", BooleanType(), [true, null, false, true]],
  ["by", ByteType(), [-128, null, 127, 0]],
  ["sh", ShortType(), [-1, null, 300, 0]],
  ["i", IntegerType(), [1, null, -2147483648, 2147483647]],
  ["l", LongType(), [9223372036854775807n, null, -1n, 0n]],
  ["f", FloatType(), [1.5, null, NaN, -0]],
  ["d", DoubleType(), [2.25, null, -0, Infinity]],
  ["dec", DecimalType(10, 2), [12345n, null, -1n, 0n]],
  ["wdec", DecimalType(38, 4), [-(10n ** 37n) - 5n, null, 10n ** 20n, 0n]],
  ["s", StringType(), ["héllo", null, "", "日本😀"]],
  ["vc", VarcharType(5), ["abc", null, "", "x"]],
  ["bin", BinaryType(), [new Uint8Array([0, 255]), null, new Uint8Array(0), new Uint8Array([7])]],
  ["dt", DateType(), [19737, null, -25508, 0]],
  ["ts", TimestampType(), [1705312800123456n, null, -1n, 0n]],
  ["tsntz", TimestampNTZType(), [1705312800123456n, null, -1n, 0n]],
  ["ym", YearMonthIntervalType(), [14, null, -3, 0]],
  ["dtiv", DayTimeIntervalType(), [93784500000n, null, -1n, 0n]],
  ["ci", CalendarIntervalType(), [new CalendarInterval(14, 3, 14706500000n), null, new CalendarInterval(-1, -2, -3n), new CalendarInterval(0, 0, 0n)]],
  ["arr", ArrayType(IntegerType()), [[1, null, 3], null, [], [4]]],
  ["mp", MapType(StringType(), IntegerType()), [new MapData(["a", "b"], [1, null]), null, new MapData([], []), new MapData(["z"], [9])]],
  ["st", inner, [[1n, ["x", null]], null, [null, null], [2n, []]]],
  ["nul", NullType(), [null, null, null, null]],
];
const schema = StructType(fields.map(([n, t]) => StructField(n, t)));
const types = fields.map((f) => f[1]);
const rows = [0, 1, 2, 3].map((r) => fields.map((f) => f[2][r]));

test("batch → Arrow → batch round-trips every Spark type", () => {
  const rb = batchToArrow(batchFromRows(types, rows), schema);
  assert.equal(rb.numRows, 4);
  const back = arrowToBatch(rb);
  assert.ok(dataTypeEquals(back.schema, StructType(fields.map(([n, t]) => StructField(n, t.kind === "varchar" ? StringType() : t)))));
  assert.deepEqual(batchToRows(back.batch), rows);
});

test("Arrow types are the ones Spark Connect uses", () => {
  const rb = batchToArrow(batchFromRows(types, rows), schema, { timeZone: "America/Sao_Paulo" });
  const t = (name: string) => rb.schema.fields.find((f) => f.name === name)!.type;
  assert.ok(t("dec") instanceof A.Decimal && (t("dec") as A.Decimal).bitWidth === 128 && (t("dec") as A.Decimal).precision === 10);
  assert.ok(A.DataType.isDate(t("dt")) && (t("dt") as A.Date_).unit === A.DateUnit.DAY);
  const ts = t("ts") as A.Timestamp;
  assert.equal(ts.unit, A.TimeUnit.MICROSECOND);
  assert.equal(ts.timezone, "America/Sao_Paulo");
  assert.equal((t("tsntz") as A.Timestamp).timezone ?? null, null);
  assert.equal((t("ym") as A.Interval).unit, A.IntervalUnit.YEAR_MONTH);
  assert.ok(A.DataType.isDuration(t("dtiv")) && (t("dtiv") as A.Duration).unit === A.TimeUnit.MICROSECOND);
  assert.equal((t("ci") as A.Interval).unit, A.IntervalUnit.MONTH_DAY_NANO);
  assert.ok(A.DataType.isList(t("arr")) && A.DataType.isMap(t("mp")) && A.DataType.isStruct(t("st")));
  // Arrow reads our values the way we meant them
  assert.equal(rb.getChild("s")!.get(3), "日本😀");
  assert.equal(rb.getChild("l")!.get(0), 9223372036854775807n);
  assert.equal(rb.getChild("bo")!.get(2), false);
  assert.equal(rb.getChild("i")!.get(1), null);
});

test("IPC round-trip, with selection and dict columns", () => {
  const b = batchFromRows(types, rows);
  const cols = [...b.columns];
  cols[9] = dictionaryEncode(cols[9]!);
  const sel = makeBatch(cols, 4, new Int32Array([0, 3]));
  const bytes = batchesToArrowIPC([b, sel], schema);
  const { schema: s2, batches } = arrowIPCToBatches(bytes);
  assert.equal(s2.fields.length, fields.length);
  assert.deepEqual(batchToRows(batches[0]!), rows);
  assert.deepEqual(batchToRows(batches[1]!), [rows[0], rows[3]]);
  assert.deepEqual(arrowIPCToBatches(batchesToArrowIPC([], schema)).batches, []);
});

test("Arrow dictionaries, slices and other units import correctly", () => {
  const dictVec = A.vectorFromArray(["a", "b", null, "a", "c"], new A.Dictionary(new A.Utf8(), new A.Int32()));
  const tsMs = A.vectorFromArray([1000n, -1n], new A.TimestampMillisecond("UTC"));
  const table = new A.Table({ d: dictVec });
  const { batch } = arrowToBatch(table.batches[0]!);
  assert.equal(batch.columns[0]!.encoding, "dict");
  assert.deepEqual(batchToRows(batch).map((r) => r[0]), ["a", "b", null, "a", "c"]);
  const sliced = new A.Table({ s: A.vectorFromArray(["xx", "yyy", "z", null]) }).slice(1, 4);
  assert.deepEqual(batchToRows(arrowToBatch(sliced.batches[0]!).batch).map((r) => r[0]), ["yyy", "z", null]);
  const { batch: tb, schema: ts } = arrowToBatch(new A.Table({ t: tsMs }).batches[0]!);
  assert.equal(ts.fields[0]!.dataType.kind, "timestamp");
  assert.deepEqual(batchToRows(tb).map((r) => r[0]), [1000000n, -1000n]);
});

test("reads the Arrow stream real PySpark 4 produces (fixtures/spark-arrow-oracle.py) and writes the same schema", () => {
  const bytes = new Uint8Array(readFileSync(new URL("./fixtures/spark-all-types.arrows", import.meta.url)));
  const { schema: s, batches } = arrowIPCToBatches(bytes);
  const kinds = s.fields.map((f) => f.dataType.kind);
  assert.deepEqual(kinds, ["boolean", "byte", "short", "integer", "long", "float", "double", "decimal", "decimal", "string",
    "binary", "date", "timestamp", "timestamp_ntz", "day_time_interval", "array", "map", "struct"]);
  const rowsOut = batches.flatMap(batchToRows);
  assert.deepEqual(rowsOut, [
    [true, -5, 300, 7, 9223372036854775807n, 1.5, 2.25, 12345n, -123456789012345678901234n, "héllo", new Uint8Array([0, 255]),
      19737, 1705312800123456n, 1705312800123456n, 93784500000n, [1, null, 3], new MapData(["a", "b"], [1, null]), [1n, "z"]],
    new Array(18).fill(null),
    [false, 127, -1, -1, -1n, NaN, -0, -1n, 0n, "", new Uint8Array(0), -25508, -1n, -1n, -1n, [], new MapData([], []), [null, null]],
  ]);
  // our export of the same schema has the same Arrow types as Spark's
  const sparkArrow = A.tableFromIPC(bytes).schema;
  const ours = batchToArrow(batches[0]!, s).schema;
  assert.deepEqual(ours.fields.map((f) => String(f.type)), sparkArrow.fields.map((f) => String(f.type)));
});
