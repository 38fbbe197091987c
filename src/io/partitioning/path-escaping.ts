// Escaping of partition column names and values in directory names, as Spark (Hive) does:
// characters that are special in paths or URIs become %XX (upper-case hex); null and the empty
// string are written as __HIVE_DEFAULT_PARTITION__.

export const DEFAULT_PARTITION_NAME = "__HIVE_DEFAULT_PARTITION__";

const SPECIAL = new Set<number>([
  0x22, // "
  0x23, // #
  0x25, // %
  0x27, // '
  0x2a, // *
  0x2f, // /
  0x3a, // :
  0x3d, // =
  0x3f, // ?
  0x5c, // \
  0x7f,
  0x7b, // {
  0x5b, // [
  0x5d, // ]
  0x5e, // ^
]);

function needsEscape(code: number): boolean {
  return (code >= 0x01 && code <= 0x1f) || SPECIAL.has(code);
}

export function escapePathName(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (needsEscape(c)) out += "%" + c.toString(16).toUpperCase().padStart(2, "0");
    else out += s[i];
  }
  return out;
}

export function unescapePathName(s: string): string {
  if (!s.includes("%")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "%" && i + 2 < s.length + 0 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

/** The directory name of one partition column value: `col=value`. */
export function partitionDirName(column: string, value: string | null): string {
  const v = value === null || value === "" ? DEFAULT_PARTITION_NAME : escapePathName(value);
  return escapePathName(column) + "=" + v;
}
