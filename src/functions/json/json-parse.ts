// Parsing JSON text for the JSON functions with the JSON source's parser (exact numbers).
import { JsonParser, type JsonValue } from "../../io/formats/json/parser.js";
import { parseJsonOptions } from "../../io/formats/json/options.js";

const parser = new JsonParser(parseJsonOptions({}));
const enc = new TextEncoder();

/** The parsed value, or undefined when the text is not valid JSON. */
export function parseJson(text: string): JsonValue | undefined {
  const bytes = enc.encode(text);
  try {
    return parser.parse(bytes, 0, bytes.length);
  } catch {
    return undefined;
  }
}
