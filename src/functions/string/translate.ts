import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// translate(src, matching, replace): each code point of `matching` maps to the code point at the
// same position in `replace`, or is deleted when `replace` is shorter; first mapping wins.
export function translateString(src: string, matching: string, rep: string): string {
  const from = Array.from(matching);
  const to = Array.from(rep);
  const dict = new Map<string, string | null>();
  for (let i = 0; i < from.length; i++) if (!dict.has(from[i]!)) dict.set(from[i]!, i < to.length ? to[i]! : null);
  let out = "";
  for (const cp of src) {
    const m = dict.get(cp);
    if (m === undefined) out += cp;
    else if (m !== null) out += m;
  }
  return out;
}

export const translate = defineScalar({
  name: "translate",
  minArgs: 3,
  bind: (args, _ctx, name) => strict(StringType(), args.map((_, i) => expectString(name, args, i)), translateString),
});
