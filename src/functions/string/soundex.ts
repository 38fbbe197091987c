import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// American Soundex as Spark's UTF8String.soundex: input returned unchanged when it does not
// start with an ASCII letter; H and W do not separate equal codes; vowels do.
const CODES = "01230127022455012623017202"; // A..Z; 7 = ignored (H, W)

export function soundexString(s: string): string {
  if (s.length === 0) return s;
  let b = s.charCodeAt(0);
  if (b >= 97 && b <= 122) b -= 32;
  else if (b < 65 || b > 90) return s;
  let out = String.fromCharCode(b);
  let last = CODES[b - 65]!;
  for (let i = 1; i < s.length && out.length < 4; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    else if (c < 65 || c > 90) {
      last = "0";
      continue;
    }
    const code = CODES[c - 65]!;
    if (code === "7") continue;
    if (code !== "0" && code !== last) out += code;
    last = code;
  }
  return out.padEnd(4, "0");
}

export const soundex = defineScalar({
  name: "soundex",
  minArgs: 1,
  bind: (args, _ctx, name) => strict(StringType(), [expectString(name, args, 0)], soundexString),
});
