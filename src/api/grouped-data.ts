// GroupedData: df.groupBy(...) / rollup / cube / pivot, then agg() or a shortcut.

import type { Expr } from "../plan/expr/unresolved.js";
import { newPlanId, type GroupType } from "../plan/logical/unresolved.js";
import { Column, colExpr, literalExpr, type ColumnOrName } from "./column.js";
import type { DataFrame } from "./dataframe.js";

const AGG_ALIASES: Record<string, string> = { mean: "avg", std: "stddev" };

export class GroupedData {
  constructor(
    private readonly df: DataFrame,
    private readonly groupType: GroupType,
    private readonly grouping: readonly Expr[],
    private readonly pivotSpec?: { col: Expr; values?: Expr[] },
  ) {}

  /** agg(F.sum("x").alias("s"), ...) or agg({ x: "sum", y: "max" }). */
  agg(...exprs: (Column | Record<string, string>)[]): DataFrame {
    const list: Expr[] = [];
    for (const e of exprs) {
      if (e instanceof Column) list.push(e.expr);
      else
        for (const [col, fn] of Object.entries(e)) {
          const name = AGG_ALIASES[fn.toLowerCase()] ?? fn.toLowerCase();
          list.push({ kind: "unresolved_function", name, args: [col === "*" ? { kind: "unresolved_star" } : colExpr(col)], isDistinct: false });
        }
    }
    return this.build(list);
  }

  private build(aggs: Expr[]): DataFrame {
    const withKeys = this.groupType === "pivot" ? aggs : [...this.grouping, ...aggs];
    const plan = {
      kind: "aggregate" as const,
      planId: newPlanId(),
      input: this.df.plan,
      groupType: this.groupType,
      groupingExpressions: this.grouping,
      aggregateExpressions: withKeys,
      ...(this.pivotSpec ? { pivot: this.pivotSpec } : {}),
    };
    return new (this.df.constructor as new (s: DataFrame["sparkSession"], p: typeof plan) => DataFrame)(this.df.sparkSession, plan);
  }

  private shortcut(fn: string, cols: string[]): DataFrame {
    if (cols.length === 0) {
      return this.build([{ kind: "unresolved_function", name: fn, args: [{ kind: "unresolved_star" }], isDistinct: false }]);
    }
    return this.build(cols.map((c) => ({ kind: "unresolved_function", name: fn, args: [colExpr(c)], isDistinct: false }) as Expr));
  }

  count(): DataFrame {
    return this.build([{ kind: "alias", child: { kind: "unresolved_function", name: "count", args: [{ kind: "unresolved_star" }], isDistinct: false }, names: ["count"] }]);
  }
  sum(...cols: string[]): DataFrame {
    return this.shortcut("sum", cols);
  }
  avg(...cols: string[]): DataFrame {
    return this.shortcut("avg", cols);
  }
  mean(...cols: string[]): DataFrame {
    return this.shortcut("avg", cols);
  }
  min(...cols: string[]): DataFrame {
    return this.shortcut("min", cols);
  }
  max(...cols: string[]): DataFrame {
    return this.shortcut("max", cols);
  }

  /** pivot(col, values?): values are computed from the data when omitted. */
  pivot(col: ColumnOrName, values?: unknown[]): GroupedData {
    return new GroupedData(this.df, "pivot", this.grouping, { col: colExpr(col), ...(values ? { values: values.map(literalExpr) } : {}) });
  }
}
