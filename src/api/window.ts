// Window specifications: Window.partitionBy(...).orderBy(...).rowsBetween(...) as in PySpark.

import type { Expr, FrameBoundary, SortOrder, WindowFrame } from "../plan/expr/unresolved.js";
import { Column, colExpr, literalExpr, type ColumnOrName } from "./column.js";

const flat = (cols: (ColumnOrName | ColumnOrName[])[]): ColumnOrName[] => cols.flatMap((c) => (Array.isArray(c) ? c : [c]));

function toSortOrder(c: ColumnOrName): SortOrder {
  const e = colExpr(c);
  return e.kind === "sort_order" ? e : { kind: "sort_order", child: e, direction: "asc", nullOrdering: "nulls_first" };
}

function boundary(v: number | bigint): FrameBoundary {
  const n = typeof v === "bigint" ? v : v;
  if (n <= Window.unboundedPreceding) return { kind: "unbounded_preceding" };
  if (n >= Window.unboundedFollowing) return { kind: "unbounded_following" };
  if (n === 0 || n === 0n) return { kind: "current_row" };
  return { kind: "offset", value: literalExpr(n) };
}

export class WindowSpec {
  constructor(
    private readonly partitionSpec: readonly Expr[] = [],
    private readonly orderSpec: readonly SortOrder[] = [],
    private readonly frame?: WindowFrame,
  ) {}

  partitionBy(...cols: (ColumnOrName | ColumnOrName[])[]): WindowSpec {
    return new WindowSpec(flat(cols).map(colExpr), this.orderSpec, this.frame);
  }
  orderBy(...cols: (ColumnOrName | ColumnOrName[])[]): WindowSpec {
    return new WindowSpec(this.partitionSpec, flat(cols).map(toSortOrder), this.frame);
  }
  rowsBetween(start: number | bigint, end: number | bigint): WindowSpec {
    return new WindowSpec(this.partitionSpec, this.orderSpec, { frameType: "rows", lower: boundary(start), upper: boundary(end) });
  }
  rangeBetween(start: number | bigint, end: number | bigint): WindowSpec {
    return new WindowSpec(this.partitionSpec, this.orderSpec, { frameType: "range", lower: boundary(start), upper: boundary(end) });
  }
  /** @internal */
  toSpec(): { partitionSpec: readonly Expr[]; orderSpec: readonly SortOrder[]; frame?: WindowFrame } {
    return this.frame
      ? { partitionSpec: this.partitionSpec, orderSpec: this.orderSpec, frame: this.frame }
      : { partitionSpec: this.partitionSpec, orderSpec: this.orderSpec };
  }
}

export const Window = {
  unboundedPreceding: -9223372036854775808n as bigint | number,
  unboundedFollowing: 9223372036854775807n as bigint | number,
  currentRow: 0,
  partitionBy: (...cols: (ColumnOrName | ColumnOrName[])[]) => new WindowSpec().partitionBy(...cols),
  orderBy: (...cols: (ColumnOrName | ColumnOrName[])[]) => new WindowSpec().orderBy(...cols),
  rowsBetween: (s: number | bigint, e: number | bigint) => new WindowSpec().rowsBetween(s, e),
  rangeBetween: (s: number | bigint, e: number | bigint) => new WindowSpec().rangeBetween(s, e),
};
void Column;
