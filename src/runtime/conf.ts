// Runtime configuration: string key → string value, as SparkConf. Typed getters parse sizes
// ("512m", "1g") and booleans the way Spark does.

export class RuntimeConf {
  private readonly entries = new Map<string, string>();

  constructor(init?: Iterable<[string, string]> | Record<string, string>) {
    if (init) {
      const it = Symbol.iterator in init ? (init as Iterable<[string, string]>) : Object.entries(init);
      for (const [k, v] of it) this.entries.set(k, String(v));
    }
  }

  set(key: string, value: string | number | boolean): this {
    this.entries.set(key, String(value));
    return this;
  }
  setIfMissing(key: string, value: string): this {
    if (!this.entries.has(key)) this.entries.set(key, value);
    return this;
  }
  get(key: string): string | undefined;
  get(key: string, defaultValue: string): string;
  get(key: string, defaultValue?: string): string | undefined {
    return this.entries.get(key) ?? defaultValue;
  }
  contains(key: string): boolean {
    return this.entries.has(key);
  }
  remove(key: string): this {
    this.entries.delete(key);
    return this;
  }
  getAll(): [string, string][] {
    return [...this.entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  getBoolean(key: string, defaultValue: boolean): boolean {
    const v = this.entries.get(key);
    return v === undefined ? defaultValue : v.trim().toLowerCase() === "true";
  }
  getInt(key: string, defaultValue: number): number {
    const v = this.entries.get(key);
    if (v === undefined) return defaultValue;
    const n = Number.parseInt(v, 10);
    if (!Number.isFinite(n)) throw new Error(`Config ${key} must be an integer, got "${v}"`);
    return n;
  }
  getNumber(key: string, defaultValue: number): number {
    const v = this.entries.get(key);
    if (v === undefined) return defaultValue;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`Config ${key} must be a number, got "${v}"`);
    return n;
  }
  /** Byte size with Spark's suffixes (b, k, m, g, t; default unit bytes). */
  getBytes(key: string, defaultValue: string): number {
    return parseByteSize(this.entries.get(key) ?? defaultValue);
  }
  /** Time in milliseconds ("3s", "200ms", "1min"; a bare number is milliseconds). */
  getTimeMs(key: string, defaultValue: string): number {
    return parseTimeMs(this.entries.get(key) ?? defaultValue);
  }
  clone(): RuntimeConf {
    return new RuntimeConf(this.entries);
  }
}

const SIZE_UNITS: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, t: 1024 ** 4, tb: 1024 ** 4 };

export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = m ? SIZE_UNITS[(m[2] || "b").toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new Error(`Invalid byte size "${text}" (expected e.g. 512m, 1g)`);
  return Math.floor(Number(m[1]) * unit);
}

const TIME_UNITS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, m: 60_000, h: 3_600_000 };

export function parseTimeMs(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = m ? TIME_UNITS[(m[2] || "ms").toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new Error(`Invalid time "${text}" (expected e.g. 3s, 200ms)`);
  return Number(m[1]) * unit;
}
