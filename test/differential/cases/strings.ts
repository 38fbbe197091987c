// String functions with non-ASCII, astral (surrogate pairs) and combining characters.
import { group, sql } from "../case.js";
import { strs } from "../fixtures.js";

export default group("strings", { fixtures: [strs], compareNames: false, compareNullability: false, compareShow: false }, [
  sql("length", "SELECT id, length(s), char_length(s), octet_length(s), bit_length(s) FROM strs ORDER BY id"),
  sql("upper-lower", "SELECT id, upper(s), lower(s), initcap(s) FROM strs ORDER BY id"),
  sql("substring", "SELECT id, substring(s, 2, 3), substr(s, -2), substring(s, 0, 1), left(s, 2), right(s, 2) FROM strs ORDER BY id"),
  sql("reverse", "SELECT id, reverse(s) FROM strs ORDER BY id"),
  sql("concat", "SELECT id, concat(s, '|', s), concat_ws('-', s, 'x', NULL), s || '!' FROM strs ORDER BY id"),
  sql("trim", "SELECT id, trim(s), ltrim(s), rtrim(s), trim(BOTH 'x' FROM s) FROM strs ORDER BY id"),
  sql("pad", "SELECT id, lpad(s, 8, '*'), rpad(s, 8, 'ab'), lpad(s, 2) FROM strs ORDER BY id"),
  sql("locate-instr", "SELECT id, instr(s, 'l'), locate('x', s), position('テ' IN s), locate('l', s, 4) FROM strs ORDER BY id"),
  sql("replace-translate", "SELECT id, replace(s, 'l', 'L'), translate(s, 'lo', '01'), overlay(s PLACING '##' FROM 2 FOR 1) FROM strs ORDER BY id"),
  sql("split-part", "SELECT id, split(s, ' '), split_part(s, ' ', 1) FROM strs ORDER BY id"),
  sql("like", "SELECT id FROM strs WHERE s LIKE 'h%' OR s LIKE '_ñ%' OR s LIKE '%x%' ORDER BY id"),
  sql("ilike-rlike", "SELECT id, s ILIKE 'HÉ%', s RLIKE '^[a-z]+$', regexp_like(s, 'l+') FROM strs ORDER BY id"),
  sql("regexp-replace-extract", "SELECT id, regexp_replace(s, '[aeiou]', '_'), regexp_extract(s, '(l+)(o)', 1) FROM strs ORDER BY id"),
  sql("repeat-space", "SELECT repeat('ab', 3), repeat('😀', 2), concat('[', space(3), ']'), repeat('x', 0)"),
  sql("ascii-chr", "SELECT id, ascii(s), chr(ascii(s)) FROM strs WHERE id IN (1, 2, 4, 6) ORDER BY id"),
  sql("compare-utf8-order", "SELECT id, s FROM strs WHERE s IS NOT NULL ORDER BY s, id"),
  sql("string-min-max", "SELECT min(s), max(s) FROM strs"),
  sql("startswith-contains", "SELECT id, startswith(s, 'h'), endswith(s, 'o'), contains(s, 'l') FROM strs ORDER BY id"),
  sql("hex-base64", "SELECT id, hex(s), base64(s) FROM strs WHERE id IN (1, 3, 4) ORDER BY id"),
  sql("encode-decode", "SELECT decode(encode('ção', 'UTF-8'), 'UTF-8'), encode('😀', 'UTF-8')"),
  sql("format-string", "SELECT format_string('%s=%d', 'a', 10), format_string('%5.2f|%-4s|', 3.14159D, 'x'), printf('%03d', 7)"),
  sql("format-number", "SELECT format_number(1234567.891D, 2), format_number(-0.5D, 0), format_number(12345, 0)"),
  sql("md5-sha", "SELECT id, md5(s), sha1(s), crc32(s) FROM strs WHERE id <= 4 ORDER BY id"),
  sql("soundex-levenshtein", "SELECT soundex('Robert'), levenshtein('kitten', 'sitting'), levenshtein('😀a', 'a')"),
  sql("string-equality-case", "SELECT 'a' = 'A', 'ß' = 'ss', upper('ß'), lower('İ')"),
]);
