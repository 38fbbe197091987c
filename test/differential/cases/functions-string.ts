// Every string function of the registry: NULL arguments and the edge values that matter for
// each (empty strings, non-ASCII and astral characters, zero/negative/out-of-range positions,
// invalid patterns and charsets, ANSI errors).
import { df, group, sql, type Fixture } from "../case.js";

/** Strings with NULLs, empties, accents and surrogate pairs, beside a second string and an int. */
export const sx: Fixture = {
  name: "sx",
  schema: "id INT, s STRING, t STRING, n INT",
  rows: [
    [1, "hello", "l", 2],
    [2, "ção", "ã", -1],
    [3, "😀a😀", "😀", 0],
    [4, "", "", 5],
    [5, null, "x", null],
    [6, "a,b,,c", ",", 10],
    [7, "ÀbC dÉf", null, 1],
  ],
};

const q = (cols: string) => `SELECT id, ${cols} FROM sx ORDER BY id`;

export default group("functions-string", { fixtures: [sx], compareNames: false, compareNullability: false, compareShow: false }, [
  // ascii / chr
  sql("ascii-column", q("ascii(s), ascii(t)")),
  sql("ascii-literals", "SELECT ascii(''), ascii(NULL), ascii('😀'), ascii('ção'), ascii('\\n')"),
  sql("chr-edges", "SELECT chr(65), chr(0), chr(-1), chr(256), chr(321), char(NULL), chr(255), chr(128)"),
  sql("chr-column", q("chr(n), char(n + 64)")),
  // base64 / unbase64
  sql("base64-column", q("base64(s), unbase64(base64(s)), base64(CAST(s AS BINARY))")),
  sql("base64-literals", "SELECT base64(''), base64(NULL), base64(X''), base64('😀'), unbase64(''), unbase64(NULL), unbase64('YQ'), unbase64('YQ==')"),
  sql("unbase64-invalid", "SELECT unbase64('!!!!')"),
  // hex / unhex
  sql("hex-column", q("hex(s), hex(n), unhex(hex(s))")),
  sql("hex-numbers", "SELECT hex(0), hex(-1), hex(255L), hex(NULL), hex(X''), hex(X'00FF'), hex(9223372036854775807L), hex(-9223372036854775808L)"),
  sql("unhex-edges", "SELECT unhex(''), unhex('a'), unhex('abc'), unhex('GG'), unhex(NULL), unhex('4a4B'), unhex('zz12')"),
  // to_binary / try_to_binary
  sql("to-binary-formats", "SELECT to_binary('abc'), to_binary('abc', 'utf-8'), to_binary('414243', 'hex'), to_binary('QUJD', 'base64'), to_binary(NULL, 'hex'), to_binary('ção', 'UTF-8')"),
  sql("to-binary-null-format", "SELECT to_binary('abc', NULL)"),
  sql("to-binary-bad-hex", "SELECT to_binary('zz', 'hex')", { error: "CONVERSION_INVALID_INPUT" }),
  sql("to-binary-bad-format", "SELECT to_binary('abc', 'bogus')", { error: "DATATYPE_MISMATCH.INVALID_ARG_VALUE" }),
  sql("try-to-binary", "SELECT try_to_binary('zz', 'hex'), try_to_binary('414', 'hex'), try_to_binary('4142', 'hex'), try_to_binary(NULL), try_to_binary('!!', 'base64'), try_to_binary('a', 'utf8')"),
  sql("try-to-binary-bad-format", "SELECT try_to_binary('abc', 'bogus'), try_to_binary('abc', NULL)"),
  // concat / concat_ws
  sql("concat-nulls", q("concat(s, t), concat(s, NULL), concat(s), concat(t, '|', s)")),
  sql("concat-empty-and-arrays", "SELECT concat(), concat(''), concat(array(1), array(2, NULL)), concat(array(1), CAST(NULL AS ARRAY<INT>)), concat(array('a'), array()), concat(X'01', X'02')"),
  sql("concat-array-untyped-null", "SELECT concat(array(1), NULL)", { error: "DATATYPE_MISMATCH.DATA_DIFF_TYPES" }),
  sql("concat-ws-nulls", q("concat_ws(t, s, 'z'), concat_ws(',', s, NULL, t), concat_ws('', s, t), concat_ws(NULL, s)")),
  sql("concat-ws-arrays", "SELECT concat_ws(',', array('a', NULL, 'b'), 'c'), concat_ws('-'), concat_ws(',', NULL), concat_ws('😀', 'a', 'b'), concat_ws(',', array()), concat_ws(',', array(NULL))"),
  // encode / decode
  sql("encode-charsets", "SELECT hex(encode('ção', 'UTF-16')), hex(encode('ção', 'UTF-16BE')), hex(encode('ção', 'UTF-16LE')), hex(encode('😀', 'UTF-8')), hex(encode('abc', 'US-ASCII')), hex(encode('é', 'ISO-8859-1'))"),
  sql("encode-nulls", q("hex(encode(s, 'UTF-8')), encode(s, NULL), decode(encode(s, 'utf-8'), 'utf-8')")),
  sql("decode-charsets", "SELECT decode(X'C3A7', 'UTF-8'), decode(X'E7', 'ISO-8859-1'), decode(X'0061', 'UTF-16BE'), decode(NULL, 'UTF-8'), decode(X'41', NULL), decode(X'', 'UTF-8')"),
  sql("encode-bad-charset", "SELECT encode('a', 'bogus')", { error: "INVALID_PARAMETER_VALUE.CHARSET" }),
  sql("decode-bad-charset", "SELECT decode(X'41', 'bogus')", { error: "INVALID_PARAMETER_VALUE.CHARSET" }),
  sql("encode-unmappable", "SELECT encode('ção', 'US-ASCII')", { error: "MALFORMED_CHARACTER_CODING" }),
  sql("decode-malformed", "SELECT decode(X'FF', 'UTF-8')", { error: "MALFORMED_CHARACTER_CODING" }),
  sql("decode-legacy-replaces", "SELECT decode(X'FF41', 'UTF-8'), hex(encode('ção', 'US-ASCII'))", { conf: { "spark.sql.legacy.codingErrorAction": "true" } }),
  sql("decode-case-form", "SELECT decode(2, 1, 'one', 2, 'two', 'other'), decode(NULL, NULL, 'null-matches', 'no'), decode(3, 1, 'one')"),
  // elt
  sql("elt-in-range", "SELECT elt(1, 'a', 'b'), elt(2, 'a', NULL), elt(NULL, 'a'), elt(1, 'ção', '😀'), elt(2, 1, 2)"),
  sql("elt-out-of-range", "SELECT elt(3, 'a', 'b')", { error: "INVALID_ARRAY_INDEX" }),
  sql("elt-zero", "SELECT elt(0, 'a', 'b')", { error: "INVALID_ARRAY_INDEX" }),
  sql("elt-non-ansi", "SELECT elt(3, 'a', 'b'), elt(0, 'a'), elt(-1, 'a')", { conf: { "spark.sql.ansi.enabled": "false" } }),
  sql("elt-column", q("elt(id, s, t, 'x', 'y', 'z', 'w', 'v')")),
  // find_in_set
  sql("find-in-set", "SELECT find_in_set('b', 'a,b,c'), find_in_set('', 'a,,b'), find_in_set('a,b', 'a,b'), find_in_set(NULL, 'a'), find_in_set('a', NULL), find_in_set('ção', 'x,ção'), find_in_set('d', 'a,b'), find_in_set('', '')"),
  sql("find-in-set-column", q("find_in_set(t, s), find_in_set('', s)")),
  // format_number
  sql("format-number-edges", "SELECT format_number(NULL, 2), format_number(1.5D, -1), format_number(0.0D, 3), format_number(-1234.5D, 0), format_number(1234.5D, NULL), format_number(0.5D, 0), format_number(1.5D, 0), format_number(2.5D, 0)"),
  sql("format-number-pattern", "SELECT format_number(12345.678D, '#,###.#'), format_number(12345.678D, ''), format_number(12345.678D, '0000000.00'), format_number(5, '#')"),
  sql("format-number-types", "SELECT format_number(CAST(1234567.891 AS DECIMAL(10,3)), 2), format_number(CAST(-5 AS TINYINT), 1), format_number(1e20D, 2), format_number(CAST('NaN' AS DOUBLE), 2), format_number(CAST('Infinity' AS DOUBLE), 1), format_number(123456789012L, 0)"),
  // format_string / printf
  sql("format-string-nulls", "SELECT format_string('%s|%s', NULL, 'a'), format_string(NULL, 1), format_string('%d', NULL), printf('%%'), format_string('no args'), format_string('%s', 'ção😀')"),
  sql("format-string-specifiers", "SELECT format_string('%x %X %o', 255, 255, 8), format_string('%e', 12345.678D), format_string('%10s|%-10s|', 'a', 'b'), format_string('%,d', 1234567), format_string('%b %c', true, 65), format_string('%2$s %1$s', 'a', 'b')"),
  sql("format-string-column", q("format_string('[%s:%d]', s, n), printf('%5s', t)")),
  // initcap
  sql("initcap", q("initcap(s), initcap(t)")),
  sql("initcap-literals", "SELECT initcap('hello WORLD'), initcap(' a  b'), initcap('ção são'), initcap('o''neil-smith'), initcap(''), initcap(NULL), initcap('a\tb'), initcap('ǆemal')"),
  // length family
  sql("length-family", q("length(s), char_length(s), character_length(s), len(s)")),
  sql("length-binary-and-null", "SELECT length(NULL), length(X'0102'), len(''), length('😀'), character_length('e\u0301'), length(CAST('ab ' AS CHAR(5)))"),
  // levenshtein
  sql("levenshtein", q("levenshtein(s, t), levenshtein(s, 'hallo'), levenshtein(s, NULL)")),
  sql("levenshtein-threshold", "SELECT levenshtein('kitten', 'sitting', 2), levenshtein('kitten', 'sitting', 3), levenshtein('', 'abc', 0), levenshtein('abc', 'abc', 0), levenshtein('a', 'b', -1), levenshtein('ção', 'cao'), levenshtein('😀', ''), levenshtein('a', 'b', NULL)"),
  // instr / locate / position
  sql("instr", q("instr(s, t), instr(s, ''), instr(s, 'a'), instr(NULL, t)")),
  sql("locate-positions", q("locate(t, s), locate(t, s, 2), locate(t, s, 0), locate(t, s, -1), locate('', s), locate('', s, 0), locate(t, s, NULL)")),
  sql("position-forms", "SELECT position('😀' IN '😀a😀'), position('a' IN '😀a😀'), position('😀', '😀a😀', 2), position(NULL IN 'a'), position('' IN ''), locate('ã', 'ção'), instr('ção', 'o'), locate('b', 'abcb', 3)"),
  // lower / upper
  sql("lower-upper", q("lower(s), lcase(s), upper(s), ucase(s)")),
  sql("case-special", "SELECT upper('ß'), lower('İ'), upper('ǆ'), lower('ΣΑΣ'), upper('😀a'), upper(NULL), lower(''), upper('ﬁ')"),
  // octet_length / bit_length
  sql("octet-bit-length", q("octet_length(s), bit_length(s)")),
  sql("octet-bit-length-binary", "SELECT octet_length(X'0102'), bit_length(X'FF'), octet_length(NULL), bit_length(''), octet_length('😀'), bit_length('ç')"),
  // overlay
  sql("overlay-positions", q("overlay(s PLACING 'X' FROM 2), overlay(s PLACING 'XY' FROM 1 FOR 0), overlay(s PLACING '' FROM 2 FOR 1), overlay(s PLACING t FROM 2)")),
  sql("overlay-edges", "SELECT overlay('hello' PLACING 'X' FROM 0), overlay('hello' PLACING 'X' FROM -1), overlay('hello' PLACING 'X' FROM 10), overlay('hello' PLACING 'X' FROM 2 FOR -1), overlay('hello' PLACING 'X' FROM 2 FOR 10), overlay('😀ab' PLACING 'Z' FROM 2 FOR 1), overlay(NULL PLACING 'X' FROM 1), overlay('a' PLACING NULL FROM 1)"),
  sql("overlay-binary", "SELECT hex(overlay(X'010203' PLACING X'FF' FROM 2)), hex(overlay(X'010203' PLACING X'FFEE' FROM 2 FOR 1)), overlay('abc', 'X', 2, 1)"),
  // lpad / rpad
  sql("pad-column", q("lpad(s, 4, '*'), rpad(s, 4, t), lpad(s, n, 'ab'), rpad(s, n)")),
  sql("pad-edges", "SELECT lpad('abc', 0, 'x'), lpad('abc', -1, 'x'), lpad('abc', 5, ''), rpad('abc', 5, ''), lpad('abc', 6, '😀'), rpad('ção', 5, 'ã'), lpad(NULL, 2, 'x'), lpad('a', NULL, 'x'), rpad('a', 3, NULL), lpad('abcdef', 3, 'x')"),
  sql("pad-binary", "SELECT hex(lpad(X'01', 3, X'FF')), hex(rpad(X'0102', 1, X'00')), hex(rpad(X'01', 4, X'AABB')), hex(lpad(X'01', 3))"),
  // repeat / space
  sql("repeat-space-edges", "SELECT repeat('ab', -1), repeat('ab', 0), repeat(NULL, 2), repeat('x', NULL), repeat('😀', 3), repeat('', 5), concat('[', space(-1), ']'), space(0), space(NULL), length(space(5))"),
  sql("repeat-column", q("repeat(s, n), repeat(t, 2)")),
  // replace
  sql("replace", q("replace(s, t), replace(s, t, '#'), replace(s, '', 'x'), replace(s, 'a', NULL)")),
  sql("replace-literals", "SELECT replace('', '', 'x'), replace('aaa', 'aa', 'b'), replace('😀😀', '😀', 'x'), replace(NULL, 'a', 'b'), replace('abc', NULL, 'x'), replace('abc', 'b')"),
  // reverse
  sql("reverse", q("reverse(s), reverse(t)")),
  sql("reverse-literals-and-arrays", "SELECT reverse('😀ab🎉'), reverse('e\u0301x'), reverse(''), reverse(NULL), reverse(array(1, NULL, 3)), reverse(array()), reverse(CAST(NULL AS ARRAY<INT>))"),
  // soundex
  sql("soundex", q("soundex(s), soundex(t)")),
  sql("soundex-literals", "SELECT soundex(''), soundex(NULL), soundex('ção'), soundex('123'), soundex('Tymczak'), soundex('a'), soundex('Ashcraft'), soundex('Pfister'), soundex('Lloyd'), soundex(' x')"),
  // split_part
  sql("split-part", q("split_part(s, t, 1), split_part(s, ',', -1), split_part(s, ',', 5), split_part(s, '', 1), split_part(s, ',', id)")),
  sql("split-part-literals", "SELECT split_part('a,b,c', ',', 2), split_part('a,b,c', ',', -3), split_part('a,b,c', ',', -4), split_part('', ',', 1), split_part('a😀b', '😀', 2), split_part(NULL, ',', 1), split_part('a', NULL, 1), split_part('a..b', '..', 2)"),
  sql("split-part-zero", "SELECT split_part('a,b', ',', 0)", { error: "INVALID_INDEX_OF_ZERO" }),
  // startswith / endswith / contains
  sql("starts-ends-contains", q("startswith(s, t), endswith(s, t), contains(s, t), startswith(s, ''), contains(s, NULL)")),
  sql("starts-ends-contains-binary", "SELECT startswith(X'0102', X'01'), endswith(X'0102', X'01'), contains(X'010203', X'0203'), contains(X'', X''), startswith('😀a', '😀'), endswith('ção', 'ão')"),
  // substring / substr / left / right
  sql("substring-positions", q("substring(s, 0), substring(s, 1, 2), substring(s, -2), substring(s, -10, 3), substring(s, 2, 0), substring(s, 2, -1), substr(s, n), substring(s, n, n)")),
  sql("substring-literals", "SELECT substr('😀a😀', 2, 1), substring('ção', -1), substring('hello', 10), substring(NULL, 1), substring('abc', NULL), substring('abc', 1, NULL), substring('abc' FROM 2 FOR 1), substr('abc', -5, 4)"),
  sql("substring-binary", "SELECT hex(substring(X'010203', 2)), hex(substr(X'010203', -1)), hex(substring(X'010203', 0, 2)), hex(substring(X'', 1))"),
  sql("left-right", q("left(s, 2), right(s, 2), left(s, 0), right(s, -1), left(s, n), right(s, n), left(s, 100)")),
  sql("left-right-null", "SELECT left(NULL, 2), right('a', NULL), left('😀a', 1), right('a😀', 1), left(X'0102', 1)"),
  // substring_index
  sql("substring-index", q("substring_index(s, t, 1), substring_index(s, t, -1), substring_index(s, t, 0), substring_index(s, ',', 2), substring_index(s, ',', -2), substring_index(s, '', 1)")),
  sql("substring-index-literals", "SELECT substring_index('www.apache.org', '.', 10), substring_index('www.apache.org', '.', -10), substring_index('a..b..c', '..', 2), substring_index('😀x😀y', '😀', -1), substring_index(NULL, '.', 1), substring_index('a.b', NULL, 1), substring_index('a.b', '.', NULL), substring_index('', '.', 1)"),
  // translate
  sql("translate", q("translate(s, t, 'X'), translate(s, 'ao', ''), translate(s, '', 'x'), translate(s, NULL, 'x')")),
  sql("translate-literals", "SELECT translate('abcabc', 'abc', 'x'), translate('abc', 'aa', 'xy'), translate('😀a😀', '😀', 'X'), translate('ção', 'çã', 'ca'), translate('abc', 'b', '😀'), translate(NULL, 'a', 'b'), translate('abc', 'a', NULL)"),
  // trim family
  sql("trim-column", q("trim(s), ltrim(s), rtrim(s), btrim(s), trim(BOTH t FROM s), trim(LEADING t FROM s), trim(TRAILING t FROM s)")),
  sql("trim-whitespace-kinds", "SELECT concat('[', trim(' \\t a \\n '), ']'), concat('[', ltrim('  x  '), ']'), concat('[', rtrim('  x  '), ']'), trim(''), trim(NULL), btrim('   '), concat('[', trim('\\u3000a'), ']')"),
  sql("trim-characters", "SELECT btrim('xyaxy', 'xy'), btrim('abc', ''), btrim('abc', NULL), ltrim('xxa', 'x'), rtrim('axx', 'x'), trim(BOTH NULL FROM 'a'), trim(BOTH '' FROM ' a '), trim('😀' FROM '😀a😀'), trim(BOTH 'ã' FROM 'ãçã')"),
  sql("trim-legacy-arg-order", "SELECT ltrim('x', 'xxa'), rtrim('x', 'axx'), trim('x', 'xax')"),
  // uuid
  sql("uuid-shape", "SELECT length(uuid()), uuid() RLIKE '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$', uuid() = uuid(), typeof(uuid())"),
  // split
  sql("split-limits", q("split(s, t), split(s, ','), split(s, ',', 2), split(s, ',', 0), split(s, ',', -1), split(s, ''), split(s, ',', 1)")),
  sql("split-literals", "SELECT split('', ','), split(NULL, ','), split('a', NULL), split('a.b', '.'), split('a|b', '\\\\|'), split('a1b22c', '[0-9]+'), split('😀a😀', ''), split('abc', '', 2), split('a,b,', ','), split(',a', ',')"),
  // regexp_replace
  sql("regexp-replace-edges", q("regexp_replace(s, t, '#'), regexp_replace(s, '(.)', '$1$1'), regexp_replace(s, '.', 'x', 3), regexp_replace(s, NULL, 'x')")),
  sql("regexp-replace-empty-pattern", "SELECT regexp_replace('abc', '', '-'), regexp_replace('', '', '-'), regexp_replace('ção', '', '|')"),
  sql("regexp-replace-empty-pattern-astral", "SELECT regexp_replace('😀a', '', '-')", { expectedToFail: "Java matches between the UTF-16 halves of 😀 and writes the lone surrogates as '?'" }),
  sql("regexp-replace-java-syntax", "SELECT regexp_replace('a1b2', '\\\\d', 'D'), regexp_replace('Hello', '(?i)h', 'J'), regexp_replace('aaa', 'a{2}', 'b'), regexp_replace('a.b', '\\\\Q.\\\\E', '!'), regexp_replace('x y', '\\\\s', ''), regexp_replace('ação', '\\\\p{L}', 'L'), regexp_replace('abc', '(?<first>a)(b)', '$2$1'), regexp_replace('a$b', '\\\\$', '\\\\$\\\\$')"),
  sql("regexp-replace-position", "SELECT regexp_replace('aaa', 'a', 'b', 1), regexp_replace('aaa', 'a', 'b', 2), regexp_replace('aaa', 'a', 'b', 4), regexp_replace('😀a😀a', 'a', 'b', 3), regexp_replace('abc', '^a', 'X', 2)"),
  sql("regexp-replace-position-zero", "SELECT regexp_replace('aaa', 'a', 'b', 0)", { error: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE" }),
  sql("regexp-replace-invalid-regex", "SELECT regexp_replace('a', '(', 'b')", { error: "INVALID_PARAMETER_VALUE.PATTERN" }),
  // regexp_extract / regexp_extract_all
  sql("regexp-extract-edges", q("regexp_extract(s, '(a)(b)?', 0), regexp_extract(s, '(a)(b)?', 2), regexp_extract(s, 'zz(z)', 1), regexp_extract(s, '(.)', 1), regexp_extract(s, t, 0)")),
  sql("regexp-extract-literals", "SELECT regexp_extract('😀a😀', '(.)a', 1), regexp_extract(NULL, '(a)', 1), regexp_extract('a', NULL, 1), regexp_extract('abc', '(a)', NULL), regexp_extract('abc', '(?<x>b)', 1), regexp_extract('a1', '([a-z])(\\\\d)')"),
  sql("regexp-extract-group-out-of-range", "SELECT regexp_extract('abc', '(a)', 2)", { error: "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX" }),
  sql("regexp-extract-negative-group", "SELECT regexp_extract('abc', '(a)', -1)", { error: "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX" }),
  sql("regexp-extract-invalid-regex", "SELECT regexp_extract('abc', '[a', 0)", { error: "INVALID_PARAMETER_VALUE.PATTERN" }),
  sql("regexp-extract-all", q("regexp_extract_all(s, '(.)', 1), regexp_extract_all(s, '([a-z])', 0), regexp_extract_all(s, 'q(x)'), regexp_extract_all(s, '(a)?b', 1)")),
  sql("regexp-extract-all-literals", "SELECT regexp_extract_all('a1b22', '(\\\\d+)'), regexp_extract_all('a1b22', '([a-z])(\\\\d+)', 2), regexp_extract_all('', '(a)'), regexp_extract_all(NULL, '(a)'), regexp_extract_all('aaa', '', 0), regexp_extract_all('😀1😀2', '😀(\\\\d)', 1)"),
  sql("regexp-extract-all-group-out-of-range", "SELECT regexp_extract_all('abc', 'b', 1)", { error: "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX" }),
  // DataFrame API forms with options
  df("f-split-limit",
    (spark, F) => spark.table("sx").select("id", F.split("s", ",", 2), F.split("s", "")).orderBy("id"),
    `spark.table("sx").select("id", F.split("s", ",", 2), F.split("s", "")).orderBy("id")`),
  df("f-locate-pos",
    (spark, F) => spark.table("sx").select("id", F.locate("a", "s"), F.locate("a", "s", 2), F.locate("😀", "s", 0)).orderBy("id"),
    `spark.table("sx").select("id", F.locate("a", "s"), F.locate("a", "s", 2), F.locate("😀", "s", 0)).orderBy("id")`),
  df("f-trim-chars",
    (spark, F) => spark.table("sx").select("id", F.trim("s", "h😀"), F.ltrim("s", "ç"), F.rtrim("s", "o")).orderBy("id"),
    `spark.table("sx").select("id", F.trim("s", F.lit("h😀")), F.ltrim("s", F.lit("ç")), F.rtrim("s", F.lit("o"))).orderBy("id")`),
  df("f-pad-substring",
    (spark, F) => spark.table("sx").select("id", F.lpad("s", 5, "-"), F.rpad("s", 2, "x"), F.substring("s", 2, 2), F.substring_index("s", ",", -1)).orderBy("id"),
    `spark.table("sx").select("id", F.lpad("s", 5, "-"), F.rpad("s", 2, "x"), F.substring("s", 2, 2), F.substring_index("s", ",", -1)).orderBy("id")`),
  df("f-regexp",
    (spark, F) => spark.table("sx").select("id", F.regexp_extract("s", "(a)(,)?", 2), F.regexp_replace("s", "[aeiou]", "_"), F.regexp_extract_all("s", F.lit("(\\w)"), F.lit(1))).orderBy("id"),
    `spark.table("sx").select("id", F.regexp_extract("s", "(a)(,)?", 2), F.regexp_replace("s", "[aeiou]", "_"), F.regexp_extract_all("s", F.lit("(\\\\w)"), F.lit(1))).orderBy("id")`),
  df("f-format",
    (spark, F) => spark.table("sx").select("id", F.format_string("%s-%s", "s", "t"), F.format_number("n", 2), F.concat_ws("/", "s", "t")).orderBy("id"),
    `spark.table("sx").select("id", F.format_string("%s-%s", "s", "t"), F.format_number("n", 2), F.concat_ws("/", "s", "t")).orderBy("id")`),
  df("f-encode-repeat-translate",
    (spark, F) => spark.table("sx").select("id", F.hex(F.encode("s", "UTF-16LE")), F.repeat("t", 3), F.translate("s", "a😀", "A")).orderBy("id"),
    `spark.table("sx").select("id", F.hex(F.encode("s", "UTF-16LE")), F.repeat("t", 3), F.translate("s", "a😀", "A")).orderBy("id")`),
  df("f-overlay-levenshtein",
    (spark, F) => spark.table("sx").select("id", F.overlay("s", "t", F.lit(2), F.lit(1)), F.levenshtein("s", "t"), F.instr("s", "a")).orderBy("id"),
    `spark.table("sx").select("id", F.overlay("s", "t", F.lit(2), F.lit(1)), F.levenshtein("s", "t"), F.instr("s", "a")).orderBy("id")`),
]);
