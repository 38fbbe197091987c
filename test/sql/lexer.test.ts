import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/sql/lexer.js";

const kinds = (sql: string): string[] => tokenize(sql).map((t) => `${t.type}:${t.type === "number" ? `${t.value}/${t.numberKind}` : t.value}`);

test("positions: offset, 1-based line, 0-based column", () => {
  const toks = tokenize("SELECT a,\n  b");
  const b = toks.find((t) => t.text === "b")!;
  assert.deepEqual([b.offset, b.line, b.column], [12, 2, 2]);
  const eof = toks.at(-1)!;
  assert.deepEqual([eof.type, eof.line, eof.column], ["eof", 2, 3]);
});

test("keywords are words compared upper-cased; identifiers keep their text", () => {
  const [t] = tokenize("sElEcT");
  assert.equal(t!.value, "SELECT");
  assert.equal(t!.text, "sElEcT");
});

test("backquoted identifiers with doubled backquotes", () => {
  const [t] = tokenize("`a``b c`");
  assert.deepEqual([t!.type, t!.value], ["qident", "a`b c"]);
});

const numberCases: [string, string][] = [
  ["1", "1/integer"],
  ["1L", "1/bigint"],
  ["7s", "7/smallint"],
  ["3Y", "3/tinyint"],
  ["1.5", "1.5/decimal"],
  [".5", ".5/decimal"],
  ["1.", "1./decimal"],
  ["1e3", "1e3/exponent"],
  ["1.5E-2", "1.5E-2/exponent"],
  ["1.5D", "1.5/double"],
  ["2d", "2/double"],
  ["1.5F", "1.5/float"],
  ["1.5BD", "1.5/bigdecimal"],
  ["10bd", "10/bigdecimal"],
];
for (const [src, want] of numberCases) {
  test(`number ${src}`, () => {
    const [t] = tokenize(src);
    assert.equal(`${t!.value}/${t!.numberKind}`, want);
    assert.equal(t!.type, "number");
  });
}

test("digits followed by letters lex as identifiers, as in Spark (1L2, 0x10, 123abc)", () => {
  for (const s of ["1L2", "0x10", "123abc", "1e3x"]) {
    const [t] = tokenize(s);
    assert.equal(t!.type, "word", s);
    assert.equal(t!.text, s);
  }
});

const stringCases: [string, string][] = [
  ["'abc'", "abc"],
  ['"abc"', "abc"],
  ["'it''s'", "it's"],
  ["'a\\nb'", "a\nb"],
  ["'a\\tb'", "a\tb"],
  ["'\\''", "'"],
  ["'\\\\'", "\\"],
  ["'\\u00e9'", "é"],
  ["'\\101'", "A"],
  ["'\\Z'", "\u001a"],
  ["'\\%'", "\\%"],
  ["'\\_'", "\\_"],
  ["'\\q'", "q"],
  ['"q\\"q"', 'q"q'],
  ["r'a\\nb'", "a\\nb"],
  ['R"x\\y"', "x\\y"],
];
for (const [src, want] of stringCases) {
  test(`string ${src}`, () => {
    const [t] = tokenize(src);
    assert.equal(t!.type, "string");
    assert.equal(t!.value, want);
  });
}

test("operators, longest match first", () => {
  assert.deepEqual(
    kinds("<=> <> != == || :: -> => >>> << >= ?").slice(0, -1),
    ["<=>", "<>", "!=", "==", "||", "::", "->", "=>", ">>>", "<<", ">=", "?"].map((o) => `op:${o}`),
  );
});

test("comments: -- line, /* */ nested; hints are tokens", () => {
  assert.deepEqual(kinds("a -- x\n/* b /* c */ d */ e"), ["word:A", "word:E", "eof:"]);
  assert.deepEqual(kinds("SELECT /*+ BROADCAST(t) */ 1").slice(0, 7), [
    "word:SELECT", "hint_start:/*+", "word:BROADCAST", "op:(", "word:T", "op:)", "hint_end:*/",
  ]);
});

test("non-ASCII letters form a word flagged as an invalid unquoted identifier", () => {
  const [t] = tokenize("preço");
  assert.equal(t!.text, "preço");
  assert.equal(t!.invalidIdent, true);
});
