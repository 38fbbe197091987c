import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

export const lower = defineScalar({
  name: "lower",
  aliases: ["lcase"],
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(StringType(), [expectString(name, args, 0)], (s: string) => s.toLowerCase()),
});
