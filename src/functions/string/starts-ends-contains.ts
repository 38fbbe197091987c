// startswith / endswith / contains over strings (or binary when both sides are binary).
import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { BinaryType, BooleanType } from "../../types/data-type.js";

function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i <= to - n.length; i++) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

function def(
  name: string,
  str: (s: string, t: string) => boolean,
  bin: (s: Uint8Array, t: Uint8Array) => boolean,
) {
  return defineScalar({
    name,
    minArgs: 2,
    bind: (args, _ctx, fn) => {
      if (args[0]!.dataType.kind === "binary" && args[1]!.dataType.kind === "binary") {
        return strict(BooleanType(), [BinaryType(), BinaryType()], bin);
      }
      return strict(BooleanType(), [expectString(fn, args, 0), expectString(fn, args, 1)], str);
    },
  });
}

export const startswith = def(
  "startswith",
  (s, t) => s.startsWith(t),
  (s, t) => t.length <= s.length && indexOfBytes(s, t, 0, t.length) === 0,
);
export const endswith = def(
  "endswith",
  (s, t) => s.endsWith(t),
  (s, t) => t.length <= s.length && indexOfBytes(s, t, s.length - t.length, s.length) >= 0,
);
export const contains = def(
  "contains",
  (s, t) => s.includes(t),
  (s, t) => indexOfBytes(s, t, 0, s.length) >= 0,
);
