import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// trim/ltrim/rtrim/btrim: without trim characters only the space ' ' (U+0020) is removed, as
// Spark's UTF8String.trim does (tabs stay). With trim characters, any of their code points is.
type Side = "both" | "leading" | "trailing";

export function trimChars(s: string, chars: string | undefined, side: Side): string {
  const set = chars === undefined ? null : new Set(Array.from(chars));
  const isTrim = (cp: string) => (set === null ? cp === " " : set.has(cp));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (side !== "trailing") while (a < b && isTrim(cps[a]!)) a++;
  if (side !== "leading") while (b > a && isTrim(cps[b - 1]!)) b--;
  return a === 0 && b === cps.length ? s : cps.slice(a, b).join("");
}

function spaceTrim(s: string, side: Side): string {
  let a = 0;
  let b = s.length;
  if (side !== "trailing") while (a < b && s.charCodeAt(a) === 32) a++;
  if (side !== "leading") while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return s.slice(a, b);
}

function trimDef(name: string, side: Side) {
  return defineScalar({
    name,
    minArgs: 1,
    maxArgs: 2,
    bind: (args, _ctx, fn) => {
      if (args.length === 1) {
        return strict(StringType(), [expectString(fn, args, 0)], (s: string) => spaceTrim(s, side));
      }
      // trim/ltrim/rtrim(trimStr, str) as Spark's registry builds StringTrim from a function call
      // (TRIM(BOTH chars FROM str) is parsed to that order too); btrim(str, trimStr).
      const [si, ci] = name === "btrim" ? [0, 1] : [1, 0];
      return strict(StringType(), args.map((_, i) => expectString(fn, args, i)), (a: string, b: string) =>
        trimChars(si === 0 ? a : b, ci === 0 ? a : b, side),
      );
    },
  });
}

export const trim = trimDef("trim", "both");
export const btrim = trimDef("btrim", "both");
export const ltrim = trimDef("ltrim", "leading");
export const rtrim = trimDef("rtrim", "trailing");
