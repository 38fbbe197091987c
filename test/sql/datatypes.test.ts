import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDataType, parseDDLSchema, parseSchemaOrType } from "../../src/sql/parser.js";
import { typeToString } from "../../src/sql/plan-debug.js";
import { SqlParseException } from "../../src/sql/parse-error.js";

// Expected strings are PySpark's simpleString() for the same DDL (checked with PySpark 4.1).
const cases: [string, string][] = [
  ["int", "int"],
  ["INTEGER", "int"],
  ["bigint", "bigint"],
  ["long", "bigint"],
  ["smallint", "smallint"],
  ["short", "smallint"],
  ["tinyint", "tinyint"],
  ["byte", "tinyint"],
  ["float", "float"],
  ["real", "float"],
  ["double", "double"],
  ["decimal", "decimal(10,0)"],
  ["dec", "decimal(10,0)"],
  ["numeric(5)", "decimal(5,0)"],
  ["DECIMAL(10, 2)", "decimal(10,2)"],
  ["string", "string"],
  ["string collate utf8_lcase", "string"],
  ["char(3)", "char(3)"],
  ["character(2)", "char(2)"],
  ["varchar(4)", "varchar(4)"],
  ["binary", "binary"],
  ["boolean", "boolean"],
  ["date", "date"],
  ["timestamp", "timestamp"],
  ["timestamp_ltz", "timestamp"],
  ["timestamp_ntz", "timestamp_ntz"],
  ["void", "void"],
  ["interval year to month", "interval year to month"],
  ["interval year", "interval year"],
  ["interval month", "interval month"],
  ["interval day to second", "interval day to second"],
  ["interval hour", "interval hour"],
  ["interval minute to second", "interval minute to second"],
  ["interval", "calendar_interval"],
  ["array<int>", "array<int>"],
  ["ARRAY<ARRAY<INT>>", "array<array<int>>"],
  ["map<string, int>", "map<string,int>"],
  ["map<string, array<map<int,int>>>", "map<string,array<map<int,int>>>"],
  ["struct<a:int,b:string>", "struct<a:int,b:string>"],
  ["struct<a int, b string>", "struct<a:int,b:string>"],
  ["struct<>", "struct<>"],
  ["struct<a: struct<b: int>>", "struct<a:struct<b:int>>"],
];
for (const [ddl, want] of cases) {
  test(`data type ${ddl}`, () => assert.equal(typeToString(parseDataType(ddl)), want));
}

test("DDL schemas: column lists, colon form, NOT NULL, COMMENT, quoted names", () => {
  const s = parseDDLSchema("id INT, preco DECIMAL(10,2), tags ARRAY<STRING>");
  assert.equal(typeToString(s), "struct<id:int,preco:decimal(10,2),tags:array<string>>");
  assert.equal(typeToString(parseDDLSchema("a: INT, b: STRING")), "struct<a:int,b:string>");
  assert.equal(typeToString(parseDDLSchema("struct<a:int,b:string>")), "struct<a:int,b:string>");
  assert.equal(typeToString(parseDDLSchema("`a b` int, `c``d` string")), "struct<`a b`:int,`c``d`:string>");
  // Same as PySpark's createDataFrame([], "a STRUCT<b: INT, c: STRING> NOT NULL COMMENT 'x'").schema
  const n = parseDDLSchema("a STRUCT<b: INT, c: STRING> NOT NULL COMMENT 'x'");
  assert.equal(n.fields[0]!.nullable, false);
  assert.deepEqual(n.fields[0]!.metadata, { comment: "x" });
  const t = parseDDLSchema("a int not null, b string comment 'hi'");
  assert.deepEqual(
    t.fields.map((f) => [f.name, f.nullable, f.metadata]),
    [["a", false, undefined], ["b", true, { comment: "hi" }]],
  );
  assert.equal(
    typeToString(parseDDLSchema("a int, b long, c short, d byte, e real, f dec, h char(3), k timestamp_ltz, p void")),
    "struct<a:int,b:bigint,c:smallint,d:tinyint,e:float,f:decimal(10,0),h:char(3),k:timestamp,p:void>",
  );
});

test("parseSchemaOrType accepts a single type as PySpark's _parse_datatype_string", () => {
  assert.equal(typeToString(parseSchemaOrType("int")), "int");
  assert.equal(typeToString(parseSchemaOrType("array<int>")), "array<int>");
  assert.equal(typeToString(parseSchemaOrType("a int")), "struct<a:int>");
});

test("data type errors", () => {
  const err = (s: string): SqlParseException => {
    try {
      parseDataType(s);
    } catch (e) {
      if (e instanceof SqlParseException) return e;
      throw e;
    }
    assert.fail(`expected an error for ${s}`);
  };
  assert.equal(err("foo").errorClass, "UNSUPPORTED_DATATYPE");
  assert.match(err("foo").message, /^\[UNSUPPORTED_DATATYPE\] Unsupported data type "FOO"\. SQLSTATE: 0A000/);
  assert.equal(err("char").errorClass, "DATATYPE_MISSING_SIZE");
  assert.equal(err("decimal(40, 0)").errorClass, "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION");
  assert.equal(err("decimal(5, 6)").errorClass, "_LEGACY_ERROR_TEMP_1228");
  assert.equal(err("array").errorClass, "INCOMPLETE_TYPE_DEFINITION.ARRAY");
  assert.equal(err("map<int>").errorClass, "PARSE_SYNTAX_ERROR");
  assert.equal(err("int int").errorClass, "PARSE_SYNTAX_ERROR");
});
