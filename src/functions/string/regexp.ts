// Regex string functions over Java patterns (translated by operators/java-regex.ts): split,
// regexp_replace (Java replacement syntax $n / ${name} / \x), regexp_extract,
// regexp_extract_all. Compiled patterns are cached per bound call (patterns are usually constant).
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { dataTypeMismatch, defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { ArrayType, StringType } from "../../types/data-type.js";
import { compileJavaRegex } from "../operators/java-regex.js";
import { codePoints } from "./code-points.js";

function regexCache(fn: string, flags: string) {
  let lastPattern: string | null = null;
  let last: RegExp | null = null;
  return (pattern: string): RegExp => {
    if (pattern !== lastPattern) {
      last = compileJavaRegex(pattern, flags, fn);
      lastPattern = pattern;
    }
    last!.lastIndex = 0;
    return last!;
  };
}

const groupCount = (re: RegExp): number => new RegExp(re.source + "|", re.flags.replace(/[gy]/g, "")).exec("")!.length - 1;

/** Java's String.split(regex, limit) as Spark's UTF8String.split (limit 0 behaves as -1). */
export function splitRegex(s: string, re: RegExp | null, limit: number): string[] {
  if (limit === 0) limit = -1;
  if (re === null) {
    if (s === "") return [""];
    const cps = codePoints(s);
    if (limit > 0 && cps.length > limit) return [...cps.slice(0, limit - 1), cps.slice(limit - 1).join("")];
    return cps;
  }
  const parts: string[] = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    if (m[0].length === 0 && m.index === 0) continue; // no leading empty part for a zero-width match
    if (limit > 0 && parts.length === limit - 1) break;
    if (m[0].length === 0 && m.index >= s.length) break;
    parts.push(s.slice(last, m.index));
    last = m.index! + m[0].length;
  }
  parts.push(s.slice(last));
  return parts;
}

export const split = defineScalar({
  name: "split",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const types = [expectString(name, args, 0), expectString(name, args, 1)];
    if (args.length === 3) types.push(expectInt(name, args, 2));
    const compile = regexCache(name, "g");
    return strict(ArrayType(StringType(), false), types, (s: string, p: string, limit = -1) =>
      splitRegex(s, p === "" ? null : compile(p), limit),
    );
  },
});

/** Expands a Java replacement string for one match. */
export function javaReplacement(rep: string, m: RegExpMatchArray, groups: number): string {
  let out = "";
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i]!;
    if (c === "\\" && i + 1 < rep.length) {
      out += rep[++i];
    } else if (c === "$" && i + 1 < rep.length) {
      if (rep[i + 1] === "{") {
        const end = rep.indexOf("}", i);
        const name = rep.slice(i + 2, end);
        out += m.groups?.[name] ?? "";
        i = end;
      } else {
        let j = i + 1;
        let n = rep.charCodeAt(j) - 48;
        if (n < 0 || n > 9) throw new Error("Illegal group reference");
        j++;
        // Java takes more digits while the group number stays valid.
        while (j < rep.length && /\d/.test(rep[j]!) && n * 10 + (rep.charCodeAt(j) - 48) <= groups) {
          n = n * 10 + (rep.charCodeAt(j) - 48);
          j++;
        }
        if (n > groups) throw new Error(`No group ${n}`);
        out += m[n] ?? "";
        i = j - 1;
      }
    } else out += c;
  }
  return out;
}

export const regexpReplace = defineScalar({
  name: "regexp_replace",
  minArgs: 3,
  maxArgs: 4,
  bind: (args, _ctx, name) => {
    const types = [expectString(name, args, 0), expectString(name, args, 1), expectString(name, args, 2)];
    if (args.length === 4) types.push(expectInt(name, args, 3));
    const p3 = args[3];
    if (p3?.foldable && p3.value !== null && Number(p3.value) <= 0) {
      throw dataTypeMismatch("VALUE_OUT_OF_RANGE", name, args, { exprName: "position", valueRange: "(0, 2147483647]", currentValue: String(p3.value) });
    }
    const compile = regexCache(name, "g");
    return strict(StringType(), types, (s: string, p: string, rep: string, pos = 1) => {
      if (pos <= 0) {
        throw new SparkRuntimeException("INVALID_PARAMETER_VALUE.REGEX_POSITION" as string, { parameter: "`position`", functionName: "`regexp_replace`", pos: String(pos) });
      }
      const re = compile(p);
      const g = groupCount(re);
      // the position counts UTF-16 code units, as Java's String indexes
      const start = pos - 1;
      if (start >= s.length && s.length > 0) return s;
      return s.slice(0, start) + s.slice(start).replace(re, (...a) => {
        const hasGroups = typeof a[a.length - 1] === "object";
        const m = a.slice(0, g + 1) as unknown as RegExpMatchArray;
        if (hasGroups) (m as { groups?: Record<string, string> }).groups = a[a.length - 1];
        return javaReplacement(rep, m, g);
      });
    });
  },
});

function checkGroup(fn: string, re: RegExp, idx: number): void {
  const g = groupCount(re);
  if (idx < 0 || idx > g) {
    throw new SparkRuntimeException("INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX", {
      parameter: "`idx`",
      functionName: "`" + fn + "`",
      groupCount: String(g),
      groupIndex: String(idx),
    });
  }
}

export const regexpExtract = defineScalar({
  name: "regexp_extract",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const types = [expectString(name, args, 0), expectString(name, args, 1)];
    if (args.length === 3) types.push(expectInt(name, args, 2));
    const compile = regexCache(name, "");
    return strict(StringType(), types, (s: string, p: string, idx = 1) => {
      const re = compile(p);
      const m = re.exec(s);
      checkGroup(name, re, idx);
      return m ? (m[idx] ?? "") : "";
    });
  },
});

export const regexpExtractAll = defineScalar({
  name: "regexp_extract_all",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const types = [expectString(name, args, 0), expectString(name, args, 1)];
    if (args.length === 3) types.push(expectInt(name, args, 2));
    const compile = regexCache(name, "g");
    return strict(ArrayType(StringType(), true), types, (s: string, p: string, idx = 1) => {
      const re = compile(p);
      checkGroup(name, re, idx);
      return Array.from(s.matchAll(re), (m) => m[idx] ?? "");
    });
  },
});
