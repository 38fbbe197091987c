// JSON text as Spark's Jackson generator re-writes a parsed value (get_json_object, json_tuple,
// from_json into STRING): fractional numbers go through double (1.5e3 → 1500.0), strings escape
// quotes, backslashes and control characters, and characters outside the BMP are written as
// \uD83D\uDE00 surrogate escapes.
import { JsonNumber, type JsonValue } from "../../io/formats/json/parser.js";
import { formatDouble } from "../../values/java-format.js";

export function jacksonText(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return jacksonString(v);
  if (v instanceof JsonNumber) return v.isInteger ? v.text : formatDouble(Number(v.text));
  if (Array.isArray(v)) return "[" + v.map(jacksonText).join(",") + "]";
  return "{" + v.keys.map((k, i) => jacksonString(k) + ":" + jacksonText(v.values[i]!)).join(",") + "}";
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\" };

const hex4 = (c: number): string => "\\u" + c.toString(16).toUpperCase().padStart(4, "0");

function jacksonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) out += short;
    else if (c < 32 || (c >= 0xd800 && c <= 0xdfff)) out += hex4(c);
    else out += s[i];
  }
  return out + '"';
}
