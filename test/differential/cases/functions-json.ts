// The JSON functions: NULL and invalid documents, paths that miss, schemas with every kind of
// field, options, and the column shapes to_json writes.
import { df, group, sql, type Fixture } from "../case.js";

/** JSON documents: valid, invalid, empty, NULL, non-ASCII and escaped. */
export const js: Fixture = {
  name: "js",
  schema: "id INT, j STRING",
  rows: [
    [1, '{"a": 1, "b": "x", "c": [1, 2, {"d": true}], "e": {"f": null}}'],
    [2, '{"a": "2", "b": null, "c": []}'],
    [3, "not json"],
    [4, ""],
    [5, null],
    [6, '{"a": 1.5e3, "b": "ção 😀", "c": "\\u00e7"}'],
    [7, "[1, 2, 3]"],
    [8, '{"a": 9999999999, "b": {"x": 1}, "a2": [{"k": 1}, {"k": 2}]}'],
  ],
};

/** Options written as map('k', 'v') reach the function unevaluated (only literals are folded
 *  before binding), so they are ignored. */
const OPTIONS_NOT_FOLDED = "options given as map(...) are not constant-folded before the function binds";

const q = (cols: string) => `SELECT id, ${cols} FROM js ORDER BY id`;

export default group("functions-json", { fixtures: [js], compareNames: false, compareNullability: false, compareShow: false }, [
  // get_json_object
  sql("get-json-object-paths", q("get_json_object(j, '$.a'), get_json_object(j, '$.b'), get_json_object(j, '$.c'), get_json_object(j, '$.c[2].d'), get_json_object(j, '$.e')")),
  sql("get-json-object-misses", q("get_json_object(j, '$.zz'), get_json_object(j, '$.c[9]'), get_json_object(j, '$'), get_json_object(j, '$[1]'), get_json_object(j, '$.a2[*].k')")),
  sql("get-json-object-invalid-paths", "SELECT get_json_object('{\"a\":1}', 'a'), get_json_object('{\"a\":1}', '$..a'), get_json_object('{\"a\":1}', ''), get_json_object('{\"a\":1}', NULL), get_json_object(NULL, '$.a'), get_json_object('{\"a b\":1}', '$[''a b'']')"),
  sql("get-json-object-values", "SELECT get_json_object('{\"a\":\"x\\\\\"y\"}', '$.a'), get_json_object('{\"a\":1.0}', '$.a'), get_json_object('{\"a\":true}', '$.a'), get_json_object('{\"a\":null}', '$.a'), get_json_object('{\"a\":[1,[2,3]]}', '$.a[1]'), get_json_object('{\"a\":[]}', '$.a[*]'), get_json_object('{\"a\":\"ção\"}', '$.a')"),
  sql("get-json-object-wildcards", "SELECT get_json_object('[{\"a\":1},{\"a\":2}]', '$[*].a'), get_json_object('{\"a\":[{\"b\":1},{\"c\":2}]}', '$.a[*].b'), get_json_object('{\"a\":[[1,2],[3]]}', '$.a[*][0]'), get_json_object('{\"a\":[\"x\"]}', '$.a[*]')"),
  // json_tuple
  sql("json-tuple", "SELECT id, json_tuple(j, 'a', 'b', 'zz') FROM js ORDER BY id"),
  sql("json-tuple-lateral", "SELECT id, t.x, t.y FROM js LATERAL VIEW json_tuple(j, 'a', 'c') t AS x, y ORDER BY id"),
  sql("json-tuple-null-json", "SELECT json_tuple(CAST(NULL AS STRING), 'a', 'b')"),
  sql("json-tuple-null-field", "SELECT json_tuple('{\"a\":1}', CAST(NULL AS STRING), 'a')"),
  sql("json-tuple-untyped-null-json", "SELECT json_tuple(NULL, 'a')", { error: "DATATYPE_MISMATCH.NON_STRING_TYPE" }),
  sql("json-tuple-untyped-null-field", "SELECT json_tuple('{\"a\":1}', NULL, 'a')", { error: "DATATYPE_MISMATCH.NON_STRING_TYPE" }),
  // from_json
  sql("from-json-struct", q("from_json(j, 'a INT, b STRING')")),
  sql("from-json-types", q("from_json(j, 'a DOUBLE, b STRING, c ARRAY<INT>, e MAP<STRING,INT>')")),
  sql("from-json-nested", q("from_json(j, 'b STRUCT<x: INT>, a2 ARRAY<STRUCT<k: BIGINT>>')")),
  sql("from-json-array-root", q("from_json(j, 'ARRAY<INT>')")),
  sql("from-json-map-root", q("map_entries(from_json(j, 'MAP<STRING,STRING>'))")),
  sql("from-json-overflow", "SELECT from_json('{\"a\": 9999999999}', 'a INT'), from_json('{\"a\": 1.7}', 'a INT'), from_json('{\"a\": \"1\"}', 'a INT'), from_json('{\"a\": 1}', 'a STRING'), from_json('{\"a\": true}', 'a STRING')"),
  sql("from-json-dates", "SELECT from_json('{\"d\": \"2024-02-29\", \"t\": \"2024-02-29T10:00:00Z\"}', 'd DATE, t TIMESTAMP'), from_json('{\"d\": \"nope\"}', 'd DATE')"),
  sql("from-json-failfast", "SELECT from_json('not json', 'a INT', map('mode', 'FAILFAST'))", { error: "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", expectedToFail: OPTIONS_NOT_FOLDED }),
  sql("from-json-options", "SELECT from_json('{a: 1}', 'a INT', map('allowUnquotedFieldNames', 'true')), from_json('{\"a\": 1}', 'a INT', map('mode', 'PERMISSIVE')), from_json('{\"A\": 1}', 'a INT'), from_json('{\"a\": 1} trailing', 'a INT')", { expectedToFail: OPTIONS_NOT_FOLDED }),
  sql("from-json-corrupt-record", "SELECT from_json(j, 'a INT, _corrupt_record STRING') FROM js WHERE id IN (1, 3) ORDER BY id"),
  sql("from-json-bad-schema", "SELECT from_json('{}', 'a INTT')", { error: "PARSE_SYNTAX_ERROR", expectedToFail: "the DDL parser reports an unknown type name as UNSUPPORTED_DATATYPE" }),
  sql("from-json-null-literal", "SELECT from_json(NULL, 'a INT'), from_json('null', 'a INT'), from_json('{}', 'a INT'), from_json('[]', 'a INT'), from_json('[{\"a\":1}]', 'a INT')"),
  // to_json
  sql("to-json-shapes", "SELECT to_json(named_struct('a', 1, 'b', NULL)), to_json(array(1, NULL)), to_json(map('k', 'ção')), to_json(array(named_struct('x', '😀'))), to_json(named_struct('d', DATE'2024-01-01', 't', TIMESTAMP'2024-01-01 10:00:00')), to_json(map(1, array()))"),
  sql("to-json-null", "SELECT to_json(CAST(NULL AS STRUCT<a: INT>)), to_json(array()), to_json(map()), to_json(named_struct('s', 'a\"b\\\\c\\n'))"),
  sql("to-json-numbers", "SELECT to_json(named_struct('d', 1.0D, 'f', CAST(1.5 AS FLOAT), 'n', CAST('NaN' AS DOUBLE), 'dec', 1.50BD, 'l', 9223372036854775807L, 'b', true))"),
  sql("to-json-binary-nested", "SELECT to_json(named_struct('a', named_struct('b', array(map('x', 1))))), to_json(named_struct('bin', X'0102'))"),
  sql("to-json-options", "SELECT to_json(named_struct('t', TIMESTAMP'2024-01-01 10:00:00'), map('timestampFormat', 'yyyy/MM/dd')), to_json(named_struct('a', NULL), map('ignoreNullFields', 'false'))", { expectedToFail: OPTIONS_NOT_FOLDED }),
  sql("to-json-scalar", "SELECT to_json(1)", { error: "DATATYPE_MISMATCH.INVALID_JSON_SCHEMA" }),
  sql("to-json-roundtrip", q("to_json(from_json(j, 'a INT, b STRING, c ARRAY<INT>'))")),
  // schema_of_json
  sql("schema-of-json", "SELECT schema_of_json('{\"a\": 1}'), schema_of_json('[1, 2]'), schema_of_json('{\"a\": [{\"b\": 1.5}], \"c\": \"x\", \"d\": null, \"e\": true}'), schema_of_json('1'), schema_of_json('{\"a\": 9999999999}'), schema_of_json('[]')"),
  sql("schema-of-json-mixed", "SELECT schema_of_json('[1, \"a\"]'), schema_of_json('[1, 2.5]'), schema_of_json('{\"a\": {}}'), schema_of_json('{\"b\": 1, \"a\": 2}'), schema_of_json('\"s\"')"),
  sql("schema-of-json-column", "SELECT schema_of_json(j) FROM js", { error: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT" }),
  sql("schema-of-json-options", "SELECT schema_of_json('{a: 1}', map('allowUnquotedFieldNames', 'true')), schema_of_json('{\"a\": \"1\"}', map('prefersDecimal', 'true')), schema_of_json('{\"a\": 1.5}', map('prefersDecimal', 'true'))", { expectedToFail: OPTIONS_NOT_FOLDED }),
  sql("from-json-schema-of-json", "SELECT from_json('{\"a\": [1, 2]}', schema_of_json('{\"a\": [0]}'))", { expectedToFail: "a schema given as schema_of_json(...) is not constant-folded before from_json binds" }),
  // DataFrame API forms
  df("f-from-json-ddl",
    (spark, F) => spark.table("js").select("id", F.from_json("j", "a STRING, c ARRAY<STRING>")).orderBy("id"),
    `spark.table("js").select("id", F.from_json("j", "a STRING, c ARRAY<STRING>")).orderBy("id")`),
  df("f-get-json-object-tuple",
    (spark, F) => spark.table("js").select("id", F.get_json_object("j", "$.b"), F.json_tuple("j", "a", "c")).orderBy("id"),
    `spark.table("js").select("id", F.get_json_object("j", "$.b"), F.json_tuple("j", "a", "c")).orderBy("id")`),
  df("f-to-json-struct",
    (spark, F) => spark.table("js").select("id", F.to_json(F.struct("id", "j"))).orderBy("id"),
    `spark.table("js").select("id", F.to_json(F.struct("id", "j"))).orderBy("id")`),
  df("f-schema-of-json",
    (spark, F) => spark.range(1).select(F.schema_of_json(F.lit('{"a": [1], "b": {"c": "x"}}'))),
    `spark.range(1).select(F.schema_of_json(F.lit('{"a": [1], "b": {"c": "x"}}')))`),
]);
