import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";
import { codePointLength } from "./code-points.js";
import { substringSql } from "./substring.js";

// overlay(input PLACING replace FROM pos [FOR len]); len defaults to replace's length (-1).
export function overlayString(input: string, rep: string, pos: number, len = -1): string {
  const n = len >= 0 ? len : codePointLength(rep);
  return substringSql(input, 1, pos - 1) + rep + substringSql(input, pos + n);
}

export const overlay = defineScalar({
  name: "overlay",
  minArgs: 3,
  maxArgs: 4,
  bind: (args, _ctx, name) => {
    const types = [expectString(name, args, 0), expectString(name, args, 1), expectInt(name, args, 2)];
    if (args.length === 4) types.push(expectInt(name, args, 3));
    return strict(StringType(), types, overlayString);
  },
});
