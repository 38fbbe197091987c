// Spark's JSON data source options with Spark 4's defaults (JSONOptions.scala, documented at
// https://spark.apache.org/docs/latest/sql-data-sources-json.html).

import { compressionCodecOption, type CompressionCodec } from "../common/compression.js";
import { defaultTimeZone } from "../common/civil-time.js";
import { DEFAULT_CORRUPT_RECORD_COLUMN, OptionReader, parseMode, type FormatOptions, type ParseMode } from "../common/options.js";

export interface JsonOptions {
  readonly primitivesAsString: boolean;
  readonly prefersDecimal: boolean;
  readonly allowComments: boolean;
  readonly allowUnquotedFieldNames: boolean;
  readonly allowSingleQuotes: boolean;
  readonly allowNumericLeadingZeros: boolean;
  readonly allowNonNumericNumbers: boolean;
  readonly allowBackslashEscapingAnyCharacter: boolean;
  readonly allowUnquotedControlChars: boolean;
  readonly dropFieldIfAllNull: boolean;
  readonly multiLine: boolean;
  readonly mode: ParseMode;
  readonly columnNameOfCorruptRecord: string;
  readonly dateFormat: string | undefined;
  readonly timestampFormat: string | undefined;
  readonly timestampNTZFormat: string | undefined;
  readonly timeZone: string;
  readonly lineSep: string | null;
  readonly encoding: string;
  readonly samplingRatio: number;
  readonly compression: CompressionCodec;
  readonly ignoreNullFields: boolean;
}

export function parseJsonOptions(options: FormatOptions = {}): JsonOptions {
  const o = new OptionReader(options);
  const lineSep = o.get("lineSep");
  if (lineSep !== undefined && lineSep.length === 0) throw new Error("'lineSep' cannot be an empty string.");
  return {
    primitivesAsString: o.bool("primitivesAsString", false),
    prefersDecimal: o.bool("prefersDecimal", false),
    allowComments: o.bool("allowComments", false),
    allowUnquotedFieldNames: o.bool("allowUnquotedFieldNames", false),
    allowSingleQuotes: o.bool("allowSingleQuotes", true),
    allowNumericLeadingZeros: o.bool("allowNumericLeadingZeros", false),
    allowNonNumericNumbers: o.bool("allowNonNumericNumbers", true),
    allowBackslashEscapingAnyCharacter: o.bool("allowBackslashEscapingAnyCharacter", false),
    allowUnquotedControlChars: o.bool("allowUnquotedControlChars", false),
    dropFieldIfAllNull: o.bool("dropFieldIfAllNull", false),
    multiLine: o.bool("multiLine", false),
    mode: parseMode(o.get("mode")),
    columnNameOfCorruptRecord: o.string("columnNameOfCorruptRecord", DEFAULT_CORRUPT_RECORD_COLUMN),
    dateFormat: o.get("dateFormat"),
    timestampFormat: o.get("timestampFormat"),
    timestampNTZFormat: o.get("timestampNTZFormat"),
    timeZone: o.string("timeZone", defaultTimeZone()),
    lineSep: lineSep ?? null,
    encoding: o.firstOf(["encoding", "charset"], "UTF-8"),
    samplingRatio: o.double("samplingRatio", 1.0),
    compression: compressionCodecOption(o.firstOf(["compression", "codec"], "none")),
    ignoreNullFields: o.bool("ignoreNullFields", true),
  };
}
