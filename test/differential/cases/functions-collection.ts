// Every array / map / struct function of the registry: NULL collections, NULL elements, empty
// collections, out-of-range indexes, duplicate map keys and the ANSI errors Spark raises.
import { df, group, sql, type Fixture } from "../case.js";

/** Arrays and maps with NULLs, empties and duplicates. */
export const coll: Fixture = {
  name: "coll",
  schema: "id INT, a ARRAY<INT>, b ARRAY<INT>, sa ARRAY<STRING>, m MAP<STRING,INT>, i INT",
  rows: [
    [1, [3, 1, 2], [2, 5], ["b", "a", "ção"], [["a", 1], ["b", 2]], 1],
    [2, [], [1], [], [], 0],
    [3, null, [1, null], null, null, null],
    [4, [4, null, 4], [null], ["😀", null, ""], [["z", null]], -1],
    [5, [1, 1, 2, 2], [], ["x", "x"], [["k", 5]], 3],
    [6, [null], null, [null], [["", 0]], 5],
  ],
};

/** Floating arrays with NaN, -0.0 and NULL, for ordering and set semantics. */
export const fcoll: Fixture = {
  name: "fcoll",
  schema: "id INT, d ARRAY<DOUBLE>",
  rows: [
    [1, [1.5, NaN, -0, 0, null, -1]],
    [2, [NaN, NaN, 0, -0]],
    [3, []],
  ],
};

const q = (cols: string) => `SELECT id, ${cols} FROM coll ORDER BY id`;

export default group("functions-collection", { fixtures: [coll], compareNames: false, compareNullability: false, compareShow: false }, [
  // array / struct / named_struct
  sql("array-constructor", "SELECT array(), array(NULL), array(1, NULL, 2), array(1, 2.5), array('a', 'ção'), array(array(1), NULL), array(CAST(NULL AS INT))"),
  sql("array-constructor-string-int", "SELECT array('a', 1)", { error: "CAST_INVALID_INPUT" }),
  sql("array-constructor-column", q("array(i, id), array(a, b), array(m)")),
  sql("struct-constructor", q("struct(i, id), struct(a, m), named_struct('x', i, 'y', sa), struct(NULL)")),
  sql("named-struct-literals", "SELECT named_struct('a', 1, 'b', NULL), named_struct('ção', '😀'), struct(1 AS x, 2 AS x), named_struct('a', array(1)).a"),
  sql("named-struct-odd-args", "SELECT named_struct('a', 1, 'b')", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  // array_distinct / array_except / array_intersect / array_union
  sql("array-distinct", q("array_distinct(a), array_distinct(b), array_distinct(sa)")),
  sql("array-set-ops", q("array_except(a, b), array_intersect(a, b), array_union(a, b)")),
  sql("array-set-ops-literals", "SELECT array_union(array(1, NULL), array(NULL, 2)), array_intersect(array(NULL, 1), array(1, NULL, NULL)), array_except(array(NULL, NULL, 1), array(1)), array_union(array(), array()), array_except(array(1, 2), CAST(NULL AS ARRAY<INT>)), array_distinct(CAST(NULL AS ARRAY<INT>))"),
  sql("array-except-untyped-null", "SELECT array_except(array(1, 2), NULL)", { error: "DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES" }),
  sql("array-set-ops-floats", "SELECT id, array_distinct(d), array_union(d, array(0D)), array_intersect(d, array(CAST('NaN' AS DOUBLE), 0D)), array_except(d, array(-0D)) FROM fcoll ORDER BY id", { fixtures: [fcoll] }),
  sql("array-set-ops-type-mismatch", "SELECT array_union(array(1), array('a'))", { error: "DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES" }),
  // array_contains / array_position / array_remove / arrays_overlap
  sql("array-contains", q("array_contains(a, 2), array_contains(a, CAST(NULL AS INT)), array_contains(a, i), array_contains(sa, '')")),
  sql("array-contains-literals", "SELECT array_contains(array(1, NULL), 3), array_contains(array(1, NULL), 1), array_contains(array(), 1), array_contains(CAST(NULL AS ARRAY<INT>), 1), array_contains(array(1.5D), 1), array_contains(array(CAST('NaN' AS DOUBLE)), CAST('NaN' AS DOUBLE))"),
  sql("array-contains-untyped-null", "SELECT array_contains(array(1), NULL)", { error: "DATATYPE_MISMATCH.NULL_TYPE" }),
  sql("array-contains-null-array", "SELECT array_contains(NULL, 1)", { error: "DATATYPE_MISMATCH.NULL_TYPE" }),
  sql("array-contains-type-mismatch", "SELECT array_contains(array(1), 'a')", { error: "DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES" }),
  sql("array-position", q("array_position(a, 2), array_position(a, 4), array_position(a, i), array_position(sa, '😀')")),
  sql("array-position-literals", "SELECT array_position(array(1, NULL, 1), 1), array_position(array(), 1), array_position(CAST(NULL AS ARRAY<INT>), 1), array_position(array(1), CAST(NULL AS INT)), array_position(array(3, 2, 1), 5)"),
  sql("array-position-untyped-null", "SELECT array_position(NULL, 1)", { error: "DATATYPE_MISMATCH.NULL_TYPE" }),
  sql("array-remove", q("array_remove(a, 4), array_remove(a, i), array_remove(b, 1), array_remove(sa, 'x')")),
  sql("array-remove-literals", "SELECT array_remove(array(1, NULL, 1), 1), array_remove(array(1, NULL), CAST(NULL AS INT)), array_remove(CAST(NULL AS ARRAY<INT>), 1), array_remove(array(), 1)"),
  sql("array-remove-untyped-null", "SELECT array_remove(NULL, 1)", { error: "DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES" }),
  sql("arrays-overlap", q("arrays_overlap(a, b), arrays_overlap(a, array(9)), arrays_overlap(b, array()), arrays_overlap(a, array(NULL))")),
  sql("arrays-overlap-null-semantics", "SELECT arrays_overlap(array(1, NULL), array(2)), arrays_overlap(array(1, NULL), array(1)), arrays_overlap(array(), array(NULL)), arrays_overlap(CAST(NULL AS ARRAY<INT>), array(1)), arrays_overlap(array(NULL), array(NULL))"),
  sql("arrays-overlap-untyped-null", "SELECT arrays_overlap(NULL, array(1))", { error: "DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES" }),
  // array_join
  sql("array-join", q("array_join(sa, ','), array_join(sa, ',', '?'), array_join(sa, ''), array_join(a, '-'), array_join(sa, NULL)")),
  sql("array-join-literals", "SELECT array_join(array(), ','), array_join(array(NULL, NULL), ','), array_join(array(NULL, NULL), ',', ''), array_join(NULL, ','), array_join(array('a'), ',', NULL), array_join(array(1.5D, 2D), '|')"),
  // array_max / array_min
  sql("array-max-min", q("array_max(a), array_min(a), array_max(sa), array_min(sa), array_max(b)")),
  sql("array-max-min-floats", "SELECT id, array_max(d), array_min(d) FROM fcoll ORDER BY id", { fixtures: [fcoll] }),
  sql("array-max-min-literals", "SELECT array_max(array()), array_min(array(NULL)), array_max(NULL), array_max(array(array(1), array(2, 0))), array_min(array(true, false)), array_max(array(DATE'2024-01-01', DATE'2023-01-01'))"),
  // array_sort / sort_array
  sql("array-sort", q("array_sort(a), sort_array(a), sort_array(a, false), array_sort(sa), sort_array(sa, false)")),
  sql("array-sort-floats", "SELECT id, array_sort(d), sort_array(d), sort_array(d, false) FROM fcoll ORDER BY id", { fixtures: [fcoll] }),
  sql("array-sort-comparator", "SELECT array_sort(array(3, 1, NULL, 2), (l, r) -> CASE WHEN l IS NULL THEN -1 WHEN r IS NULL THEN 1 WHEN l < r THEN 1 WHEN l > r THEN -1 ELSE 0 END), array_sort(array('bb', 'a', 'ccc'), (x, y) -> length(x) - length(y))"),
  sql("sort-array-null", "SELECT sort_array(NULL), sort_array(array(NULL, 'b', 'a')), sort_array(array(NULL, 'b', 'a'), false), sort_array(array()), sort_array(array(named_struct('x', 2), named_struct('x', 1)))"),
  sql("sort-array-non-literal-order", "SELECT sort_array(array(1), id > 0) FROM coll", { error: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT" }),
  // array_repeat
  sql("array-repeat", q("array_repeat(i, 2), array_repeat(a, 2), array_repeat('x', i)")),
  sql("array-repeat-literals", "SELECT array_repeat(NULL, 2), array_repeat('a', 0), array_repeat('a', -3), array_repeat('a', NULL), array_repeat(array(), 2)"),
  // arrays_zip
  sql("arrays-zip", q("arrays_zip(a, b), arrays_zip(a), arrays_zip(sa, a, b)")),
  sql("arrays-zip-literals", "SELECT arrays_zip(array(1, 2), array('x')), arrays_zip(array(), array()), arrays_zip(array(1), NULL), arrays_zip()"),
  // flatten
  sql("flatten", "SELECT flatten(array(array(1, 2), array(), array(NULL))), flatten(array(array(1), NULL)), flatten(CAST(NULL AS ARRAY<ARRAY<INT>>)), flatten(array(array())), flatten(array(array(array(1)), array(array(2))))"),
  sql("flatten-untyped-null", "SELECT flatten(NULL)", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("flatten-non-nested", "SELECT flatten(array(1, 2))", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  // sequence
  sql("sequence-ints", "SELECT sequence(1, 5), sequence(5, 1), sequence(1, 1), sequence(1, 10, 3), sequence(10, 1, -4), sequence(-2, 2), sequence(1, NULL), sequence(NULL, 1), sequence(1L, 3L)"),
  sql("sequence-column", q("sequence(i, 3), sequence(0, id, 2)")),
  sql("sequence-dates", "SELECT sequence(DATE'2024-01-30', DATE'2024-04-01', INTERVAL 1 MONTH), sequence(DATE'2024-01-01', DATE'2024-01-03'), sequence(DATE'2024-01-03', DATE'2024-01-01', INTERVAL -1 DAY)"),
  sql("sequence-timestamps", "SELECT sequence(TIMESTAMP'2024-01-01 00:00:00', TIMESTAMP'2024-01-01 01:00:00', INTERVAL 30 MINUTES)"),
  // shuffle
  sql("shuffle-shape", q("size(shuffle(a)), array_sort(shuffle(a)), shuffle(CAST(NULL AS ARRAY<INT>)), shuffle(array())")),
  // slice
  sql("slice-positions", q("slice(a, 1, 2), slice(a, -1, 1), slice(a, 2, 10), slice(a, -10, 2), slice(a, 5, 1), slice(a, 1, 0)")),
  sql("slice-null-args", "SELECT slice(NULL, 1, 1), slice(array(1), NULL, 1), slice(array(1), 1, NULL), slice(array(1, 2, 3), -3, 2)"),
  sql("slice-start-zero", "SELECT slice(array(1, 2), 0, 1)", { error: "INVALID_PARAMETER_VALUE.START" }),
  sql("slice-negative-length", "SELECT slice(array(1, 2), 1, -1)", { error: "INVALID_PARAMETER_VALUE.LENGTH" }),
  // element_at / get / try_element_at
  sql("element-at-array", "SELECT id, element_at(a, 1), element_at(a, -1), element_at(a, size(a)) FROM coll WHERE size(a) > 0 ORDER BY id"),
  sql("try-element-at-get", q("try_element_at(a, 1), try_element_at(a, 4), try_element_at(a, -5), get(a, 0), get(a, 5), get(a, -1)")),
  sql("element-at-map", q("element_at(m, 'a'), element_at(m, 'missing'), try_element_at(m, 'z'), element_at(m, NULL), m['b']")),
  sql("element-at-null-index", "SELECT element_at(array(1), CAST(NULL AS INT)), try_element_at(array(1), CAST(NULL AS INT)), get(array(1), CAST(NULL AS INT)), element_at(CAST(NULL AS ARRAY<INT>), 1), element_at(map(1, 'a'), 2)"),
  sql("element-at-untyped-null-index", "SELECT element_at(array(1), NULL)", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("element-at-zero", "SELECT element_at(array(1, 2), 0)", { error: "INVALID_INDEX_OF_ZERO" }),
  sql("try-element-at-zero", "SELECT try_element_at(array(1, 2), 0)", { error: "INVALID_INDEX_OF_ZERO" }),
  sql("element-at-out-of-range", "SELECT element_at(array(1, 2), -3)", { error: "INVALID_ARRAY_INDEX_IN_ELEMENT_AT" }),
  sql("element-at-non-ansi", "SELECT element_at(array(1, 2), 5), element_at(array(1, 2), -3)", { conf: { "spark.sql.ansi.enabled": "false" } }),
  // map and friends
  sql("map-constructor", "SELECT map(), map(1, NULL), map('a', 1, 'b', 2), map(1, 'a', 1, 'b')", { error: "DUPLICATED_MAP_KEY" }),
  sql("map-constructor-ok", "SELECT map(), map(1, NULL), map('a', 1, 'b', 2), map('ção', array(1)), map(1.5D, map(1, 2))"),
  sql("map-null-key", "SELECT map(NULL, 1)", { error: "NULL_MAP_KEY" }),
  sql("map-odd-args", "SELECT map(1, 2, 3)", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  sql("map-last-wins", "SELECT map(1, 'a', 1, 'b'), map_concat(map(1, 'a'), map(1, 'b'))", { conf: { "spark.sql.mapKeyDedupPolicy": "LAST_WIN" } }),
  sql("map-concat", q("map_entries(map_concat(m, map('new', 9))), map_concat(m), map_concat(m, CAST(NULL AS MAP<STRING,INT>))")),
  sql("map-concat-untyped-null", "SELECT map_concat(map(1, 2), NULL)", { error: "DATATYPE_MISMATCH.MAP_CONCAT_DIFF_TYPES" }),
  sql("map-concat-duplicate", "SELECT map_concat(map(1, 'a'), map(1, 'b'))", { error: "DUPLICATED_MAP_KEY" }),
  sql("map-concat-empty", "SELECT map_concat(), map_concat(map(), map('a', 1)), map_concat(map(1, 'a'), map(2L, 'b'))"),
  sql("map-contains-key", q("map_contains_key(m, 'a'), map_contains_key(m, ''), map_contains_key(m, 'z')")),
  sql("map-contains-key-literals", "SELECT map_contains_key(map(1, NULL), 1), map_contains_key(map(), 'a'), map_contains_key(CAST(NULL AS MAP<INT,INT>), 1), map_contains_key(map(1, 'a'), 1.0), map_contains_key(map('a', 1), CAST(NULL AS STRING))"),
  sql("map-contains-key-untyped-null-key", "SELECT map_contains_key(map('a', 1), NULL)", { error: "DATATYPE_MISMATCH.NULL_TYPE" }),
  sql("map-contains-key-untyped-null", "SELECT map_contains_key(NULL, 1)", { error: "DATATYPE_MISMATCH.MAP_FUNCTION_DIFF_TYPES" }),
  sql("map-entries-keys-values", q("map_entries(m), map_keys(m), map_values(m)")),
  sql("map-entries-literals", "SELECT map_entries(map()), map_keys(map(1, 'a', 2, NULL)), map_values(map(1, NULL)), map_entries(CAST(NULL AS MAP<INT,INT>))"),
  sql("map-from-arrays", "SELECT id, map_entries(map_from_arrays(sa, a)), map_from_arrays(array('p', 'q'), array(1, NULL)) FROM coll WHERE id <= 2 ORDER BY id"),
  sql("map-from-arrays-literals", "SELECT map_from_arrays(array(), array()), map_from_arrays(NULL, array(1)), map_from_arrays(array(1), NULL), map_from_arrays(array(1, 2), array('a', 'b'))"),
  sql("map-from-arrays-length-mismatch", "SELECT map_from_arrays(array(1, 2), array('a'))", { error: "_LEGACY_ERROR_TEMP_2128" }),
  sql("map-from-arrays-null-key", "SELECT map_from_arrays(array(1, NULL), array('a', 'b'))", { error: "NULL_MAP_KEY" }),
  sql("map-from-arrays-duplicate", "SELECT map_from_arrays(array(1, 1), array('a', 'b'))", { error: "DUPLICATED_MAP_KEY" }),
  sql("map-from-entries", "SELECT map_from_entries(array(struct(1, 'a'), struct(2, NULL))), map_from_entries(CAST(array() AS ARRAY<STRUCT<a: INT, b: INT>>)), map_from_entries(CAST(NULL AS ARRAY<STRUCT<a: INT, b: INT>>)), map_from_entries(array(struct(1, 'a'), NULL)), map_from_entries(map_entries(map('x', 1)))"),
  sql("map-from-entries-empty-untyped", "SELECT map_from_entries(array())", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("map-from-entries-null-key", "SELECT map_from_entries(array(struct(NULL, 'a')))", { error: "NULL_MAP_KEY" }),
  sql("map-from-entries-duplicate", "SELECT map_from_entries(array(struct(1, 'a'), struct(1, 'b')))", { error: "DUPLICATED_MAP_KEY" }),
  // str_to_map
  sql("str-to-map", "SELECT str_to_map('a:1,b:2'), str_to_map('a=1;b=2', ';', '='), str_to_map('a'), str_to_map(''), str_to_map(NULL), str_to_map('a:1,b', ',', ':'), str_to_map('a:1:2'), str_to_map('ção:😀')"),
  sql("str-to-map-regex-delims", "SELECT str_to_map('a.1|b.2', '[|]', '[.]'), map_entries(str_to_map('a1b2', '[0-9]', 'x'))"),
  sql("str-to-map-duplicate", "SELECT str_to_map('a:1,a:2')", { error: "DUPLICATED_MAP_KEY" }),
  sql("str-to-map-null-delims", "SELECT str_to_map('a:1', NULL, ':'), str_to_map('a:1', ',', NULL)"),
  // size / cardinality
  sql("size-cardinality", q("size(a), cardinality(a), size(m), cardinality(sa), size(b)")),
  sql("size-null-legacy", "SELECT size(NULL), cardinality(CAST(NULL AS ARRAY<INT>)), size(array()), size(map())"),
  sql("size-null-legacy-on", "SELECT size(NULL), size(CAST(NULL AS MAP<INT,INT>))", { conf: { "spark.sql.legacy.sizeOfNull": "true", "spark.sql.ansi.enabled": "false" } }),
  sql("size-wrong-type", "SELECT size('abc')", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  // DataFrame API forms with options
  df("f-sort-array-desc",
    (spark, F) => spark.table("coll").select("id", F.sort_array("a", false), F.sort_array("sa")).orderBy("id"),
    `spark.table("coll").select("id", F.sort_array("a", asc=False), F.sort_array("sa")).orderBy("id")`),
  df("f-array-join-null-replacement",
    (spark, F) => spark.table("coll").select("id", F.array_join("sa", "|", "NULL"), F.array_join("a", "")).orderBy("id"),
    `spark.table("coll").select("id", F.array_join("sa", "|", "NULL"), F.array_join("a", "")).orderBy("id")`),
  df("f-slice-element-at",
    (spark, F) => spark.table("coll").select("id", F.slice("a", 2, 2), F.element_at("m", "a"), F.array_position("a", 1), F.array_remove("a", 4)).orderBy("id"),
    `spark.table("coll").select("id", F.slice("a", 2, 2), F.element_at("m", F.lit("a")), F.array_position("a", 1), F.array_remove("a", 4)).orderBy("id")`),
  df("f-array-contains-repeat",
    (spark, F) => spark.table("coll").select("id", F.array_contains("a", 1), F.array_repeat("i", 2), F.map_contains_key("m", "a")).orderBy("id"),
    `spark.table("coll").select("id", F.array_contains("a", 1), F.array_repeat("i", 2), F.map_contains_key("m", "a")).orderBy("id")`),
  df("f-sequence-zip-flatten",
    (spark, F) => spark.table("coll").where("id <= 2").select("id", F.sequence(F.lit(1), "i"), F.arrays_zip("a", "b"), F.flatten(F.array("a", "b"))).orderBy("id"),
    `spark.table("coll").where("id <= 2").select("id", F.sequence(F.lit(1), "i"), F.arrays_zip("a", "b"), F.flatten(F.array("a", "b"))).orderBy("id")`),
  df("f-create-map-from-arrays",
    (spark, F) => spark.table("coll").where("id = 1").select(F.create_map(F.lit("k"), "i"), F.map_entries(F.map_from_arrays("sa", "a")), F.map_entries("m"), F.map_concat("m", F.create_map(F.lit("c"), F.lit(3)))),
    `spark.table("coll").where("id = 1").select(F.create_map(F.lit("k"), "i"), F.map_entries(F.map_from_arrays("sa", "a")), F.map_entries("m"), F.map_concat("m", F.create_map(F.lit("c"), F.lit(3))))`),
]);
