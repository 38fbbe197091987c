// LIKE and ILIKE with Spark's pattern rules: `_` matches one character (code point, newlines
// included), `%` any sequence; the escape character (default `\`) may precede only `_`, `%` or
// itself (else INVALID_FORMAT.ESC_IN_THE_MIDDLE; at the end ESC_AT_THE_END). ILIKE lower-cases
// both sides (as Spark's ILike = Like(lower(str), lower(pattern))). Constant patterns compile
// once at bind time; simple shapes (exact, prefix%, %suffix, %infix%) skip the regex.

import type { ArgInfo, ScalarFunctionDef } from "../function-definition.js";
import { BooleanType, StringType } from "../../types/data-type.js";
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { checkArity, constValue, expectString } from "../misc/bind-helpers.js";

export type StringMatcher = (s: string) => boolean;

const sqlQuote = (s: string): string => "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";

/** Splits a LIKE pattern into literal runs and wildcards, validating escapes. */
function parseLike(pattern: string, escape: string): (string | "_" | "%")[] {
  const parts: (string | "_" | "%")[] = [];
  let lit = "";
  const cps = Array.from(pattern);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c === escape) {
      const n = cps[i + 1];
      if (n === undefined) {
        throw new SparkRuntimeException("INVALID_FORMAT.ESC_AT_THE_END", { format: sqlQuote(pattern) });
      }
      if (n !== "_" && n !== "%" && n !== escape) {
        throw new SparkRuntimeException("INVALID_FORMAT.ESC_IN_THE_MIDDLE", { format: sqlQuote(pattern), char: `'${n}'` });
      }
      lit += n;
      i++;
    } else if (c === "_" || c === "%") {
      if (lit) parts.push(lit);
      lit = "";
      parts.push(c);
    } else lit += c;
  }
  if (lit) parts.push(lit);
  return parts;
}

const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/** A matcher for one LIKE pattern. */
export function compileLike(pattern: string, escape = "\\"): StringMatcher {
  const parts = parseLike(pattern, escape);
  const isLit = (x: string | undefined): x is string => x !== undefined && x !== "_" && x !== "%";
  if (parts.length === 0) return (s) => s.length === 0;
  if (parts.length === 1 && isLit(parts[0])) {
    const p = parts[0];
    return (s) => s === p;
  }
  if (parts.every((x) => x === "%")) return () => true;
  if (parts.length === 2 && isLit(parts[0]) && parts[1] === "%") {
    const p = parts[0];
    return (s) => s.startsWith(p);
  }
  if (parts.length === 2 && parts[0] === "%" && isLit(parts[1])) {
    const p = parts[1];
    return (s) => s.endsWith(p);
  }
  if (parts.length === 3 && parts[0] === "%" && isLit(parts[1]) && parts[2] === "%") {
    const p = parts[1];
    return (s) => s.includes(p);
  }
  const src = parts.map((x) => (x === "_" ? "." : x === "%" ? ".*" : escapeRegex(x))).join("");
  const re = new RegExp(`^(?:${src})$`, "su");
  return (s) => re.test(s);
}

function escapeArg(name: string, args: readonly ArgInfo[]): string {
  if (args.length < 3) return "\\";
  const e = constValue(args[2]);
  if (typeof e !== "string" || Array.from(e).length !== 1) {
    throw new SparkRuntimeException("INVALID_ESCAPE_CHAR", { sqlExpr: `${name} escape` });
  }
  return e;
}

function defineLike(name: string, caseInsensitive: boolean): ScalarFunctionDef {
  return {
    kind: "scalar",
    name,
    bind(args) {
      checkArity(name, args, 2, 3);
      const inputTypes = [expectString(name, args, 0), expectString(name, args, 1)];
      const escape = escapeArg(name, args);
      const fold = caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
      const constant = constValue(args[1]);
      let kernel: (s: string, p: string) => boolean;
      if (typeof constant === "string") {
        const m = compileLike(fold(constant), escape);
        kernel = caseInsensitive ? (s) => m(s.toLowerCase()) : (s) => m(s);
      } else {
        // per-row patterns: keep the last few compiled matchers
        const cache = new Map<string, StringMatcher>();
        kernel = (s, p) => {
          let m = cache.get(p);
          if (m === undefined) {
            if (cache.size > 64) cache.clear();
            m = compileLike(fold(p), escape);
            cache.set(p, m);
          }
          return m(fold(s));
        };
      }
      if (args.length === 3) inputTypes.push(StringType());
      return { returnType: BooleanType(), nullable: false, nullIntolerant: true, inputTypes, kernel };
    },
  };
}

export const like = defineLike("like", false);
export const ilike = defineLike("ilike", true);
