import { defineScalar, expectStringOrBinary, strict } from "../misc/bind-helpers.js";
import { IntegerType } from "../../types/data-type.js";
import { utf8Length } from "./code-points.js";

export const octetLength = defineScalar({
  name: "octet_length",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectStringOrBinary(name, args, 0);
    return t.kind === "binary"
      ? strict(IntegerType(), [t], (b: Uint8Array) => b.length)
      : strict(IntegerType(), [t], utf8Length);
  },
});

export const bitLength = defineScalar({
  name: "bit_length",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = expectStringOrBinary(name, args, 0);
    return t.kind === "binary"
      ? strict(IntegerType(), [t], (b: Uint8Array) => b.length * 8)
      : strict(IntegerType(), [t], (s: string) => utf8Length(s) * 8);
  },
});
