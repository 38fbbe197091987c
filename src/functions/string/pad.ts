import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { BinaryType, StringType } from "../../types/data-type.js";
import { codePointLength, codePoints, cpSlice } from "./code-points.js";

// lpad/rpad: a target length ≤ 0 gives ""; a longer input is truncated to `len`; an empty pad
// leaves the input unchanged when it is shorter (Spark's UTF8String.lpad/rpad).
function padding(pad: string, count: number): string {
  const cps = codePoints(pad);
  let out = "";
  for (let i = 0; i < count; i++) out += cps[i % cps.length];
  return out;
}

export function lpadString(s: string, len: number, pad = " "): string {
  if (len <= 0) return "";
  const n = codePointLength(s);
  if (n >= len) return cpSlice(s, 0, len);
  if (pad.length === 0) return s;
  return padding(pad, len - n) + s;
}

export function rpadString(s: string, len: number, pad = " "): string {
  if (len <= 0) return "";
  const n = codePointLength(s);
  if (n >= len) return cpSlice(s, 0, len);
  if (pad.length === 0) return s;
  return s + padding(pad, len - n);
}

/** Byte padding for BINARY input and pad (the default pad is one zero byte). */
function padBytes(b: Uint8Array, len: number, pad: Uint8Array, left: boolean): Uint8Array {
  if (len <= 0) return new Uint8Array(0);
  if (b.length >= len) return b.slice(0, len);
  if (pad.length === 0) return b;
  const out = new Uint8Array(len);
  const fill = len - b.length;
  const at = left ? 0 : b.length;
  for (let i = 0; i < fill; i++) out[at + i] = pad[i % pad.length]!;
  out.set(b, left ? fill : 0);
  return out;
}

const ZERO_BYTE = new Uint8Array([0]);

function padDef(name: string, kernel: (s: string, len: number, pad?: string) => string, left: boolean) {
  return defineScalar({
    name,
    minArgs: 2,
    maxArgs: 3,
    bind: (args, _ctx, fn) => {
      const binary = args[0]!.dataType.kind === "binary" && (args.length === 2 || args[2]!.dataType.kind === "binary");
      if (binary) {
        const types = [BinaryType(), expectInt(fn, args, 1), ...(args.length === 3 ? [BinaryType()] : [])];
        return strict(BinaryType(), types, (b: Uint8Array, len: number, pad: Uint8Array = ZERO_BYTE) => padBytes(b, len, pad, left));
      }
      const types = [expectString(fn, args, 0), expectInt(fn, args, 1)];
      if (args.length === 3) types.push(expectString(fn, args, 2));
      return strict(StringType(), types, kernel);
    },
  });
}

export const lpad = padDef("lpad", lpadString, true);
export const rpad = padDef("rpad", rpadString, false);
