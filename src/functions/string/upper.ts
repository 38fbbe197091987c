import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// Java's String.toUpperCase (locale-independent, like Spark's UTF8String.toUpperCase).
export const upper = defineScalar({
  name: "upper",
  aliases: ["ucase"],
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectString(name, args, 0)], (s: string) => s.toUpperCase()),
});
