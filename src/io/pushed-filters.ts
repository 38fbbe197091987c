// Predicates a file scan may use to skip data, as Spark's data-source filters: translated from
// the resolved conjuncts of the filter above the scan (only `column op literal` shapes over
// data columns, IN, IS [NOT] NULL, startsWith, AND/OR/NOT of those), printed as Spark prints
// PushedFilters (EqualTo(a,1), IsNotNull(b), ...), and handed to the Parquet reader, which
// skips row groups whose statistics prove no row can match. Rows are still filtered above.

import type { RExpr } from "../plan/expr/resolved.js";
import type { DataType } from "../types/data-type.js";
import type { ParquetFilter } from "./formats/parquet/stats-filter.js";
import { civilFromDays } from "./formats/common/civil-time.js";
import { unscaledToString } from "../values/decimal.js";

const COMPARISONS: Record<string, { op: "eq" | "eqNullSafe" | "lt" | "le" | "gt" | "ge"; flipped: "eq" | "eqNullSafe" | "lt" | "le" | "gt" | "ge" }> = {
  "=": { op: "eq", flipped: "eq" },
  "<=>": { op: "eqNullSafe", flipped: "eqNullSafe" },
  "<": { op: "lt", flipped: "gt" },
  "<=": { op: "le", flipped: "ge" },
  ">": { op: "gt", flipped: "lt" },
  ">=": { op: "ge", flipped: "le" },
};

/** Types whose internal literal values the statistics filter compares directly. */
function pushableType(t: DataType): boolean {
  switch (t.kind) {
    case "boolean":
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "decimal":
    case "string":
    case "date":
    case "timestamp":
    case "timestamp_ntz":
      return true;
    default:
      return false;
  }
}

/** The data-source filter of one predicate, or null when it cannot be pushed. */
export function translateFilter(e: RExpr, dataColumns: ReadonlySet<string>): ParquetFilter | null {
  const column = (x: RExpr): string | null => (x.kind === "attribute" && dataColumns.has(x.name) && pushableType(x.dataType) ? x.name : null);
  const literal = (x: RExpr, like: RExpr): { value: unknown } | null =>
    x.kind === "literal" && x.value !== null && sameType(x.dataType, like.dataType) ? { value: x.value } : null;
  switch (e.kind) {
    case "and":
    case "or": {
      const l = translateFilter(e.left, dataColumns);
      const r = translateFilter(e.right, dataColumns);
      return l && r ? { op: e.kind, left: l, right: r } : null;
    }
    case "not": {
      const c = translateFilter(e.child, dataColumns);
      return c ? { op: "not", child: c } : null;
    }
    case "is_null":
    case "is_not_null": {
      const c = column(e.child);
      return c ? { op: e.kind === "is_null" ? "isNull" : "isNotNull", column: c } : null;
    }
    case "in": {
      const c = column(e.value);
      if (!c || e.list.length === 0) return null;
      const values: unknown[] = [];
      for (const x of e.list) {
        const v = literal(x, e.value);
        if (!v) return null;
        values.push(v.value);
      }
      return { op: "in", column: c, values };
    }
    case "call": {
      if (e.name === "startswith" && e.args.length === 2) {
        const c = column(e.args[0]!);
        const p = e.args[1]!;
        return c && e.args[0]!.dataType.kind === "string" && p.kind === "literal" && typeof p.value === "string" ? { op: "startsWith", column: c, prefix: p.value } : null;
      }
      if (e.name === "!=" && e.args.length === 2) {
        const eq = translateFilter({ ...e, name: "=" }, dataColumns);
        return eq ? { op: "not", child: eq } : null;
      }
      const cmp = COMPARISONS[e.name];
      if (!cmp || e.args.length !== 2) return null;
      const [a, b] = e.args as [RExpr, RExpr];
      const ca = column(a);
      if (ca) {
        const v = literal(b, a);
        return v ? { op: cmp.op, column: ca, value: v.value } : null;
      }
      const cb = column(b);
      const v = cb ? literal(a, b) : null;
      return cb && v ? { op: cmp.flipped, column: cb, value: v.value } : null;
    }
    default:
      return null;
  }
}

function sameType(a: DataType, b: DataType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "decimal" && b.kind === "decimal") return a.precision === b.precision && a.scale === b.scale;
  return true;
}

/** Translates the pushable conjuncts; the rest are left to the filter above the scan. */
export function translateFilters(conjuncts: readonly RExpr[], dataColumns: ReadonlySet<string>): ParquetFilter[] {
  const out: ParquetFilter[] = [];
  for (const c of conjuncts) {
    const f = translateFilter(c, dataColumns);
    if (f) out.push(f);
  }
  return out;
}

const NAMES: Record<string, string> = {
  eq: "EqualTo",
  eqNullSafe: "EqualNullSafe",
  lt: "LessThan",
  le: "LessThanOrEqual",
  gt: "GreaterThan",
  ge: "GreaterThanOrEqual",
};

/** Spark's text of a pushed filter, e.g. GreaterThan(l_shipdate,1998-01-01). */
export function filterText(f: ParquetFilter, types: ReadonlyMap<string, DataType>): string {
  switch (f.op) {
    case "and":
      return `And(${filterText(f.left, types)},${filterText(f.right, types)})`;
    case "or":
      return `Or(${filterText(f.left, types)},${filterText(f.right, types)})`;
    case "not":
      return `Not(${filterText(f.child, types)})`;
    case "isNull":
      return `IsNull(${f.column})`;
    case "isNotNull":
      return `IsNotNull(${f.column})`;
    case "startsWith":
      return `StringStartsWith(${f.column},${f.prefix})`;
    case "in":
      return `In(${f.column}, [${f.values.map((v) => valueText(v, types.get(f.column))).join(",")}])`;
    default:
      return `${NAMES[f.op]}(${f.column},${valueText(f.value, types.get(f.column))})`;
  }
}

/** A literal as Scala prints the value Spark pushes (java.sql.Date, BigDecimal, ...). */
function valueText(v: unknown, t: DataType | undefined): string {
  if (t?.kind === "date" && typeof v === "number") {
    const [y, m, d] = civilFromDays(v);
    return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  if (t?.kind === "decimal" && typeof v === "bigint") return unscaledToString(v, t.scale);
  if (typeof v === "number" && (t?.kind === "double" || t?.kind === "float") && Number.isInteger(v)) return v.toFixed(1);
  return String(v);
}
