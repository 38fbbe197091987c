// Row: what collect()/take()/first() return, like PySpark's Row. Fields are readable as
// properties (`row.receita`), by position or name (`row.get(0)`, `row.get("receita")`), and
// `asDict()` gives a plain object. Struct values inside rows are Rows too.

import type { DataType } from "../types/data-type.js";

const ROW_TYPES = Symbol("rowTypes");
const RESERVED = new Set(["get", "asDict", "toString", "toJSON", "length", "fieldNames", "values", "equals"]);

export class Row {
  declare readonly fieldNames: readonly string[];
  declare readonly values: readonly unknown[];
  [field: string]: unknown;

  constructor(fieldNames: readonly string[], values: readonly unknown[], types?: readonly DataType[]) {
    if (fieldNames.length !== values.length) {
      throw new Error(`Row has ${fieldNames.length} field names but ${values.length} values`);
    }
    Object.defineProperty(this, "fieldNames", { value: fieldNames, enumerable: false });
    Object.defineProperty(this, "values", { value: values, enumerable: false });
    if (types) Object.defineProperty(this, ROW_TYPES, { value: types, enumerable: false });
    for (let i = 0; i < fieldNames.length; i++) {
      const name = fieldNames[i]!;
      // Methods win over same-named columns; the first of duplicate names wins, as in PySpark.
      if (RESERVED.has(name) || Object.prototype.hasOwnProperty.call(this, name)) continue;
      Object.defineProperty(this, name, { value: values[i], enumerable: true });
    }
  }

  /** Builds a Row from a plain object, keeping its key order. */
  static fromObject(obj: Record<string, unknown>): Row {
    return new Row(Object.keys(obj), Object.values(obj));
  }

  get length(): number {
    return this.values.length;
  }

  get(key: number | string): unknown {
    if (typeof key === "number") {
      if (key < 0 || key >= this.values.length) throw new RangeError(`Row index ${key} out of range`);
      return this.values[key];
    }
    const i = this.fieldNames.indexOf(key);
    if (i < 0) throw new Error(`Row has no field "${key}"; fields: ${this.fieldNames.join(", ")}`);
    return this.values[i];
  }

  /** Plain object of field → value; nested Rows converted too when `recursive`. */
  asDict(recursive = false): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < this.fieldNames.length; i++) {
      const v = this.values[i];
      out[this.fieldNames[i]!] = recursive ? toPlain(v) : v;
    }
    return out;
  }

  toJSON(): Record<string, unknown> {
    return this.asDict(true);
  }

  toString(): string {
    const types = (this as unknown as { [ROW_TYPES]?: readonly DataType[] })[ROW_TYPES];
    const parts = this.fieldNames.map((n, i) => `${n}=${reprValue(this.values[i], types?.[i])}`);
    return `Row(${parts.join(", ")})`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

function toPlain(v: unknown): unknown {
  if (v instanceof Row) return v.asDict(true);
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [toPlain(k), toPlain(x)]));
  return v;
}

function reprValue(v: unknown, t?: DataType): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "number" && (t?.kind === "double" || t?.kind === "float")) {
    // Python prints floats with a fractional part or exponent: 13.0, 1e+20, nan, inf.
    if (Number.isNaN(v)) return "nan";
    if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
    return Number.isInteger(v) && Math.abs(v) < 1e16 ? v.toFixed(1) : String(v);
  }
  if (typeof v === "string") return `'${v}'`;
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v)) return `[${v.map((x) => reprValue(x, t?.kind === "array" ? t.elementType : undefined)).join(", ")}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${reprValue(k)}: ${reprValue(x)}`).join(", ")}}`;
  return String(v);
}
