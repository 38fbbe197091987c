// Hadoop-style glob patterns, matched one path component at a time:
//   *  any run of characters except the separator     ?  one character
//   [abc] [a-z] [^a]  character classes                {a,b}  alternatives (may nest, may hold globs)
//   \x  the literal character x

/** True when the string holds glob metacharacters. */
export function hasGlob(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "*" || c === "?" || c === "[" || c === "{") return true;
  }
  return false;
}

const REGEX_SPECIAL = /[.+^$()|\\/]/;

/** Compiles a glob for a single path component into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "\\" && i + 1 < glob.length) {
      re += escapeChar(glob[++i]!);
    } else if (c === "*") {
      re += ".*";
    } else if (c === "?") {
      re += ".";
    } else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) {
        re += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith("^") || body.startsWith("!");
      if (negate) body = body.slice(1);
      re += "[" + (negate ? "^" : "") + body.replace(/[\\\]]/g, "\\$&") + "]";
      i = close;
    } else if (c === "{") {
      depth++;
      re += "(?:";
    } else if (c === "}" && depth > 0) {
      depth--;
      re += ")";
    } else if (c === "," && depth > 0) {
      re += "|";
    } else {
      re += escapeChar(c);
    }
  }
  if (depth > 0) throw new Error(`Illegal file pattern: Unclosed group near index ${glob.length} in '${glob}'`);
  return new RegExp("^" + re + "$", "s");
}

function escapeChar(c: string): string {
  return REGEX_SPECIAL.test(c) || c === "*" || c === "?" || c === "[" || c === "]" || c === "{" || c === "}"
    ? "\\" + c
    : c;
}
