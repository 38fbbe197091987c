import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// Spark: lower-case everything, then upper-case the first character of each space-separated
// word (only ' ' separates words; "foo-bar" stays "Foo-bar").
export function initcapString(s: string): string {
  const lowered = s.toLowerCase();
  let out = "";
  let atStart = true;
  for (const ch of lowered) {
    out += atStart ? titleCase(ch) : ch;
    atStart = ch === " ";
  }
  return out;
}

// Java's Character.toTitleCase maps one code point to one: the digraphs have their own title
// forms (ǆ → ǅ), and characters whose upper case is longer (ß → SS) stay as they are.
const TITLE_FORMS: Readonly<Record<string, string>> = {
  "\u01C4": "\u01C5", "\u01C5": "\u01C5", "\u01C6": "\u01C5",
  "\u01C7": "\u01C8", "\u01C8": "\u01C8", "\u01C9": "\u01C8",
  "\u01CA": "\u01CB", "\u01CB": "\u01CB", "\u01CC": "\u01CB",
  "\u01F1": "\u01F2", "\u01F2": "\u01F2", "\u01F3": "\u01F2",
};

function titleCase(ch: string): string {
  const t = TITLE_FORMS[ch];
  if (t !== undefined) return t;
  const u = ch.toUpperCase();
  return u.length === ch.length ? u : ch;
}

export const initcap = defineScalar({
  name: "initcap",
  minArgs: 1,
  bind: (args, _ctx, name) => strict(StringType(), [expectString(name, args, 0)], initcapString),
});
