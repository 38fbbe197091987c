import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { BinaryType, StringType } from "../../types/data-type.js";
import { codePointLength } from "./code-points.js";
import { substringBinary, substringSql } from "./substring.js";

// overlay(input PLACING replace FROM pos [FOR len]); len defaults to replace's length (-1).
export function overlayString(input: string, rep: string, pos: number, len = -1): string {
  const n = len >= 0 ? len : codePointLength(rep);
  return substringSql(input, 1, pos - 1) + rep + substringSql(input, pos + n);
}

function overlayBinary(input: Uint8Array, rep: Uint8Array, pos: number, len = -1): Uint8Array {
  const n = len >= 0 ? len : rep.length;
  const head = substringBinary(input, 1, pos - 1);
  const tail = substringBinary(input, pos + n);
  const out = new Uint8Array(head.length + rep.length + tail.length);
  out.set(head, 0);
  out.set(rep, head.length);
  out.set(tail, head.length + rep.length);
  return out;
}

export const overlay = defineScalar({
  name: "overlay",
  minArgs: 3,
  maxArgs: 4,
  bind: (args, _ctx, name) => {
    if (args[0]!.dataType.kind === "binary" && args[1]!.dataType.kind === "binary") {
      const types = [BinaryType(), BinaryType(), expectInt(name, args, 2), ...(args.length === 4 ? [expectInt(name, args, 3)] : [])];
      return strict(BinaryType(), types, overlayBinary);
    }
    const types = [expectString(name, args, 0), expectString(name, args, 1), expectInt(name, args, 2)];
    if (args.length === 4) types.push(expectInt(name, args, 3));
    return strict(StringType(), types, overlayString);
  },
});
