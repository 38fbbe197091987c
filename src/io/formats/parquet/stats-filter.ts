// Row-group skipping from column statistics. The engine pushes simple predicates
// (`column op literal`, IN, IS [NOT] NULL, startsWith, AND/OR/NOT of those); a row group is
// skipped only when its min/max/null_count prove no row can match. Anything not understood
// keeps the row group (the engine still filters rows itself).
//
// Literals are internal values of the column's type as the file stores it (number for
// byte/short/int/date/float/double, bigint for long/timestamp µs/decimal unscaled at the column's
// scale, string for strings, Uint8Array for binary, boolean).

import { ConvertedType, PhysicalType, type ColumnChunk, type RowGroup } from "./metadata.js";
import { Repetition } from "./metadata.js";
import type { GroupNode, PrimitiveNode, SchemaNode } from "./schema-tree.js";
import { bigEndianToBigInt } from "./leaf-vector.js";

export type ParquetFilter =
  | { readonly op: "eq" | "eqNullSafe" | "ne" | "lt" | "le" | "gt" | "ge"; readonly column: string; readonly value: unknown }
  | { readonly op: "in"; readonly column: string; readonly values: readonly unknown[] }
  | { readonly op: "isNull" | "isNotNull"; readonly column: string }
  | { readonly op: "startsWith"; readonly column: string; readonly prefix: string }
  | { readonly op: "and" | "or"; readonly left: ParquetFilter; readonly right: ParquetFilter }
  | { readonly op: "not"; readonly child: ParquetFilter };

type Domain = "number" | "float" | "bigint" | "bytes";
type Stat = number | bigint | Uint8Array;

interface ColumnStats {
  readonly domain: Domain;
  readonly min: Stat | undefined;
  readonly max: Stat | undefined;
  readonly nullCount: number | undefined;
  readonly numValues: number;
}

const utf8 = new TextEncoder();

/** A top-level or struct-nested primitive column by dotted name (case-insensitive). */
export function resolveFilterColumn(root: GroupNode, column: string): PrimitiveNode | null {
  let node: SchemaNode = root;
  for (const name of column.split(".")) {
    if (node.kind !== "group") return null;
    const g: GroupNode = node;
    const next: SchemaNode | undefined = g.children.find((c) => c.name === name) ?? g.children.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!next || next.repetition === Repetition.REPEATED) return null;
    node = next;
  }
  return node.kind === "primitive" && node.maxRep === 0 ? node : null;
}

function domainOf(leaf: PrimitiveNode): Domain | null {
  const el = leaf.element;
  const lt = el.logicalType;
  if (lt?.type === "INTEGER" && !lt.isSigned) return null;
  const ct = el.convertedType;
  if (ct !== undefined && ct >= ConvertedType.UINT_8 && ct <= ConvertedType.UINT_64) return null;
  const decimal = lt?.type === "DECIMAL" || ct === ConvertedType.DECIMAL;
  switch (leaf.physical) {
    case PhysicalType.BOOLEAN:
    case PhysicalType.INT32:
      return "number";
    case PhysicalType.FLOAT:
    case PhysicalType.DOUBLE:
      return "float";
    case PhysicalType.INT64:
      return "bigint";
    case PhysicalType.BYTE_ARRAY:
      return decimal ? "bigint" : "bytes";
    case PhysicalType.FIXED_LEN_BYTE_ARRAY:
      return decimal ? "bigint" : null;
    default:
      return null; // INT96 statistics are not trustworthy
  }
}

function timestampFactor(leaf: PrimitiveNode): { mul: bigint; div: bigint } {
  const lt = leaf.element.logicalType;
  const unit = lt?.type === "TIMESTAMP" ? lt.unit : leaf.element.convertedType === ConvertedType.TIMESTAMP_MILLIS ? "MILLIS" : "MICROS";
  return unit === "MILLIS" ? { mul: 1000n, div: 1n } : unit === "NANOS" ? { mul: 1n, div: 1000n } : { mul: 1n, div: 1n };
}

function decodeStat(leaf: PrimitiveNode, domain: Domain, b: Uint8Array | undefined): Stat | undefined {
  if (b === undefined) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  switch (leaf.physical) {
    case PhysicalType.BOOLEAN:
      return b.length >= 1 ? b[0]! & 1 : undefined;
    case PhysicalType.INT32:
      return b.length >= 4 ? view.getInt32(0, true) : undefined;
    case PhysicalType.FLOAT:
      return b.length >= 4 ? view.getFloat32(0, true) : undefined;
    case PhysicalType.DOUBLE:
      return b.length >= 8 ? view.getFloat64(0, true) : undefined;
    case PhysicalType.INT64: {
      if (b.length < 8) return undefined;
      const v = view.getBigInt64(0, true);
      const { mul, div } = timestampFactor(leaf);
      return div === 1n ? v * mul : v / div;
    }
    default:
      return domain === "bigint" ? bigEndianToBigInt(b, 0, b.length) : b;
  }
}

function columnStats(leaf: PrimitiveNode, chunk: ColumnChunk): ColumnStats | null {
  const domain = domainOf(leaf);
  const s = chunk.metaData.statistics;
  if (domain === null || !s) return null;
  // min_value/max_value use the column's logical order; the legacy min/max are signed byte order,
  // trustworthy only for numbers.
  const legacyOk = domain !== "bytes" && leaf.physical !== PhysicalType.FIXED_LEN_BYTE_ARRAY && leaf.physical !== PhysicalType.BYTE_ARRAY;
  const minB = s.minValue ?? (legacyOk ? s.min : undefined);
  const maxB = s.maxValue ?? (legacyOk ? s.max : undefined);
  return {
    domain,
    min: decodeStat(leaf, domain, minB),
    max: decodeStat(leaf, domain, maxB),
    nullCount: s.nullCount,
    numValues: chunk.metaData.numValues,
  };
}

/** The literal in the statistics' domain, or undefined when it cannot be compared. */
function literal(domain: Domain, v: unknown): Stat | undefined {
  switch (domain) {
    case "number":
    case "float":
      if (typeof v === "boolean") return v ? 1 : 0;
      if (typeof v === "number") return v;
      if (typeof v === "bigint") return Number(v);
      return undefined;
    case "bigint":
      if (typeof v === "bigint") return v;
      if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
      return undefined;
    case "bytes":
      if (typeof v === "string") return utf8.encode(v);
      if (v instanceof Uint8Array) return v;
      return undefined;
  }
}

function compare(a: Stat, b: Stat): number {
  if (a instanceof Uint8Array) {
    const c = b as Uint8Array;
    const n = Math.min(a.length, c.length);
    for (let i = 0; i < n; i++) if (a[i] !== c[i]) return a[i]! - c[i]!;
    return a.length - c.length;
  }
  return a < (b as number) ? -1 : a > (b as number) ? 1 : 0;
}

const isNaNStat = (s: Stat | undefined): boolean => typeof s === "number" && Number.isNaN(s);

/** Whether a comparison could hold for some value in [min, max]. */
function mightHold(op: string, st: ColumnStats, lit: Stat): boolean {
  const { min, max } = st;
  if (min === undefined || max === undefined) return true;
  if (st.domain === "float") {
    // NaN sorts above every number in Spark and is left out of min/max by writers.
    if (isNaNStat(lit) || isNaNStat(min) || isNaNStat(max)) return true;
    if (op === "gt" || op === "ge" || op === "ne") return true;
  }
  switch (op) {
    case "eq":
    case "eqNullSafe":
      return compare(min, lit) <= 0 && compare(lit, max) <= 0;
    case "ne":
      return !(compare(min, lit) === 0 && compare(max, lit) === 0);
    case "lt":
      return compare(min, lit) < 0;
    case "le":
      return compare(min, lit) <= 0;
    case "gt":
      return compare(max, lit) > 0;
    case "ge":
      return compare(max, lit) >= 0;
    default:
      return true;
  }
}

const allNull = (st: ColumnStats, numRows: number): boolean => st.nullCount !== undefined && st.nullCount >= numRows;

/** Whether rows of this row group might satisfy the filter (false = safe to skip). */
export function rowGroupMightMatch(root: GroupNode, rowGroup: RowGroup, filter: ParquetFilter): boolean {
  switch (filter.op) {
    case "and":
      return rowGroupMightMatch(root, rowGroup, filter.left) && rowGroupMightMatch(root, rowGroup, filter.right);
    case "or":
      return rowGroupMightMatch(root, rowGroup, filter.left) || rowGroupMightMatch(root, rowGroup, filter.right);
    case "not":
      if (filter.child.op === "isNull") return rowGroupMightMatch(root, rowGroup, { op: "isNotNull", column: filter.child.column });
      if (filter.child.op === "isNotNull") return rowGroupMightMatch(root, rowGroup, { op: "isNull", column: filter.child.column });
      return true;
  }
  const leaf = resolveFilterColumn(root, filter.column);
  if (!leaf) return true;
  const chunk = rowGroup.columns[leaf.column];
  if (!chunk) return true;
  const st = columnStats(leaf, chunk);
  if (!st) return true;
  const rows = rowGroup.numRows;
  switch (filter.op) {
    case "isNull":
      return st.nullCount === undefined || st.nullCount > 0;
    case "isNotNull":
      return !allNull(st, rows);
    case "in": {
      if (allNull(st, rows)) return false;
      for (const v of filter.values) {
        if (v === null || v === undefined) continue;
        const lit = literal(st.domain, v);
        if (lit === undefined || mightHold("eq", st, lit)) return true;
      }
      return false;
    }
    case "startsWith": {
      if (allNull(st, rows)) return false;
      if (st.domain !== "bytes" || st.min === undefined || st.max === undefined) return true;
      const p = utf8.encode(filter.prefix);
      const min = st.min as Uint8Array;
      const max = st.max as Uint8Array;
      // Some value starts with p only if p ≥ prefix of min and p ≤ prefix of max.
      return compare(p, min.subarray(0, p.length)) >= 0 && compare(p, max.subarray(0, p.length)) <= 0;
    }
    default: {
      if (filter.value === null || filter.value === undefined) {
        // `= NULL` is never true; `<=> NULL` is IS NULL.
        return filter.op === "eqNullSafe" ? st.nullCount === undefined || st.nullCount > 0 : false;
      }
      if (allNull(st, rows)) return false;
      const lit = literal(st.domain, filter.value);
      return lit === undefined || mightHold(filter.op, st, lit);
    }
  }
}

/** Indices of the row groups that might hold rows matching every filter. */
export function selectRowGroups(root: GroupNode, rowGroups: readonly RowGroup[], filters: readonly ParquetFilter[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < rowGroups.length; i++) {
    if (filters.every((f) => rowGroupMightMatch(root, rowGroups[i]!, f))) out.push(i);
  }
  return out;
}
