import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";
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

function padDef(name: string, kernel: (s: string, len: number, pad?: string) => string) {
  return defineScalar({
    name,
    minArgs: 2,
    maxArgs: 3,
    bind: (args, _ctx, fn) => {
      const types = [expectString(fn, args, 0), expectInt(fn, args, 1)];
      if (args.length === 3) types.push(expectString(fn, args, 2));
      return strict(StringType(), types, kernel);
    },
  });
}

export const lpad = padDef("lpad", lpadString);
export const rpad = padDef("rpad", rpadString);
