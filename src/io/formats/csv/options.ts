// Spark's CSV data source options with Spark 4's defaults (CSVOptions.scala, documented at
// https://spark.apache.org/docs/latest/sql-data-sources-csv.html).

import {
  DEFAULT_CORRUPT_RECORD_COLUMN,
  OptionReader,
  parseCharOption,
  parseMode,
  type FormatOptions,
  type ParseMode,
} from "../common/options.js";
import { defaultTimeZone } from "../common/civil-time.js";
import { compressionCodecOption, type CompressionCodec } from "../common/compression.js";

export interface CsvOptions {
  readonly header: boolean;
  readonly inferSchema: boolean;
  readonly preferDate: boolean;
  readonly enforceSchema: boolean;
  /** The field delimiter (one or more characters). */
  readonly sep: string;
  /** "" disables quoting ("\u0000" in Spark). */
  readonly quote: string;
  readonly escape: string;
  readonly charToEscapeQuoteEscaping: string;
  /** "" disables comments. */
  readonly comment: string;
  readonly ignoreLeadingWhiteSpaceInRead: boolean;
  readonly ignoreTrailingWhiteSpaceInRead: boolean;
  readonly ignoreLeadingWhiteSpaceInWrite: boolean;
  readonly ignoreTrailingWhiteSpaceInWrite: boolean;
  readonly nullValue: string;
  readonly emptyValueInRead: string;
  readonly emptyValueInWrite: string;
  readonly nanValue: string;
  readonly positiveInf: string;
  readonly negativeInf: string;
  /** User-set formats (undefined = Spark's default, with lenient parsing on read). */
  readonly dateFormat: string | undefined;
  readonly timestampFormat: string | undefined;
  readonly timestampNTZFormat: string | undefined;
  readonly timeZone: string;
  readonly multiLine: boolean;
  readonly encoding: string;
  /** null = \n, \r\n and \r on read, \n on write. */
  readonly lineSep: string | null;
  readonly samplingRatio: number;
  readonly mode: ParseMode;
  readonly columnNameOfCorruptRecord: string;
  readonly maxColumns: number;
  readonly maxCharsPerColumn: number;
  readonly unescapedQuoteHandling: string;
  readonly locale: string;
  readonly compression: CompressionCodec;
  readonly quoteAll: boolean;
  readonly escapeQuotes: boolean;
}

export const DEFAULT_DATE_FORMAT = "yyyy-MM-dd";
export const DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
export const DEFAULT_TIMESTAMP_NTZ_FORMAT = "yyyy-MM-dd'T'HH:mm:ss[.SSS]";

export function parseCsvOptions(options: FormatOptions = {}): CsvOptions {
  const o = new OptionReader(options);
  const quoteRaw = o.get("quote");
  const quote = quoteRaw === undefined ? '"' : quoteRaw === "" ? "" : parseCharOption("quote", quoteRaw);
  const escape = parseCharOption("escape", o.string("escape", "\\"));
  const commentRaw = o.get("comment");
  const comment = commentRaw === undefined || commentRaw === "" ? "" : parseCharOption("comment", commentRaw);
  const lineSep = o.get("lineSep");
  if (lineSep !== undefined && (lineSep.length === 0 || lineSep.length > 2)) {
    throw new Error("'lineSep' can contain only 1 character.");
  }
  return {
    header: o.bool("header", false),
    inferSchema: o.bool("inferSchema", false),
    preferDate: o.bool("preferDate", true),
    enforceSchema: o.bool("enforceSchema", true),
    sep: toDelimiter(o.firstOf(["sep", "delimiter"], ",")),
    quote: quote === "\u0000" ? "" : quote,
    escape,
    charToEscapeQuoteEscaping: o.has("charToEscapeQuoteEscaping")
      ? parseCharOption("charToEscapeQuoteEscaping", o.get("charToEscapeQuoteEscaping")!)
      : escape === quote
        ? ""
        : "\u0000",
    comment: comment === "\u0000" ? "" : comment,
    ignoreLeadingWhiteSpaceInRead: o.bool("ignoreLeadingWhiteSpace", false),
    ignoreTrailingWhiteSpaceInRead: o.bool("ignoreTrailingWhiteSpace", false),
    ignoreLeadingWhiteSpaceInWrite: o.bool("ignoreLeadingWhiteSpace", true),
    ignoreTrailingWhiteSpaceInWrite: o.bool("ignoreTrailingWhiteSpace", true),
    nullValue: o.string("nullValue", ""),
    emptyValueInRead: o.string("emptyValue", ""),
    emptyValueInWrite: o.string("emptyValue", '""'),
    nanValue: o.string("nanValue", "NaN"),
    positiveInf: o.string("positiveInf", "Inf"),
    negativeInf: o.string("negativeInf", "-Inf"),
    dateFormat: o.get("dateFormat"),
    timestampFormat: o.get("timestampFormat"),
    timestampNTZFormat: o.get("timestampNTZFormat"),
    timeZone: o.string("timeZone", defaultTimeZone()),
    multiLine: o.bool("multiLine", false),
    encoding: o.firstOf(["encoding", "charset"], "UTF-8"),
    lineSep: lineSep ?? null,
    samplingRatio: o.double("samplingRatio", 1.0),
    mode: parseMode(o.get("mode")),
    columnNameOfCorruptRecord: o.string("columnNameOfCorruptRecord", DEFAULT_CORRUPT_RECORD_COLUMN),
    maxColumns: o.int("maxColumns", 20480),
    maxCharsPerColumn: o.int("maxCharsPerColumn", -1),
    unescapedQuoteHandling: o.string("unescapedQuoteHandling", "STOP_AT_DELIMITER").toUpperCase(),
    locale: o.string("locale", "en-US"),
    compression: compressionCodecOption(o.firstOf(["compression", "codec"], "none")),
    quoteAll: o.bool("quoteAll", false),
    escapeQuotes: o.bool("escapeQuotes", true),
  };
}

/** A delimiter option: any string, with backslash escapes (\t, \u0001, \\) as Spark allows. */
export function toDelimiter(v: string): string {
  if (v.length === 0) throw new Error("Delimiter cannot be empty string");
  if (v === "\\") throw new Error("Single backslash is prohibited. It has special meaning as beginning of an escape sequence. To get the backslash character, pass a string with two backslashes as the delimiter.");
  let out = "";
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c !== "\\" || i + 1 >= v.length) {
      out += c;
      continue;
    }
    const n = v[i + 1]!;
    if (n === "u" && /^[0-9a-fA-F]{4}$/.test(v.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(v.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      out += n === "t" ? "\t" : n === "r" ? "\r" : n === "b" ? "\b" : n === "f" ? "\f" : n;
      i += 1;
    }
  }
  return out;
}
