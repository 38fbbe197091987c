// df.na: fill / drop / replace.
import { newPlanId } from "../plan/logical/unresolved.js";
import type { DataFrame } from "./dataframe.js";

type Scalar = number | bigint | string | boolean;

export class DataFrameNaFunctions {
  constructor(private readonly df: DataFrame) {}

  private with(plan: Parameters<typeof Object.freeze>[0]): DataFrame {
    return new (this.df.constructor as new (s: DataFrame["sparkSession"], p: unknown) => DataFrame)(this.df.sparkSession, plan);
  }

  fill(value: Scalar | Record<string, Scalar>, subset?: string | string[]): DataFrame {
    const cols = subset === undefined ? [] : typeof subset === "string" ? [subset] : subset;
    if (typeof value === "object") {
      return this.with({ kind: "na_fill", planId: newPlanId(), input: this.df.plan, cols: Object.keys(value), values: Object.values(value) });
    }
    return this.with({ kind: "na_fill", planId: newPlanId(), input: this.df.plan, cols, values: [value] });
  }

  drop(how: "any" | "all" = "any", thresh?: number, subset?: string | string[]): DataFrame {
    const cols = subset === undefined ? [] : typeof subset === "string" ? [subset] : subset;
    const minNonNulls = thresh ?? (how === "all" ? 1 : undefined);
    return this.with({ kind: "na_drop", planId: newPlanId(), input: this.df.plan, cols, ...(minNonNulls !== undefined ? { minNonNulls } : {}) });
  }

  replace(toReplace: Scalar | Scalar[] | Record<string, Scalar | null>, value?: Scalar | Scalar[] | null, subset?: string | string[]): DataFrame {
    const cols = subset === undefined ? [] : typeof subset === "string" ? [subset] : subset;
    let pairs: { oldValue: unknown; newValue: unknown }[];
    if (Array.isArray(toReplace)) {
      const vals = Array.isArray(value) ? value : toReplace.map(() => value);
      pairs = toReplace.map((o, i) => ({ oldValue: o, newValue: vals[i] ?? null }));
    } else if (typeof toReplace === "object") {
      pairs = Object.entries(toReplace).map(([o, n]) => ({ oldValue: o, newValue: n }));
    } else {
      pairs = [{ oldValue: toReplace, newValue: value ?? null }];
    }
    return this.with({ kind: "na_replace", planId: newPlanId(), input: this.df.plan, cols, replacements: pairs });
  }
}
