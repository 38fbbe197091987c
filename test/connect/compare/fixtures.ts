// Small data sets the comparison programs share (local relations: they travel to the server as
// Arrow IPC). Nulls, ties and duplicates on purpose.
import type { SparkSession } from "../../../src/api/spark-session.js";
import { Decimal } from "../../../src/values/decimal.js";
import { SparkDate } from "../../../src/values/spark-date.js";

const d = (iso: string) => SparkDate.fromString(iso);

export const emp = (s: SparkSession) =>
  s.createDataFrame(
    [
      [1, "Ana", "eng", 5200.5, new Decimal(15000n, 2), d("2019-03-01"), null],
      [2, "Bruno", "eng", 4100.0, new Decimal(9950n, 2), d("2020-07-15"), 1],
      [3, "Carla", "ops", 3900.25, null, d("2018-01-20"), 1],
      [4, "Duarte", "ops", 3900.25, new Decimal(5000n, 2), d("2021-11-02"), 3],
      [5, "Eva", "sales", null, new Decimal(0n, 2), null, 3],
      [6, "Filipa", null, 2800.0, new Decimal(12000n, 2), d("2022-05-30"), 2],
      [7, "Gil", "eng", 6100.75, new Decimal(30000n, 2), d("2017-09-09"), null],
    ],
    "id int, name string, dept string, salary double, bonus decimal(7,2), hired date, mgr int",
  );

export const depts = (s: SparkSession) =>
  s.createDataFrame(
    [
      ["eng", 3, "Lisboa"],
      ["ops", 1, "Porto"],
      ["hr", 2, "Faro"],
      [null, 0, "?"],
    ],
    "dept string, floor int, city string",
  );

export const sales = (s: SparkSession) =>
  s.createDataFrame(
    [
      ["2024", "Q1", "pão", 10n, 1.5],
      ["2024", "Q1", "café", 4n, 0.8],
      ["2024", "Q2", "pão", 7n, 1.5],
      ["2025", "Q1", "pão", 12n, 1.6],
      ["2025", "Q2", "café", 9n, 0.9],
      ["2025", "Q2", "vinho", 1n, 12.5],
      ["2025", "Q2", "vinho", null, 12.5],
    ],
    "year string, quarter string, item string, qty bigint, price double",
  );

/** Rows with repeats (for distinct / set operations / dropDuplicates). */
export const dupes = (s: SparkSession) =>
  s.createDataFrame(
    [
      [1, "a"],
      [1, "a"],
      [2, "b"],
      [2, "b"],
      [2, "b"],
      [3, null],
      [null, null],
    ],
    "k int, v string",
  );

export const dupesB = (s: SparkSession) =>
  s.createDataFrame(
    [
      [1, "a"],
      [2, "b"],
      [4, "d"],
      [null, null],
    ],
    "k int, v string",
  );
