// Hash functions (md5, sha1/sha, sha2, crc32, hash, xxhash64) over every type with NULLs, and
// the misc functions (assert_true, raise_error, typeof, current_*, version, partition ids).
import { df, group, sql, type Fixture } from "../case.js";

/** One column per hashed type, with NULLs and edge values. */
export const hx: Fixture = {
  name: "hx",
  schema: "id INT, s STRING, b BINARY, l BIGINT, d DOUBLE, f FLOAT, dec DECIMAL(20,2), dt DATE, ts TIMESTAMP, bo BOOLEAN, a ARRAY<INT>, m MAP<STRING,INT>",
  rows: [
    [1, "hello", { hex: "0102" }, 1, 1.5, 1.5, "12.34", "2024-01-01", "2024-01-01 10:00:00", true, [1, 2], [["a", 1]]],
    [2, "", { hex: "" }, 0, -0, -0, "0.00", "1970-01-01", "1970-01-01 00:00:00", false, [], []],
    [3, null, null, null, null, null, null, null, null, null, null, null],
    [4, "ção😀", { hex: "ff" }, -9223372036854775808n, NaN, NaN, "-99999999999999999.99", "1900-02-28", "1900-01-01 00:00:00.000001", true, [null], [["", null]]],
    [5, "a", { hex: "61" }, 9223372036854775807n, 0, 0, "1.00", "9999-12-31", "2262-04-11 23:47:16", false, [1, null], [["k", 2]]],
  ],
};

const q = (cols: string) => `SELECT id, ${cols} FROM hx ORDER BY id`;

export default group("functions-hash-misc", { fixtures: [hx], compareNames: false, compareNullability: false, compareShow: false }, [
  // md5 / sha1 / sha / sha2 / crc32
  sql("digests-string", q("md5(s), sha1(s), sha(s), crc32(s)")),
  sql("digests-binary", q("md5(b), sha1(b), crc32(b), sha2(b, 256)")),
  sql("sha2-bit-lengths", q("sha2(s, 0), sha2(s, 224), sha2(s, 256), sha2(s, 384), sha2(s, 512)")),
  sql("sha2-invalid-bits", "SELECT sha2('a', 1), sha2('a', 128), sha2('a', NULL), sha2(NULL, 256), sha2('a', -1)"),
  sql("digests-null-literals", "SELECT md5(NULL), sha1(NULL), crc32(NULL), md5(''), crc32(''), sha1(X'')"),
  sql("digests-wrong-type", "SELECT md5(1)", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  // hash (murmur3) / xxhash64
  sql("hash-strings-binary", q("hash(s), xxhash64(s), hash(b), xxhash64(b)")),
  sql("hash-integrals", q("hash(l), xxhash64(l), hash(id), xxhash64(id), hash(CAST(id AS SHORT)), hash(CAST(id AS TINYINT))")),
  sql("hash-floats", q("hash(d), xxhash64(d), hash(f), xxhash64(f)")),
  sql("hash-decimal-date-time", q("hash(dec), xxhash64(dec), hash(dt), xxhash64(dt), hash(ts), xxhash64(ts), hash(bo), xxhash64(bo)")),
  sql("hash-decimal-precision", "SELECT hash(CAST(1.5 AS DECIMAL(5,1))), hash(CAST(1.5 AS DECIMAL(30,1))), xxhash64(CAST(-7 AS DECIMAL(38,0))), hash(CAST(123456789.123 AS DECIMAL(18,3)))"),
  sql("hash-nested", q("hash(a), xxhash64(a), hash(named_struct('x', s, 'y', l)), xxhash64(named_struct('a', a, 'd', d))")),
  sql("hash-multiple-args", q("hash(s, l), xxhash64(s, l, d), hash(id, s, b), hash(NULL, id)")),
  sql("hash-null-literals", "SELECT hash(NULL), xxhash64(NULL), hash(NULL, NULL), hash(''), xxhash64(''), hash(0), hash(0L), hash(0D), hash(-0D), hash(CAST(0 AS FLOAT)), hash(array()), xxhash64(array(array()))"),
  sql("hash-no-args", "SELECT hash()", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  sql("hash-map-type", "SELECT hash(map('a', 1))", { error: "DATATYPE_MISMATCH.HASH_MAP_TYPE" }),
  sql("hash-map-type-in-struct", "SELECT id, hash(named_struct('m', m)) FROM hx", { error: "DATATYPE_MISMATCH.HASH_MAP_TYPE" }),
  sql("hash-map-type-allowed", q("hash(m), xxhash64(m), hash(map('a', 1)), hash(map())"), { conf: { "spark.sql.legacy.allowHashOnMapType": "true" } }),
  // typeof
  sql("typeof", q("typeof(s), typeof(b), typeof(l), typeof(d), typeof(f), typeof(dec), typeof(dt), typeof(ts), typeof(bo), typeof(a), typeof(m)")),
  sql("typeof-literals", "SELECT typeof(NULL), typeof(1), typeof(1L), typeof(1.5), typeof(1.5D), typeof(1Y), typeof(1S), typeof(named_struct('a', 1)), typeof(INTERVAL 1 DAY), typeof(INTERVAL 1 YEAR), typeof(TIMESTAMP_NTZ'2024-01-01 00:00:00')"),
  sql("typeof-varchar-cast", "SELECT typeof(CAST('a' AS VARCHAR(3))), typeof(CAST('a' AS CHAR(2)))", { expectedToFail: "CAST to VARCHAR/CHAR keeps the char type; Spark 4.1 yields STRING" }),
  // assert_true / raise_error
  sql("assert-true-passes", q("assert_true(id > 0), assert_true(id > 0, 'msg'), assert_true(NULL IS NULL)")),
  sql("assert-true-fails", "SELECT assert_true(id < 3) FROM hx", { error: "USER_RAISED_EXCEPTION" }),
  sql("assert-true-null", "SELECT assert_true(NULL)", { error: "USER_RAISED_EXCEPTION" }),
  sql("assert-true-message", "SELECT assert_true(1 > 2, 'custom ção')", { error: "USER_RAISED_EXCEPTION", compareError: "message" }),
  sql("raise-error", "SELECT raise_error('boom 😀')", { error: "USER_RAISED_EXCEPTION", compareError: "message" }),
  sql("raise-error-null", "SELECT raise_error(NULL)", { error: "USER_RAISED_EXCEPTION", compareError: "message" }),
  sql("raise-error-in-case", "SELECT id, CASE WHEN id > 100 THEN raise_error('never') ELSE id END FROM hx ORDER BY id"),
  sql("raise-error-two-args", "SELECT raise_error('VIEW_NOT_FOUND', map('relationName', '`v`'))", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  // current_* / version / user
  sql("current-names", "SELECT current_database(), current_schema(), current_catalog()"),
  sql("current-user-shape", "SELECT current_user() = user(), user() = session_user(), current_user() IS NOT NULL, typeof(current_user())"),
  sql("version-shape", "SELECT split(version(), ' ')[0], length(split(version(), ' ')[1]) > 0"),
  // spark_partition_id / monotonically_increasing_id
  sql("partition-id-in-aggregate", "SELECT min(spark_partition_id()) FROM range(3)", { error: "AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION", expectedToFail: "the analyzer lets non-deterministic expressions into aggregate arguments" }),
  sql("partition-id-single-row", "SELECT spark_partition_id(), monotonically_increasing_id()"),
  sql("partition-id-range", "SELECT count(*), min(p), max(p), count(DISTINCT m), min(m), max(m) FROM (SELECT spark_partition_id() AS p, monotonically_increasing_id() AS m FROM range(0, 10, 1, 1))"),
  // DataFrame API forms
  df("f-hashes",
    (spark, F) => spark.table("hx").select("id", F.sha2("s", 384), F.hash("s", "l"), F.xxhash64("a"), F.crc32("b"), F.md5("s")).orderBy("id"),
    `spark.table("hx").select("id", F.sha2("s", 384), F.hash("s", "l"), F.xxhash64("a"), F.crc32("b"), F.md5("s")).orderBy("id")`),
  df("f-typeof-partition",
    (spark, F) => spark.range(0, 3, 1, 1).select("id", F.typeof("id"), F.spark_partition_id(), F.monotonically_increasing_id()).orderBy("id"),
    `spark.range(0, 3, 1, 1).select("id", F.typeof("id"), F.spark_partition_id(), F.monotonically_increasing_id()).orderBy("id")`),
]);
