// Rebuild entries for the few scalar calls the analyzer makes itself instead of taking them from
// the function registry (their kernels close over analysis-time facts): field/element access
// (extract-value.ts), grouping() under rollup/cube (analyze-aggregate.ts), na.drop's row test
// and fill's NaN test (analyze-na.ts) and the subquery placeholder (subqueries.ts). Each entry says what data its
// kernel needs (`describe`, on the driver) and rebuilds the bound function from it (`rebuild`,
// on the executor), so the analyzer stays as it is.

import type { BoundScalar } from "../../functions/function-definition.js";
import { ByteType } from "../../types/data-type.js";
import type { RCall, RExpr } from "../expr/resolved.js";
import { extractField } from "../analyzer/extract-value.js";
import { AnalysisException } from "../../errors/spark-error.js";

export interface SpecialCall {
  /** When the name is also a registry function: whether this call is the analyzer-made one. */
  matches?(call: RCall): boolean;
  /** Plain data the kernel depends on, read from the analyzed call. */
  describe(call: RCall): unknown;
  rebuild(args: readonly RExpr[], data: unknown, call: RCall): BoundScalar;
}

// Whether array access is ANSI (raises past the end) is found by probing the kernel with an empty array.
const extract: SpecialCall = {
  describe: (call) => {
    if (call.name !== "get_array_item") return false;
    try {
      call.fn.kernel([], 0);
      return false;
    } catch {
      return true;
    }
  },
  rebuild: (args, ansi) => (extractField(args[0]!, args[1]!, ansi === true) as RCall).fn,
};

/** The rebuild entry of an analyzer-made call, or undefined for registry calls. */
export function specialCallFor(call: RCall): SpecialCall | undefined {
  const s = Object.hasOwn(SPECIAL_CALLS, call.name) ? SPECIAL_CALLS[call.name] : undefined;
  return s && (!s.matches || s.matches(call)) ? s : undefined;
}

export const SPECIAL_CALLS: Readonly<Record<string, SpecialCall>> = {
  get_struct_field: extract,
  get_array_item: extract,
  get_map_value: extract,
  grouping: {
    // The kernel reads bit `shift` of grouping_id; find it by probing each bit.
    describe: (call) => {
      for (let k = 0; k < 63; k++) if (call.fn.kernel(1n << BigInt(k)) === 1) return k;
      throw new Error("internal error: cannot tell which grouping bit a grouping() call reads");
    },
    rebuild: (_args, data) => {
      const shift = BigInt(data as number);
      return { returnType: ByteType(), nullable: false, nullIntolerant: true, kernel: (g: bigint) => Number((g >> shift) & 1n) };
    },
  },
  na_drop: {
    describe: (call) => {
      const m = /^atleastnnonnulls\((\d+)\)$/.exec(call.sql);
      if (!m) throw new Error(`internal error: unexpected na_drop call ${call.sql}`);
      return Number(m[1]);
    },
    rebuild: (_args, data) => {
      const min = data as number;
      const kernel = (...vals: unknown[]) => {
        let n = 0;
        for (const v of vals) if (v !== null && !(typeof v === "number" && Number.isNaN(v))) n++;
        return n >= min;
      };
      return { returnType: { kind: "boolean" }, nullable: false, nullIntolerant: false, kernel };
    },
  },
  // na.fill on float/double columns: nanvl(c, NULL) as a one-argument call (analyze-na.ts).
  nanvl: {
    matches: (call) => call.args.length === 1,
    describe: () => null,
    rebuild: (args) => ({ returnType: args[0]!.dataType, nullable: true, nullIntolerant: true, kernel: (x: number) => (Number.isNaN(x) ? null : x) }),
  },
  __subquery__: {
    describe: () => null,
    rebuild: (_args, _data, call) => ({
      returnType: call.dataType,
      nullable: true,
      nullIntolerant: false,
      kernel: () => {
        throw new AnalysisException("UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY" as string, { treeNode: "subquery in this position" });
      },
    }),
  },
};
