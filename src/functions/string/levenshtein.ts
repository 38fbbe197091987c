import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { IntegerType } from "../../types/data-type.js";

/** Edit distance over code points. */
export function levenshteinDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

// levenshtein(a, b[, threshold]): -1 when the distance exceeds the threshold.
export const levenshtein = defineScalar({
  name: "levenshtein",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const types = [expectString(name, args, 0), expectString(name, args, 1)];
    if (args.length === 3) types.push(expectInt(name, args, 2));
    return strict(IntegerType(), types, (a: string, b: string, threshold?: number) => {
      const d = levenshteinDistance(a, b);
      return threshold !== undefined && d > threshold ? -1 : d;
    });
  },
});
