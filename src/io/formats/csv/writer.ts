// Writes batches as CSV the way Spark's UnivocityGenerator does: values trimmed of leading and
// trailing blanks (ignore*WhiteSpace default true on write), quoted when they hold the
// delimiter, the quote, a line break, or start/end with a blank that is kept, quotes escaped
// with `escape`; null → nullValue, "" → emptyValue (`""`).

import type { StructType } from "../../../types/data-type.js";
import type { Batch } from "../../../exec/batch/column-vector.js";
import { getValue } from "../../../exec/batch/access.js";
import type { OutputFile } from "../../fs/file-system.js";
import type { FormatOptions, FormatWriter } from "../file-format.js";
import { DatetimeCodec } from "../common/datetime-codec.js";
import { TextOutput } from "../common/text-output.js";
import { scalarText } from "../common/value-text.js";
import { parseCsvOptions, type CsvOptions } from "./options.js";

export function createCsvWriter(file: OutputFile, schema: StructType, raw: FormatOptions): FormatWriter {
  const o = parseCsvOptions(raw);
  const out = new TextOutput(file, o.compression, o.encoding);
  const dt = new DatetimeCodec(o);
  const lineSep = o.lineSep ?? "\n";
  const field = makeFieldQuoter(o, lineSep);
  let headerDone = !(new Map(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v])).get("header") === "true");
  const types = schema.fields.map((f) => f.dataType);
  return {
    async write(batch: Batch) {
      if (!headerDone) {
        headerDone = true;
        out.append(schema.fields.map((f) => field(f.name)).join(o.sep) + lineSep);
      }
      const n = batch.selection ? batch.selection.length : batch.numRows;
      const cols = batch.columns;
      for (let r = 0; r < n; r++) {
        const row = batch.selection ? batch.selection[r]! : r;
        let line = "";
        for (let c = 0; c < cols.length; c++) {
          if (c > 0) line += o.sep;
          const v = getValue(cols[c]!, row);
          if (v === null) {
            // quoteAll quotes nulls too (Spark writes "" for a null).
            line += o.quoteAll && o.quote !== "" ? o.quote + o.nullValue + o.quote : o.nullValue;
            continue;
          }
          const text = scalarText(types[c]!, v, dt);
          if (text === null) throw new Error(`CSV data source does not support ${types[c]!.kind} data type.`);
          line += text === "" ? o.emptyValueInWrite : field(text);
        }
        out.append(line + lineSep);
      }
      await out.maybeFlush();
    },
    async close() {
      // Spark writes the header even for an empty partition file when header=true.
      if (!headerDone) {
        headerDone = true;
        out.append(schema.fields.map((f) => field(f.name)).join(o.sep) + lineSep);
      }
      await out.close();
    },
    abort: () => out.abort(),
  };
}

function makeFieldQuoter(o: CsvOptions, lineSep: string): (s: string) => string {
  const q = o.quote;
  const esc = o.escape;
  // The writer quotes values starting with the comment character, which is '#' unless set.
  const comment = o.comment === "" ? "#" : o.comment;
  return (raw: string) => {
    let s = raw;
    if (o.ignoreLeadingWhiteSpaceInWrite) s = s.replace(/^[\x00-\x20]+/, "");
    if (o.ignoreTrailingWhiteSpaceInWrite) s = s.replace(/[\x00-\x20]+$/, "");
    if (q === "") return s;
    const hasQuote = s.includes(q);
    const needs =
      o.quoteAll ||
      s.includes(o.sep) ||
      s.includes("\n") ||
      s.includes("\r") ||
      s.includes(lineSep) ||
      (hasQuote && o.escapeQuotes) ||
      s.startsWith(comment) ||
      (s.length > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32));
    if (!needs) return s;
    const body = hasQuote ? s.split(q).join(esc + q) : s;
    return q + body + q;
  };
}
