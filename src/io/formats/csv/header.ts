// The CSV header: column names for inference, and the enforceSchema=false check that the header
// matches the schema (Spark's CSVHeaderChecker).

import { decodeSlice } from "../common/number-parsing.js";
import type { CsvTokenizer } from "./tokenizer.js";
import type { CsvOptions } from "./options.js";

/** The fields of the tokenized record as strings. */
export function tokenStrings(tok: CsvTokenizer): string[] {
  const out: string[] = [];
  for (let i = 0; i < tok.fieldCount; i++) out.push(decodeSlice(tok.fieldBytes(i), tok.fieldStart[i]!, tok.fieldEnd[i]!));
  return out;
}

/** Column names from a header record: empty or null-valued names become _c<i>; duplicates get
 *  their index appended (Spark's CSVUtils.makeSafeHeader, case-insensitive). */
export function makeSafeHeader(names: readonly string[], o: CsvOptions): string[] {
  const cleaned = names.map((n, i) => (n === "" || n === o.nullValue ? `_c${i}` : n));
  const counts = new Map<string, number>();
  for (const n of cleaned) counts.set(n.toLowerCase(), (counts.get(n.toLowerCase()) ?? 0) + 1);
  return cleaned.map((n, i) => ((counts.get(n.toLowerCase()) ?? 0) > 1 ? `${n}${i}` : n));
}

export function checkHeader(tok: CsvTokenizer, schemaNames: readonly string[], path: string, o: CsvOptions): void {
  const header = tokenStrings(tok);
  if (o.header && header.length !== schemaNames.length) {
    throw new Error(
      `Number of column in CSV header is not equal to number of fields in the schema:\n Header length: ${header.length}, schema size: ${schemaNames.length}\nCSV file: ${path}`,
    );
  }
  for (let i = 0; i < header.length; i++) {
    if (header[i]!.toLowerCase() !== schemaNames[i]!.toLowerCase()) {
      throw new Error(
        `CSV header does not conform to the schema.\n Header: ${header.join(", ")}\n Schema: ${schemaNames.join(", ")}\nExpected: ${schemaNames[i]} but found: ${header[i]}\nCSV file: ${path}`,
      );
    }
  }
}
