import { defineScalar, expectLong, expectString, strict } from "../misc/bind-helpers.js";
import { IntegerType, StringType } from "../../types/data-type.js";

/** ascii(str): the first code point (0 for ""). */
export const ascii = defineScalar({
  name: "ascii",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(IntegerType(), [expectString(name, args, 0)], (s: string) => (s.length === 0 ? 0 : s.codePointAt(0)!)),
});

/** chr(n): "" for negative n, else the character n mod 256. */
export const chr = defineScalar({
  name: "chr",
  aliases: ["char"],
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectLong(name, args, 0)], (n: bigint) =>
      n < 0n ? "" : String.fromCharCode(Number(n & 0xffn)),
    ),
});
