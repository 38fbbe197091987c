// Expected values verified against PySpark 4.1 (spark.sql("SELECT ...")).
import { test } from "node:test";
import assert from "node:assert/strict";
import { B, Bin, CTX, D, I, L, NULL, S, bind, call, col, Arr, lit } from "../misc/call.js";
import * as T from "../../../src/types/data-type.js";

const bytes = (...b: number[]) => new Uint8Array(b);

test("upper/lower/initcap and result types", () => {
  assert.equal(call("upper", [S("aé😀")]), "AÉ😀");
  assert.equal(call("ucase", [S("x")]), "X");
  assert.equal(call("lcase", [S("ABC")]), "abc");
  assert.equal(call("upper", [S(null)]), null);
  assert.equal(call("initcap", [S("hELLO wORLD  foo-bar")]), "Hello World  Foo-bar");
  assert.equal(call("initcap", [S("a1b 1a")]), "A1b 1a");
  assert.equal(call("initcap", [S("")]), "");
  const b = bind("upper", [I(1)]);
  assert.deepEqual(b.returnType, T.StringType());
  assert.deepEqual(b.inputTypes, [T.StringType()]); // upper(1) → cast to string, as Spark
});

test("type errors and arity", () => {
  assert.throws(
    () => bind("upper", [lit([1], T.ArrayType(T.IntegerType(), false), "array(1)")]),
    (e: Error) =>
      e.message ===
      '[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve "upper(array(1))" due to data type mismatch: The first parameter requires the "STRING" type, however "array(1)" has the type "ARRAY<INT>". SQLSTATE: 42K09',
  );
  assert.throws(
    () => bind("upper", [S("a"), S("b")]),
    (e: Error) =>
      e.message ===
      "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `upper` requires 1 parameters but the actual number is 2. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix. SQLSTATE: 42605",
  );
});

test("length, octet_length, bit_length count code points / bytes", () => {
  assert.equal(call("length", [S("😀a")]), 2);
  assert.equal(call("char_length", [S("")]), 0);
  assert.equal(call("character_length", [S(null)]), null);
  assert.equal(call("octet_length", [S("😀a")]), 5);
  assert.equal(call("bit_length", [S("😀a")]), 40);
  assert.equal(call("octet_length", [Bin(bytes(1, 2))]), 2);
  assert.equal(call("length", [Bin(bytes(0x41, 0x42))]), 2);
});

test("substring with Spark's position rules", () => {
  assert.equal(call("substring", [S("hello"), I(0), I(2)]), "he");
  assert.equal(call("substring", [S("hello"), I(-3), I(2)]), "ll");
  assert.equal(call("substring", [S("hello"), I(-10), I(8)]), "hel");
  assert.equal(call("substring", [S("hello"), I(2)]), "ello");
  assert.equal(call("substr", [S("😀ab😀c"), I(2), I(3)]), "ab😀");
  assert.equal(call("substring", [S("hello"), I(2), I(-1)]), "");
  assert.deepEqual(call("substring", [Bin(bytes(1, 2, 3, 4, 5)), I(2), I(2)]), bytes(2, 3));
  assert.equal(call("left", [S("hello"), I(-1)]), "");
  assert.equal(call("right", [S("hello"), I(2)]), "lo");
  assert.equal(call("right", [S("hello"), I(0)]), "");
  assert.equal(call("left", [S(null), I(2)]), null);
  assert.deepEqual(bind("substring", [S("hello"), L(2n)]).inputTypes, [T.StringType(), T.IntegerType()]);
});

test("lpad / rpad", () => {
  assert.equal(call("lpad", [S("hi"), I(5), S("xy")]), "xyxhi");
  assert.equal(call("lpad", [S("hello"), I(3), S("x")]), "hel");
  assert.equal(call("lpad", [S("hi"), I(5), S("")]), "hi");
  assert.equal(call("rpad", [S("hi"), I(5), S("xy")]), "hixyx");
  assert.equal(call("lpad", [S("hi"), I(-1), S("x")]), "");
  assert.equal(call("lpad", [S("hi"), I(5)]), "   hi");
  assert.equal(call("rpad", [S("😀"), I(3), S("😀a")]), "😀😀a");
});

test("concat and concat_ws", () => {
  assert.equal(call("concat", [S("a"), S(null)]), null);
  assert.equal(call("concat", []), "");
  assert.equal(call("concat", [S("1"), S("2")]), "12");
  const arr = bind("concat", [Arr([1], T.IntegerType(), false), Arr([2, 3], T.IntegerType(), false)]);
  assert.deepEqual(arr.returnType, T.ArrayType(T.IntegerType(), false));
  assert.deepEqual(arr.kernel([1], [2, 3]), [1, 2, 3]);
  assert.deepEqual(call("concat", [Bin(bytes(1)), Bin(bytes(2))]), bytes(1, 2));
  assert.equal(call("concat_ws", [S(","), S("a"), S(null), Arr(["b", null, "c"], T.StringType())]), "a,b,c");
  assert.equal(call("concat_ws", [S(null), S("a")]), null);
  assert.equal(call("concat_ws", [S(",")]), "");
});

test("instr / locate / position", () => {
  assert.equal(call("instr", [S("hello"), S("l")]), 3);
  assert.equal(call("instr", [S("hello"), S("")]), 1);
  assert.equal(call("instr", [S("😀hello"), S("l")]), 4);
  assert.equal(call("locate", [S("l"), S("hello"), I(4)]), 4);
  assert.equal(call("locate", [S("l"), S("hello"), I(0)]), 0);
  assert.equal(call("locate", [S("l"), S("hello"), I(-1)]), 0);
  assert.equal(call("locate", [S(""), S("hello"), I(3)]), 1);
  assert.equal(call("locate", [S(""), S("hello"), I(10)]), 1);
  assert.equal(call("position", [S("l"), S("hello")]), 3);
  assert.equal(call("locate", [S("l"), S("hello"), I(null)]), 0);
  assert.equal(call("locate", [S(null), S("hello")]), null);
});

test("reverse, repeat, replace, translate, space", () => {
  assert.equal(call("reverse", [S("a😀b")]), "b😀a");
  assert.deepEqual(call("reverse", [Arr([1, 2, 3], T.IntegerType())]), [3, 2, 1]);
  assert.equal(call("repeat", [S("ab"), I(3)]), "ababab");
  assert.equal(call("repeat", [S("ab"), I(-1)]), "");
  assert.equal(call("replace", [S("abcabc"), S("b"), S("XY")]), "aXYcaXYc");
  assert.equal(call("replace", [S("abc"), S("b")]), "ac");
  assert.equal(call("replace", [S("abc"), S(""), S("x")]), "abc");
  assert.equal(call("translate", [S("AaBbCc"), S("abc"), S("123")]), "A1B2C3");
  assert.equal(call("translate", [S("abcd"), S("abc"), S("x")]), "xd");
  assert.equal(call("translate", [S("a😀b"), S("😀"), S("X")]), "aXb");
  assert.equal(call("space", [I(3)]), "   ");
  assert.equal(call("space", [I(-1)]), "");
});

test("trim family trims spaces only by default", () => {
  assert.equal(call("trim", [S("  a  ")]), "a");
  // trim/ltrim/rtrim(trimStr, str), as Spark's function form (checked against PySpark 4.1)
  assert.equal(call("ltrim", [S("x"), S("xxaxx")]), "axx");
  assert.equal(call("ltrim", [S("xxa"), S("x")]), "");
  assert.equal(call("trim", [S("xy"), S("xyaxy")]), "a");
  assert.equal(call("btrim", [S("xyaxy"), S("xy")]), "a");
  assert.equal(call("rtrim", [S("a\t ")]), "a\t");
  assert.equal(call("trim", [S("\ta ")]), "\ta");
});

test("format_string / printf", () => {
  const types = [T.StringType(), T.IntegerType(), T.DoubleType(), T.StringType(), T.StringType(), T.IntegerType(), T.DoubleType()];
  const args = [S("%s-%d-%.2f-%5s-%-5s|-%x-%e-%%"), ...["a", 42, 3.14159, "ab", "cd", 255, 12345.678].map((v, i) => lit(v, types[i]!))];
  assert.equal(call("format_string", args), "a-42-3.14-   ab-cd   |-ff-1.234568e+04-%");
  assert.equal(call("printf", [S("%d"), L(3n)]), "3");
  assert.equal(call("format_string", [S("%s %s"), D(1.0), Arr([1, 2], T.IntegerType())]), "1.0 [1,2]");
  assert.equal(call("format_string", [S("%s"), S(null)]), "null");
  assert.equal(call("format_string", [S(null)]), null);
  assert.equal(call("format_string", [S("%08.3f|%+d|%,d"), D(3.14159), I(5), I(1234567)]), "0003.142|+5|1,234,567");
  assert.throws(() => call("format_string", [S("%d"), D(1.5)]), /d != java.lang.Double/);
  assert.equal(call("format_string", [S("%.2f"), D(1.005)]), "1.01");
  assert.equal(call("format_string", [S("%x"), I(-1)]), "ffffffff");
});

test("format_number", () => {
  assert.equal(call("format_number", [D(12332.123456), I(4)]), "12,332.1235");
  assert.equal(call("format_number", [D(12332.5), I(0)]), "12,332");
  assert.equal(call("format_number", [D(-0.5), I(0)]), "-0");
  assert.equal(call("format_number", [lit(12345n, T.DecimalType(5, 1)), S("#,###.##")]), "1,234.5");
  assert.equal(call("format_number", [D(1.0), I(-1)]), null);
  assert.equal(call("format_number", [L(12332n), I(2)]), "12,332.00");
});

test("ascii, chr, base64, hex", () => {
  assert.equal(call("ascii", [S("😀")]), 128512);
  assert.equal(call("ascii", [S("")]), 0);
  assert.equal(call("chr", [L(65n)]), "A");
  assert.equal(call("chr", [L(321n)]), "A");
  assert.equal(call("chr", [L(-1n)]), "");
  assert.equal(call("char", [L(0n)]), "\u0000");
  const spark = new TextEncoder().encode("Spark SQL");
  assert.equal(call("base64", [Bin(spark)]), "U3BhcmsgU1FM");
  assert.deepEqual(call("unbase64", [S("U3BhcmsgU1FM")]), spark);
  assert.equal(call("hex", [L(17n)]), "11");
  assert.equal(call("hex", [S("Spark")]), "537061726B");
  assert.equal(call("hex", [L(-1n)]), "FFFFFFFFFFFFFFFF");
  assert.equal(call("hex", [Bin(bytes(10, 11))]), "0A0B");
  assert.deepEqual(call("unhex", [S("537061726B")]), new TextEncoder().encode("Spark"));
  assert.deepEqual(call("unhex", [S("A")]), bytes(10));
  assert.equal(call("unhex", [S("ZZ")]), null);
  assert.deepEqual(call("to_binary", [S("abc")]), bytes(0x0a, 0xbc));
  assert.deepEqual(call("to_binary", [S("414243"), S("hex")]), bytes(0x41, 0x42, 0x43));
  assert.deepEqual(call("to_binary", [S("abc"), S("utf-8")]), bytes(0x61, 0x62, 0x63));
  assert.equal(call("decode", [Bin(bytes(0x61, 0x62, 0x63)), S("utf-8")]), "abc");
  assert.deepEqual(call("encode", [S("abc"), S("UTF-8")]), bytes(0x61, 0x62, 0x63));
});

test("startswith / endswith / contains", () => {
  assert.equal(call("startswith", [S("abc"), S("a")]), true);
  assert.equal(call("endswith", [S("abc"), S("bc")]), true);
  assert.equal(call("contains", [S("abc"), S("")]), true);
  assert.equal(call("contains", [S("abc"), S(null)]), null);
  assert.equal(call("startswith", [Bin(bytes(1, 2)), Bin(bytes(1))]), true);
});

test("soundex, levenshtein, overlay", () => {
  assert.equal(call("soundex", [S("Robert")]), "R163");
  assert.equal(call("soundex", [S("")]), "");
  assert.equal(call("soundex", [S("1abc")]), "1abc");
  assert.equal(call("soundex", [S("Tymczak")]), "T522");
  assert.equal(call("soundex", [S("Ashcraft")]), "A261");
  assert.equal(call("levenshtein", [S("kitten"), S("sitting")]), 3);
  assert.equal(call("levenshtein", [S("kitten"), S("sitting"), I(2)]), -1);
  assert.equal(call("levenshtein", [S("kitten"), S("sitting"), I(3)]), 3);
  assert.equal(call("overlay", [S("Spark SQL"), S("_"), I(6)]), "Spark_SQL");
  assert.equal(call("overlay", [S("Spark SQL"), S("CORE"), I(7)]), "Spark CORE");
  assert.equal(call("overlay", [S("Spark SQL"), S("ANSI "), I(7), I(0)]), "Spark ANSI SQL");
  assert.equal(call("overlay", [S("Spark SQL"), S("tructured"), I(2), I(4)]), "Structured SQL");
});

test("substring_index, split_part, elt, find_in_set", () => {
  assert.equal(call("substring_index", [S("www.apache.org"), S("."), I(2)]), "www.apache");
  assert.equal(call("substring_index", [S("www.apache.org"), S("."), I(-2)]), "apache.org");
  assert.equal(call("substring_index", [S("www.apache.org"), S("."), I(0)]), "");
  assert.equal(call("substring_index", [S("www.apache.org"), S(""), I(1)]), "");
  assert.equal(call("substring_index", [S("a.b"), S("."), I(5)]), "a.b");
  assert.equal(call("split_part", [S("11.12.13"), S("."), I(3)]), "13");
  assert.equal(call("split_part", [S("11.12.13"), S("."), I(-1)]), "13");
  assert.equal(call("split_part", [S("11.12.13"), S("."), I(5)]), "");
  assert.equal(call("split_part", [S("11.12.13"), S(""), I(1)]), "11.12.13");
  assert.equal(call("split_part", [S(""), S("."), I(1)]), "");
  assert.throws(() => call("split_part", [S("a"), S("."), I(0)]), /\[INVALID_INDEX_OF_ZERO\] The index 0 is invalid/);
  assert.equal(call("elt", [I(2), S("a"), S("b")]), "b");
  assert.throws(
    () => call("elt", [I(3), S("a"), S("b")]),
    (e: Error) =>
      e.message ===
      "[INVALID_ARRAY_INDEX] The index 3 is out of bounds. The array has 2 elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead. SQLSTATE: 22003",
  );
  assert.equal(call("find_in_set", [S("b"), S("a,b,c")]), 2);
  assert.equal(call("find_in_set", [S("x"), S("a,b")]), 0);
  assert.equal(call("find_in_set", [S("a,b"), S("a,b")]), 0);
  assert.equal(call("find_in_set", [S(""), S("a,,b")]), 2);
});

test("uuid is non-deterministic and well formed", () => {
  const b = bind("uuid", []);
  assert.equal(b.deterministic, false);
  const a = b.kernel() as string;
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a, b.kernel());
  void CTX; void B; void NULL; void col;
});

test("split / regexp_replace / regexp_extract / regexp_extract_all (Java regex)", () => {
  assert.deepEqual(call("split", [S("a,b,,c,,"), S(",")]), ["a", "b", "", "c", "", ""]);
  assert.deepEqual(call("split", [S("a1b2c3"), S("[0-9]"), I(2)]), ["a", "b2c3"]);
  assert.deepEqual(call("split", [S("abc"), S("")]), ["a", "b", "c"]);
  assert.deepEqual(call("split", [S("a,b,c"), S(","), I(0)]), ["a", "b", "c"]);
  assert.deepEqual(call("split", [S(""), S(",")]), [""]);
  assert.deepEqual(call("split", [S("abc"), S(""), I(2)]), ["a", "bc"]);
  assert.equal(call("regexp_replace", [S("100-200"), S("(\\d+)"), S("num")]), "num-num");
  assert.equal(call("regexp_replace", [S("abc"), S("b"), S("$0$0")]), "abbc");
  assert.equal(call("regexp_extract", [S("100-200"), S("(\\d+)-(\\d+)"), I(2)]), "200");
  assert.equal(call("regexp_extract", [S("x"), S("(\\d+)"), I(1)]), "");
  assert.throws(
    () => call("regexp_extract", [S("abc"), S("b"), I(1)]),
    (e: Error) =>
      e.message ===
      "[INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX] The value of parameter(s) `idx` in `regexp_extract` is invalid: Expects group index between 0 and 0, but got 1. SQLSTATE: 22023",
  );
  assert.deepEqual(call("regexp_extract_all", [S("100-200, 300-400"), S("(\\d+)-(\\d+)"), I(1)]), ["100", "300"]);
  assert.deepEqual(call("regexp_extract_all", [S("a1b22"), S("\\d+"), I(0)]), ["1", "22"]);
});
