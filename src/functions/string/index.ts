// String functions: each in its own file; registered here.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { ascii, chr } from "./ascii-chr.js";
import { base64, hex, toBinary, tryToBinary, unbase64, unhex } from "./base64-hex.js";
import { concat } from "./concat.js";
import { concatWs } from "./concat-ws.js";
import { decode, encode } from "./encode-decode.js";
import { elt } from "./elt.js";
import { findInSet } from "./find-in-set.js";
import { formatNumber } from "./format-number.js";
import { formatString } from "./format-string.js";
import { initcap } from "./initcap.js";
import { length } from "./length.js";
import { levenshtein } from "./levenshtein.js";
import { instr, locate, position } from "./locate.js";
import { lower } from "./lower.js";
import { bitLength, octetLength } from "./octet-length.js";
import { overlay } from "./overlay.js";
import { lpad, rpad } from "./pad.js";
import { repeat, space } from "./repeat.js";
import { regexpExtract, regexpExtractAll, regexpReplace, split } from "./regexp.js";
import { replace } from "./replace.js";
import { reverse } from "./reverse.js";
import { soundex } from "./soundex.js";
import { splitPart } from "./split-part.js";
import { contains, endswith, startswith } from "./starts-ends-contains.js";
import { left, right, substring } from "./substring.js";
import { substringIndex } from "./substring-index.js";
import { translate } from "./translate.js";
import { btrim, ltrim, rtrim, trim } from "./trim.js";
import { upper } from "./upper.js";
import { uuid } from "./uuid.js";

export const STRING_FUNCTIONS: readonly FunctionDef[] = [
  ascii, chr, base64, unbase64, hex, unhex, toBinary, tryToBinary, concat, concatWs, encode, decode, elt,
  findInSet, formatNumber, formatString, initcap, length, levenshtein, instr, locate, position, lower,
  octetLength, bitLength, overlay, lpad, rpad, repeat, space, replace, reverse, soundex, splitPart,
  startswith, endswith, contains, substring, left, right, substringIndex, translate, trim, btrim, ltrim,
  rtrim, upper, uuid, split, regexpReplace, regexpExtract, regexpExtractAll,
];

for (const f of STRING_FUNCTIONS) registerFunction(f);
