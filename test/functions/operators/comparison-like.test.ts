import { test } from "node:test";
import assert from "node:assert/strict";
import { apply, bindType } from "../../exec/eval/expr-builders.js";
import {
  ArrayType,
  BinaryType,
  BooleanType,
  DateType,
  DecimalType,
  DoubleType,
  IntegerType,
  LongType,
  MapType,
  StringType,
  StructField,
  StructType,
} from "../../../src/types/data-type.js";
import { compileJavaRegex, translateJavaRegex } from "../../../src/functions/operators/java-regex.js";
import { compileLike } from "../../../src/functions/operators/like.js";

const D = DoubleType();
const S = StringType();

test("NaN equals NaN and is above everything; -0.0 equals 0.0", () => {
  assert.equal(apply("=", [[NaN, D], [NaN, D]]), true);
  assert.equal(apply(">", [[NaN, D], [Infinity, D]]), true);
  assert.equal(apply("<", [[Infinity, D], [NaN, D]]), true);
  assert.equal(apply(">=", [[NaN, D], [NaN, D]]), true);
  assert.equal(apply("<", [[NaN, D], [NaN, D]]), false);
  assert.equal(apply("=", [[0, D], [-0, D]]), true);
  assert.equal(apply("<", [[-0, D], [0, D]]), false);
  assert.equal(apply("<=>", [[NaN, D], [NaN, D]]), true);
  assert.equal(apply("!=", [[NaN, D], [1, D]]), true);
  assert.equal(apply("<>", [[1, D], [1, D]]), false);
});

test("null-safe equality never returns null", () => {
  assert.equal(apply("<=>", [[null, IntegerType()], [null, IntegerType()]]), true);
  assert.equal(apply("<=>", [[1, IntegerType()], [null, IntegerType()]]), false);
  assert.equal(apply("=", [[1, IntegerType()], [null, IntegerType()]]), null);
});

test("strings compare in UTF-8 byte order (astral characters above U+FFFF)", () => {
  // Spark: '\uffff' < '😀' is true, while JS's "\uffff" < "😀" is false
  assert.equal(apply("<", [["\uffff", S], ["😀", S]]), true);
  assert.equal(apply("<", [["\u00ff", S], ["😀", S]]), true);
  assert.equal(apply(">", [["10", S], ["9", S]]), false);
  assert.equal(apply("=", [["a", S], ["a", S]]), true);
});

test("booleans, dates, binary, arrays and structs", () => {
  assert.equal(apply("<", [[false, BooleanType()], [true, BooleanType()]]), true);
  assert.equal(apply("<", [[1, DateType()], [2, DateType()]]), true);
  assert.equal(apply("<", [[new Uint8Array([1]), BinaryType()], [new Uint8Array([2]), BinaryType()]]), true);
  assert.equal(apply("<", [[new Uint8Array([1]), BinaryType()], [new Uint8Array([1, 0]), BinaryType()]]), true);
  const A = ArrayType(IntegerType());
  assert.equal(apply("<", [[[1, 2], A], [[1, 3], A]]), true);
  assert.equal(apply("=", [[[1, 2], A], [[1, 2], A]]), true);
  const St = StructType([StructField("a", IntegerType())]);
  assert.equal(apply("<", [[[1], St], [[2], St]]), true);
  assert.throws(() => bindType("=", [MapType(IntegerType(), IntegerType()), MapType(IntegerType(), IntegerType())]), /INVALID_ORDERING_TYPE/);
});

test("comparison operand coercion", () => {
  assert.deepEqual(bindType("=", [IntegerType(), DecimalType(5, 2)]), BooleanType());
  assert.throws(() => bindType("=", [BooleanType(), IntegerType()]), /"BOOLEAN" and "INT"/);
  assert.throws(() => bindType("<", [IntegerType(), ArrayType(IntegerType())]), /"INT" and "ARRAY<INT>"/);
  assert.equal(apply("=", [[1n, LongType()], [1n, LongType()]]), true);
});

test("LIKE: wildcards, escapes, newlines, code points", () => {
  assert.equal(compileLike("a%")("abc"), true);
  assert.equal(compileLike("a\\_b")("a_b"), true);
  assert.equal(compileLike("a\\_b")("axb"), false);
  assert.equal(compileLike("a/_b", "/")("a_b"), true);
  assert.equal(compileLike("a\\%")("ab"), false);
  assert.equal(compileLike("a\\%")("a%"), true);
  assert.equal(compileLike("a_b")("a\nb"), true);
  assert.equal(compileLike("a%b")("a\nxb"), true);
  assert.equal(compileLike("_")("😀"), true);
  assert.equal(compileLike("%%")("%"), true);
  assert.equal(compileLike("%b.c%")("ab.cd"), true);
  assert.equal(compileLike("%b.c%")("abxcd"), false);
  assert.equal(compileLike("a_c%")("abcd"), true);
  assert.equal(compileLike("")(""), true);
  assert.throws(
    () => compileLike("a\\"),
    (e: unknown) => e instanceof Error && e.message === "[INVALID_FORMAT.ESC_AT_THE_END] The format is invalid: 'a\\\\'. The escape character is not allowed to end with. SQLSTATE: 42601",
  );
  assert.throws(
    () => compileLike("\\a"),
    (e: unknown) =>
      e instanceof Error && e.message === "[INVALID_FORMAT.ESC_IN_THE_MIDDLE] The format is invalid: '\\\\a'. The escape character is not allowed to precede 'a'. SQLSTATE: 42601",
  );
  assert.equal(apply("like", [["abc", S], ["a%", S]]), true);
  assert.equal(apply("like", [[null, S], ["a", S]]), null);
  assert.equal(apply("ilike", [["Ab", S], ["aB", S]]), true);
  assert.equal(apply("ilike", [["ǅ", S], ["ǆ", S]]), true);
  assert.equal(apply("ilike", [["ß", S], ["SS", S]]), false);
});

test("RLIKE: Java regex semantics", () => {
  const m = (p: string, s: string) => apply("rlike", [[s, S], [p, S]]);
  assert.equal(m("b", "abc"), true); // find, not full match
  assert.equal(m("^b", "abc"), false);
  assert.equal(m("(?i)abc", "ABC"), true);
  assert.equal(m("\\p{Alpha}\\d", "a1"), true);
  assert.equal(m("\\p{Alpha}", "é"), false); // POSIX classes are ASCII in Java
  assert.equal(m("\\Q.\\E", "x"), false);
  assert.equal(m("\\Q.\\E", "."), true);
  assert.equal(m("a.b", "a\nb"), false);
  assert.equal(m("a.b", "a\u0085b"), false); // Java's . excludes NEL
  assert.equal(m("(?s)a.b", "a\nb"), true);
  assert.equal(m("^b", "a\nb"), false);
  assert.equal(m("(?m)^b", "a\nb"), true);
  assert.equal(m("a{2}b", "aab"), true);
  assert.equal(m("\\x78", "x"), true);
  assert.equal(m("(?<n>a)\\k<n>", "aa"), true);
  assert.equal(m("a(?=b)", "ab"), true);
  assert.equal(m("\\z", "a"), true);
  assert.equal(m("a$", "a\n"), true); // Java's $ allows a final line terminator
  assert.equal(m("a\\z", "a\n"), false);
  assert.equal(m("\\-", "-"), true);
  assert.equal(m("[\\p{Digit}x]", "x"), true);
  assert.equal(m("\\s", "\u00a0"), false); // Java's \s is ASCII whitespace
  assert.throws(() => m("(", "a"), (e: unknown) => e instanceof Error && e.message === "[INVALID_PARAMETER_VALUE.PATTERN] The value of parameter(s) `regexp` in `rlike` is invalid: '('. SQLSTATE: 22023");
  assert.throws(() => compileJavaRegex("a*+"), /unsupported Java regex construct/);
  assert.throws(() => compileJavaRegex("(?>a)"), /unsupported Java regex construct/);
  assert.throws(() => compileJavaRegex("[[:alpha:]]"), /unsupported Java regex construct/);
  assert.throws(() => compileJavaRegex("a(?i)b"), /unsupported Java regex construct/);
  assert.deepEqual(translateJavaRegex("(?is)x"), { source: "x", flags: "uis" });
  assert.equal(apply("regexp_like", [["abc", S], ["c$", S]]), true);
});
