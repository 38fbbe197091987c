import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// substring_index(str, delim, count): before the count-th delimiter (count > 0) or after the
// count-th from the right (count < 0); the whole string when there are fewer delimiters.
export function substringIndexString(s: string, delim: string, count: number): string {
  if (count === 0 || delim.length === 0 || s.length === 0) return "";
  if (count > 0) {
    // Matches may overlap: each search starts one past the previous match, as Spark's.
    let idx = -1;
    for (let i = 0; i < count; i++) {
      idx = s.indexOf(delim, idx + 1);
      if (idx < 0) return s;
    }
    return s.slice(0, idx);
  }
  let idx = s.length - delim.length + 1;
  for (let i = 0; i < -count; i++) {
    idx = idx - 1 < 0 ? -1 : s.lastIndexOf(delim, idx - 1);
    if (idx < 0) return s;
  }
  return s.slice(idx + delim.length);
}

export const substringIndex = defineScalar({
  name: "substring_index",
  minArgs: 3,
  bind: (args, _ctx, name) =>
    strict(
      StringType(),
      [expectString(name, args, 0), expectString(name, args, 1), expectInt(name, args, 2)],
      substringIndexString,
    ),
});
