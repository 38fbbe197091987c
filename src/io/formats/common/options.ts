// Data source options: string → string, keys case-insensitive (Spark's CaseInsensitiveMap).

export type FormatOptions = Readonly<Record<string, string>>;

export class OptionReader {
  private readonly map = new Map<string, string>();

  constructor(options: FormatOptions = {}) {
    for (const [k, v] of Object.entries(options)) {
      if (v !== undefined && v !== null) this.map.set(k.toLowerCase(), String(v));
    }
  }

  has(key: string): boolean {
    return this.map.has(key.toLowerCase());
  }

  get(key: string): string | undefined {
    return this.map.get(key.toLowerCase());
  }

  string(key: string, fallback: string): string {
    return this.get(key) ?? fallback;
  }

  /** The first of several alias keys that is set. */
  firstOf(keys: readonly string[], fallback: string): string {
    for (const k of keys) {
      const v = this.get(k);
      if (v !== undefined) return v;
    }
    return fallback;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.get(key);
    if (v === undefined) return fallback;
    const t = v.trim().toLowerCase();
    if (t === "true") return true;
    if (t === "false") return false;
    throw new Error(`${key} flag can be true or false`);
  }

  int(key: string, fallback: number): number {
    const v = this.get(key);
    if (v === undefined) return fallback;
    const n = Number(v.trim());
    if (!Number.isInteger(n)) throw new Error(`${key} should be an integer. Found ${v}`);
    return n;
  }

  double(key: string, fallback: number): number {
    const v = this.get(key);
    if (v === undefined) return fallback;
    const n = Number(v.trim());
    if (Number.isNaN(n)) throw new Error(`${key} should be a number. Found ${v}`);
    return n;
  }
}

export type ParseMode = "PERMISSIVE" | "DROPMALFORMED" | "FAILFAST";

export function parseMode(v: string | undefined): ParseMode {
  const m = (v ?? "PERMISSIVE").toUpperCase();
  // Spark falls back to PERMISSIVE for unknown modes (with a warning).
  return m === "DROPMALFORMED" || m === "FAILFAST" ? m : "PERMISSIVE";
}

/** Spark's CSV/JSON character options: one character, or an escape like "\t", "\u0001". */
export function parseCharOption(name: string, v: string): string {
  if (v.length === 1) return v;
  if (v === "\\t") return "\t";
  if (v === "\\r") return "\r";
  if (v === "\\b") return "\b";
  if (v === "\\f") return "\f";
  if (v === "\\\"") return "\"";
  if (v === "\\'") return "'";
  if (v === "\\\\") return "\\";
  if (v === "\\u0000") return "\u0000";
  if (v.length === 0) throw new Error(`Delimiter cannot be empty string`);
  if (v.startsWith("\\u") && v.length === 6) return String.fromCharCode(parseInt(v.slice(2), 16));
  throw new Error(`Unsupported special character for ${name}: ${v}`);
}

export const DEFAULT_CORRUPT_RECORD_COLUMN = "_corrupt_record";

/** Rows per batch produced by the file readers. */
export const READ_BATCH_ROWS = 4096;
