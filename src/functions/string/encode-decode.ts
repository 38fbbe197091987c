// encode(str, charset) / decode(bin, charset) for the charsets Spark 4 accepts.
import { defineScalar, expectString, expectType, strict } from "../misc/bind-helpers.js";
import { BinaryType, StringType } from "../../types/data-type.js";
import { SparkIllegalArgumentException, SparkRuntimeException } from "../../errors/spark-error.js";
import type { FunctionContext } from "../function-definition.js";
import { utf8Decode, utf8Encode } from "./code-points.js";
import { bindDecodeSearch } from "../conditional/decode-search.js";

const CHARSETS = ["us-ascii", "iso-8859-1", "utf-8", "utf-16be", "utf-16le", "utf-16", "utf-32"];

function badCharset(fn: string, charset: string): never {
  throw new SparkIllegalArgumentException("INVALID_PARAMETER_VALUE.CHARSET", {
    parameter: "`charset`",
    functionName: "`" + fn + "`",
    charsets: CHARSETS.join(", "),
    charset: `'${charset}'`,
  });
}

const FATAL_UTF8 = new TextDecoder("utf-8", { fatal: true });

function utf16(s: string, little: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let p = 0;
  if (bom) {
    out[p++] = 0xfe;
    out[p++] = 0xff;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[p++] = little ? c & 0xff : c >> 8;
    out[p++] = little ? c >> 8 : c & 0xff;
  }
  return out;
}

/** Spark 4 raises on unmappable or malformed text unless spark.sql.legacy.codingErrorAction. */
function malformed(fn: string, charset: string): never {
  throw new SparkRuntimeException("MALFORMED_CHARACTER_CODING", { function: "`" + fn + "`", charset: charset.toUpperCase() });
}

export function encodeString(s: string, charset: string, fn = "encode", report = false): Uint8Array {
  switch (charset.toLowerCase()) {
    case "utf-8":
    case "utf8":
      return utf8Encode(s);
    case "us-ascii":
    case "iso-8859-1": {
      const max = charset.toLowerCase() === "us-ascii" ? 0x7f : 0xff;
      const cps = Array.from(s);
      return Uint8Array.from(cps, (c) => {
        const v = c.codePointAt(0)!;
        if (v > max && report) malformed(fn, charset);
        return v <= max ? v : 0x3f; // '?' as Java's replacement
      });
    }
    case "utf-16be":
      return utf16(s, false, false);
    case "utf-16le":
      return utf16(s, true, false);
    case "utf-16":
      return utf16(s, false, true);
    case "utf-32": {
      const cps = Array.from(s, (c) => c.codePointAt(0)!);
      const out = new Uint8Array(cps.length * 4);
      cps.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v));
      return out;
    }
    default:
      return badCharset(fn, charset);
  }
}

export function decodeBytes(b: Uint8Array, charset: string, fn = "decode", report = false): string {
  const cs = charset.toLowerCase();
  switch (cs) {
    case "utf-8":
    case "utf8":
      if (report) {
        try {
          return FATAL_UTF8.decode(b);
        } catch {
          malformed(fn, charset);
        }
      }
      return utf8Decode(b);
    case "us-ascii":
      if (report && b.some((x) => x >= 0x80)) malformed(fn, charset);
      return String.fromCharCode(...Array.from(b, (x) => (x < 0x80 ? x : 0xfffd)));
    case "iso-8859-1":
      return Array.from(b, (x) => String.fromCharCode(x)).join("");
    case "utf-16be":
    case "utf-16":
      return new TextDecoder("utf-16be").decode(b);
    case "utf-16le":
      return new TextDecoder("utf-16le").decode(b);
    case "utf-32": {
      let out = "";
      const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i + 3 < b.length; i += 4) out += String.fromCodePoint(dv.getUint32(i));
      return out;
    }
    default:
      return badCharset(fn, charset);
  }
}

export const encode = defineScalar({
  name: "encode",
  minArgs: 2,
  bind: (args, ctx, name) => {
    const report = !legacyCoding(ctx);
    // nullable even on non-null input, as Spark 4's Encode (a StaticInvoke)
    return strict(BinaryType(), [expectString(name, args, 0), expectString(name, args, 1)], (s: string, c: string) => encodeString(s, c, name, report), true);
  },
});

const legacyCoding = (ctx: FunctionContext): boolean => ctx.conf("spark.sql.legacy.codingErrorAction", "false").toLowerCase() === "true";

export const decode = defineScalar({
  name: "decode",
  minArgs: 2,
  maxArgs: Infinity,
  bind: (args, ctx, name) =>
    args.length > 2 ? bindDecodeSearch(name, args, ctx) : strict(StringType(), [expectType(name, args, 0, BinaryType()), expectString(name, args, 1)], (b: Uint8Array, c: string) =>
      decodeBytes(b, c, name, !legacyCoding(ctx)),
    ),
});
