// Shared fixtures: small tables with the edge values the cases poke at. Both sides register
// them as temp views with exactly these rows and DDL schemas.

import type { Fixture } from "./case.js";

/** Every numeric type, nulls, extremes, NaN and -0.0. */
export const nums: Fixture = {
  name: "nums",
  schema: "id INT, i INT, l BIGINT, d DOUBLE, dec DECIMAL(10,2), s STRING",
  rows: [
    [1, 10, 100, 1.5, "10.50", "a"],
    [2, -3, -7, -2.25, "-3.25", "b"],
    [3, null, 9223372036854775807n, NaN, "0.00", null],
    [4, 2147483647, -9223372036854775808n, -0, "99999999.99", "ä"],
    [5, 0, 0, 0, null, ""],
    [6, -2147483648, null, null, "-0.01", "a"],
  ],
};

/** Small integral/fractional types. */
export const small: Fixture = {
  name: "small",
  schema: "id INT, b TINYINT, h SMALLINT, f FLOAT",
  rows: [
    [1, 127, 32767, 0.1],
    [2, -128, -32768, -1.5],
    [3, 0, 0, null],
    [4, null, null, 3.4028234663852886e38],
  ],
};

export const emp: Fixture = {
  name: "emp",
  schema: "id INT, name STRING, dept STRING, salary INT, bonus DOUBLE, hired DATE",
  rows: [
    [1, "Ana", "eng", 100, 10.5, "2020-01-15"],
    [2, "Bruno", "eng", 120, null, "2019-06-01"],
    [3, "Carla", "ops", 90, 5.25, "2021-03-31"],
    [4, "Davi", "ops", 90, 0.0, "2018-12-31"],
    [5, "Elis", "sales", 70, 7.0, "2022-02-28"],
    [6, "Fábio", null, 60, null, null],
    [7, "Gal", "eng", 100, 1.0, "2020-02-29"],
  ],
};

export const dept: Fixture = {
  name: "dept",
  schema: "dept STRING, dname STRING, floor INT",
  rows: [
    ["eng", "Engineering", 3],
    ["ops", "Operations", 1],
    ["hr", "People", 2],
    [null, "Nobody", 0],
  ],
};

/** Join sides with duplicate and null keys. */
export const l: Fixture = {
  name: "l",
  schema: "k INT, lv STRING",
  rows: [[1, "l1"], [2, "l2"], [2, "l2b"], [3, "l3"], [null, "lnull"]],
};
export const r: Fixture = {
  name: "r",
  schema: "k INT, rv STRING",
  rows: [[2, "r2"], [3, "r3"], [3, "r3b"], [4, "r4"], [null, "rnull"]],
};

/** Non-ASCII, astral (surrogate pair), combining and control characters. */
export const strs: Fixture = {
  name: "strs",
  schema: "id INT, s STRING",
  rows: [
    [1, "hello"],
    [2, "héllo wörld"],
    [3, "日本語テキスト"],
    [4, "😀x🎉"],
    [5, "  pad  "],
    [6, ""],
    [7, null],
    [8, "a\nb\tc"],
    [9, "Ünïcödé"],
    [10, "e\u0301"],
  ],
};

export const floats: Fixture = {
  name: "floats",
  schema: "id INT, x DOUBLE",
  rows: [[1, NaN], [2, -0], [3, 0], [4, Infinity], [5, -Infinity], [6, 1.0], [7, null], [8, NaN], [9, -1.0]],
};

export const bools: Fixture = {
  name: "bools",
  schema: "a BOOLEAN, b BOOLEAN",
  rows: [
    [true, true], [true, false], [true, null],
    [false, true], [false, false], [false, null],
    [null, true], [null, false], [null, null],
  ],
};

export const events: Fixture = {
  name: "events",
  schema: "id INT, ts TIMESTAMP, d DATE, txt STRING",
  rows: [
    [1, "2024-01-31 10:15:30", "2024-01-31", "2024-02-29"],
    [2, "2024-02-29 23:59:59.123456", "2024-02-29", "2023-02-29"],
    [3, "1999-12-31 00:00:00", "1999-12-31", "not a date"],
    [4, null, null, null],
    [5, "1970-01-01 00:00:00", "1970-01-01", "1970-01-01 12:00:00"],
  ],
};

/** Sales by store and day, for window functions. */
export const sales: Fixture = {
  name: "sales",
  schema: "store STRING, day INT, amount INT",
  rows: [
    ["A", 1, 10], ["A", 2, 20], ["A", 3, 20], ["A", 4, 5],
    ["B", 1, 7], ["B", 2, null], ["B", 3, 7],
    ["C", 1, 100],
  ],
};

/** Nested types. */
export const nested: Fixture = {
  name: "nested",
  schema: "id INT, arr ARRAY<INT>, m MAP<STRING,INT>, st STRUCT<x: INT, y: STRING>",
  rows: [
    [1, [1, 2, 3], [["a", 1], ["b", 2]], [1, "one"]],
    [2, [], [], [2, null]],
    [3, null, null, null],
    [4, [4, null, 4], [["z", null]], [null, "four"]],
  ],
};
