import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

export const repeat = defineScalar({
  name: "repeat",
  minArgs: 2,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectString(name, args, 0), expectInt(name, args, 1)], (s: string, n: number) =>
      n <= 0 ? "" : s.repeat(n),
    ),
});

export const space = defineScalar({
  name: "space",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectInt(name, args, 0)], (n: number) => (n <= 0 ? "" : " ".repeat(n))),
});
