// Column: an unresolved expression with Spark's Scala Column method names (TypeScript has no
// operator overloading): plus, minus, multiply, divide, mod, equalTo, gt, and, or, ...

import type { Expr, SortOrder, WindowExpr } from "../plan/expr/unresolved.js";
import type { DataType } from "../types/data-type.js";
import { inferType } from "../types/infer-type.js";
import type { WindowSpec } from "./window.js";

export type ColumnOrName = Column | string;
export type LiteralValue = string | number | bigint | boolean | null | undefined | object;

export class Column {
  constructor(readonly expr: Expr) {}

  // Arithmetic
  plus(o: unknown): Column { return this.binary("+", o); }
  minus(o: unknown): Column { return this.binary("-", o); }
  multiply(o: unknown): Column { return this.binary("*", o); }
  divide(o: unknown): Column { return this.binary("/", o); }
  mod(o: unknown): Column { return this.binary("%", o); }
  unaryMinus(): Column { return fn("negative", this); }

  // Comparison
  equalTo(o: unknown): Column { return this.binary("==", o); }
  eq(o: unknown): Column { return this.equalTo(o); }
  notEqual(o: unknown): Column { return this.binary("!=", o); }
  ne(o: unknown): Column { return this.notEqual(o); }
  gt(o: unknown): Column { return this.binary(">", o); }
  geq(o: unknown): Column { return this.binary(">=", o); }
  ge(o: unknown): Column { return this.geq(o); }
  lt(o: unknown): Column { return this.binary("<", o); }
  leq(o: unknown): Column { return this.binary("<=", o); }
  le(o: unknown): Column { return this.leq(o); }
  eqNullSafe(o: unknown): Column { return this.binary("<=>", o); }

  // Boolean
  and(o: unknown): Column { return this.binary("and", o); }
  or(o: unknown): Column { return this.binary("or", o); }
  not(): Column { return fn("not", this); }
  bitwiseAND(o: unknown): Column { return this.binary("&", o); }
  bitwiseOR(o: unknown): Column { return this.binary("|", o); }
  bitwiseXOR(o: unknown): Column { return this.binary("^", o); }

  // Predicates
  isNull(): Column { return fn("isnull", this); }
  isNotNull(): Column { return fn("isnotnull", this); }
  isNaN(): Column { return fn("isnan", this); }
  isin(...values: unknown[]): Column {
    const list = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
    return new Column({ kind: "unresolved_function", name: "in", args: [this.expr, ...list.map(toExpr)], isDistinct: false });
  }
  between(lower: unknown, upper: unknown): Column {
    return this.geq(lower).and(this.leq(upper));
  }
  like(pattern: string): Column { return this.binary("like", pattern); }
  ilike(pattern: string): Column { return this.binary("ilike", pattern); }
  rlike(pattern: string): Column { return this.binary("rlike", pattern); }
  startswith(o: unknown): Column { return this.binary("startswith", o); }
  endswith(o: unknown): Column { return this.binary("endswith", o); }
  contains(o: unknown): Column { return this.binary("contains", o); }

  // Strings, structs, arrays
  substr(pos: number | Column, len: number | Column): Column {
    return new Column({ kind: "unresolved_function", name: "substr", args: [this.expr, toExpr(pos), toExpr(len)], isDistinct: false });
  }
  getItem(key: unknown): Column {
    return new Column({ kind: "unresolved_extract_value", child: this.expr, extraction: toExpr(key) });
  }
  getField(name: string): Column {
    return new Column({ kind: "unresolved_extract_value", child: this.expr, extraction: toExpr(name) });
  }

  // Types and names
  cast(to: DataType | string): Column {
    return new Column({ kind: "cast", child: this.expr, dataType: resolveTypeArg(to), evalMode: "ansi", keepChildName: true } as Expr);
  }
  astype(to: DataType | string): Column { return this.cast(to); }
  try_cast(to: DataType | string): Column {
    return new Column({ kind: "cast", child: this.expr, dataType: resolveTypeArg(to), evalMode: "try", keepChildName: true } as Expr);
  }
  tryCast(to: DataType | string): Column { return this.try_cast(to); }
  alias(...names: string[]): Column {
    return new Column({ kind: "alias", child: this.expr, names });
  }
  as(...names: string[]): Column { return this.alias(...names); }
  name(n: string): Column { return this.alias(n); }

  // Ordering
  asc(): Column { return this.sort("asc", "nulls_first"); }
  asc_nulls_first(): Column { return this.sort("asc", "nulls_first"); }
  asc_nulls_last(): Column { return this.sort("asc", "nulls_last"); }
  desc(): Column { return this.sort("desc", "nulls_last"); }
  desc_nulls_first(): Column { return this.sort("desc", "nulls_first"); }
  desc_nulls_last(): Column { return this.sort("desc", "nulls_last"); }
  ascNullsFirst(): Column { return this.asc_nulls_first(); }
  ascNullsLast(): Column { return this.asc_nulls_last(); }
  descNullsFirst(): Column { return this.desc_nulls_first(); }
  descNullsLast(): Column { return this.desc_nulls_last(); }

  // Conditionals
  when(condition: Column, value: unknown): Column {
    if (this.expr.kind !== "unresolved_function" || this.expr.name !== "when" || this.expr.args.length % 2 === 1) {
      throw new Error("when() can only be applied on a Column previously generated by when() and not yet closed by otherwise()");
    }
    return new Column({ ...this.expr, args: [...this.expr.args, condition.expr, toExpr(value)] });
  }
  otherwise(value: unknown): Column {
    if (this.expr.kind !== "unresolved_function" || this.expr.name !== "when" || this.expr.args.length % 2 === 1) {
      throw new Error("otherwise() can only be applied once on a Column previously generated by when()");
    }
    return new Column({ ...this.expr, args: [...this.expr.args, toExpr(value)] });
  }

  over(window?: WindowSpec): Column {
    const spec = window?.toSpec() ?? { partitionSpec: [], orderSpec: [] };
    const w: WindowExpr = { kind: "window", fn: this.expr, ...spec };
    return new Column(w);
  }

  toString(): string {
    return `Column<'${describe(this.expr)}'>`;
  }

  private binary(name: string, o: unknown): Column {
    return new Column({ kind: "unresolved_function", name, args: [this.expr, toExpr(o)], isDistinct: false });
  }

  private sort(direction: SortOrder["direction"], nullOrdering: SortOrder["nullOrdering"]): Column {
    const child = this.expr.kind === "sort_order" ? this.expr.child : this.expr;
    return new Column({ kind: "sort_order", child, direction, nullOrdering });
  }
}

let typeParser: ((s: string) => DataType) | null = null;
/** The SQL module registers its type parser here (keeps api/ free of a parser dependency). */
export function setTypeParser(p: (s: string) => DataType): void {
  typeParser = p;
}
export function resolveTypeArg(t: DataType | string): DataType {
  if (typeof t !== "string") return t;
  if (!typeParser) throw new Error("type strings need the SQL module (import 'faisca')");
  return typeParser(t);
}

export function fn(name: string, ...args: unknown[]): Column {
  return new Column({ kind: "unresolved_function", name, args: args.map(toExpr), isDistinct: false });
}

/** A Column, or a literal value: what Column methods accept on their right-hand side. */
export function toExpr(v: unknown): Expr {
  if (v instanceof Column) return v.expr;
  return literalExpr(v);
}

export function literalExpr(v: unknown): Expr {
  if (v === undefined) v = null;
  return { kind: "literal", value: v, dataType: inferType(v) };
}

/** A column name (string) or a Column: what most DataFrame methods and F.* functions take. */
export function colExpr(c: ColumnOrName): Expr {
  if (c instanceof Column) return c.expr;
  if (c === "*") return { kind: "unresolved_star" };
  if (c.endsWith(".*")) return { kind: "unresolved_star", target: parseAttributeName(c.slice(0, -2)) };
  return { kind: "unresolved_attribute", nameParts: parseAttributeName(c) };
}

/** Splits `a.b.c` into parts, honouring backquotes (`a.b`.c → ["a.b", "c"]). */
export function parseAttributeName(name: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let inQuote = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (ch === "`") {
      if (inQuote && name[i + 1] === "`") {
        cur += "`";
        i++;
      } else inQuote = !inQuote;
    } else if (ch === "." && !inQuote) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function describe(e: Expr): string {
  switch (e.kind) {
    case "unresolved_attribute":
      return e.nameParts.join(".");
    case "literal":
      return String(e.value);
    case "alias":
      return `${describe(e.child)} AS ${e.names.join(", ")}`;
    case "unresolved_function":
      return `${e.name}(${e.args.map(describe).join(", ")})`;
    case "sort_order":
      return `${describe(e.child)} ${e.direction.toUpperCase()}`;
    case "cast":
      return `CAST(${describe(e.child)} AS ${e.dataType.kind})`;
    default:
      return e.kind;
  }
}
