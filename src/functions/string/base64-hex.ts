// base64 / unbase64 / hex / unhex / to_binary / try_to_binary.
import { dataTypeMismatch, defineScalar, expectString, expectType, strict, unexpectedType } from "../misc/bind-helpers.js";
import { BinaryType, LongType, StringType, isNumeric, isStringLike } from "../../types/data-type.js";
import { SparkIllegalArgumentException, SparkRuntimeException } from "../../errors/spark-error.js";
import { utf8Encode } from "./code-points.js";

const HEX = "0123456789ABCDEF";

export function hexBytes(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i++) out += HEX[b[i]! >> 4]! + HEX[b[i]! & 15]!;
  return out;
}

/** Hex digits → bytes; an odd length gets a leading 0; null on a non-hex character. */
export function unhexString(s: string): Uint8Array | null {
  const t = s.length % 2 === 1 ? "0" + s : s;
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = parseInt(t[2 * i]!, 16);
    const lo = parseInt(t[2 * i + 1]!, 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) return null;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

export const base64 = defineScalar({
  name: "base64",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectType(name, args, 0, BinaryType())], (b: Uint8Array) =>
      Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64"),
    ),
});

export const unbase64 = defineScalar({
  name: "unbase64",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(BinaryType(), [expectString(name, args, 0)], (s: string) => new Uint8Array(Buffer.from(s, "base64"))),
});

export const hex = defineScalar({
  name: "hex",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (t.kind === "binary") return strict(StringType(), [t], hexBytes);
    if (isStringLike(t)) return strict(StringType(), [StringType()], (s: string) => hexBytes(utf8Encode(s)));
    if (isNumeric(t) || t.kind === "null") {
      return strict(StringType(), [LongType()], (v: bigint) => BigInt.asUintN(64, v).toString(16).toUpperCase());
    }
    throw unexpectedType(name, args, 0, '("BIGINT" or "BINARY" or "STRING")');
  },
});

export const unhex = defineScalar({
  name: "unhex",
  minArgs: 1,
  bind: (args, _ctx, name) => strict(BinaryType(), [expectString(name, args, 0)], unhexString, true),
});

function toBinaryKernel(fn: string, tolerant: boolean) {
  return (s: string | null, fmt: string | null = "hex"): Uint8Array | null => {
    if (s === null || fmt === null) return null;
    const f = fmt.toLowerCase();
    if (f === "hex") {
      const r = unhexString(s);
      if (r === null && !tolerant) {
        throw new SparkRuntimeException("CONVERSION_INVALID_INPUT", {
          str: `'${s}'`,
          fmt: '"HEX"',
          targetType: '"BINARY"',
          suggestion: "`try_to_binary`",
        });
      }
      return r;
    }
    if (f === "utf-8" || f === "utf8") return utf8Encode(s);
    if (f === "base64") {
      if (BASE64_TEXT.test(s)) return new Uint8Array(Buffer.from(s, "base64"));
      if (tolerant) return null;
      throw new SparkRuntimeException("CONVERSION_INVALID_INPUT", { str: `'${s}'`, fmt: '"BASE64"', targetType: '"BINARY"', suggestion: "`try_to_binary`" });
    }
    if (tolerant) return null;
    throw new SparkIllegalArgumentException("INVALID_PARAMETER_VALUE.BINARY_FORMAT", {
      parameter: "`format`",
      functionName: "`" + fn + "`",
      invalidFormat: `'${f}'`,
    });
  };
}

const FORMATS = ["hex", "utf-8", "utf8", "base64"];
/** Only the base64 alphabet, padding and whitespace (Commons Codec's Base64.isBase64). */
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]*$/;

function toBinaryDef(name: string, tolerant: boolean) {
  return defineScalar({
    name,
    minArgs: 1,
    maxArgs: 2,
    bind: (args, _ctx, fn) => {
      const types = args.map((_, i) => expectString(fn, args, i));
      const f = args[1];
      const fmt = f?.foldable && typeof f.value === "string" ? f.value.toLowerCase() : null;
      if (!tolerant && fmt !== null && !FORMATS.includes(fmt)) {
        throw dataTypeMismatch("INVALID_ARG_VALUE", fn, args, {
          inputName: "fmt",
          requireType: 'case-insensitive "STRING"',
          validValues: "'hex', 'utf-8', 'utf8', or 'base64'",
          inputValue: `'${f!.value as string}'`,
        });
      }
      return { returnType: BinaryType(), nullable: true, nullIntolerant: false, inputTypes: types, kernel: toBinaryKernel(fn, tolerant) };
    },
  });
}

export const toBinary = toBinaryDef("to_binary", false);
export const tryToBinary = toBinaryDef("try_to_binary", true);
