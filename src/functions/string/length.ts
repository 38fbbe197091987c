import { defineScalar, expectStringOrBinary, strict } from "../misc/bind-helpers.js";
import { IntegerType } from "../../types/data-type.js";
import { codePointLength } from "./code-points.js";

// Characters (code points) for strings, bytes for binary.
export const length = defineScalar({
  name: "length",
  aliases: ["char_length", "character_length", "len"],
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectStringOrBinary(name, args, 0);
    return t.kind === "binary"
      ? strict(IntegerType(), [t], (b: Uint8Array) => b.length)
      : strict(IntegerType(), [t], codePointLength);
  },
});
