import { defineScalar, expectInt, expectString, expectStringOrBinary, strict } from "../misc/bind-helpers.js";
import { BinaryType, StringType } from "../../types/data-type.js";
import { codePointLength, cpSlice, hasSurrogates, sqlSubstringRange } from "./code-points.js";

const NO_LENGTH = Number.MAX_SAFE_INTEGER;

/** substring(s, pos[, len]) over code points with Spark's substringSQL rules. */
export function substringSql(s: string, pos: number, len = NO_LENGTH): string {
  const n = hasSurrogates(s) ? codePointLength(s) : s.length;
  const [a, b] = sqlSubstringRange(n, pos, len);
  return a === b ? "" : cpSlice(s, a, b);
}

export function substringBinary(bytes: Uint8Array, pos: number, len = NO_LENGTH): Uint8Array {
  const [a, b] = sqlSubstringRange(bytes.length, pos, len);
  return bytes.slice(a, b);
}

export const substring = defineScalar({
  name: "substring",
  aliases: ["substr"],
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const t = expectStringOrBinary(name, args, 0);
    const types = [t, expectInt(name, args, 1)];
    if (args.length === 3) types.push(expectInt(name, args, 2));
    return t.kind === "binary"
      ? strict(BinaryType(), types, substringBinary)
      : strict(StringType(), types, substringSql);
  },
});

// left(x, n) is substring(x, 1, n) in Spark, so binary stays binary.
export const left = defineScalar({
  name: "left",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const t = expectStringOrBinary(name, args, 0);
    const types = [t, expectInt(name, args, 1)];
    return t.kind === "binary"
      ? strict(BinaryType(), types, (b: Uint8Array, n: number) => (n <= 0 ? new Uint8Array(0) : substringBinary(b, 1, n)))
      : strict(StringType(), types, (s: string, n: number) => (n <= 0 ? "" : substringSql(s, 1, n)));
  },
});

export const right = defineScalar({
  name: "right",
  minArgs: 2,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectString(name, args, 0), expectInt(name, args, 1)], (s: string, n: number) =>
      n <= 0 ? "" : substringSql(s, -n),
    ),
});
