import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// Spark: lower-case everything, then upper-case the first character of each space-separated
// word (only ' ' separates words; "foo-bar" stays "Foo-bar").
export function initcapString(s: string): string {
  const lowered = s.toLowerCase();
  let out = "";
  let atStart = true;
  for (const ch of lowered) {
    out += atStart ? ch.toUpperCase() : ch;
    atStart = ch === " ";
  }
  return out;
}

export const initcap = defineScalar({
  name: "initcap",
  minArgs: 1,
  bind: (args, _ctx, name) => strict(StringType(), [expectString(name, args, 0)], initcapString),
});
