// Analysis-time checks of a window frame, as Spark's SpecifiedWindowFrame and WindowFrame
// checks: a RANGE frame with value offsets needs exactly one ORDER BY key, and the lower bound
// may not come after the upper one.
import { AnalysisException } from "../../errors/spark-error.js";
import type { RFrameBound, RWindow } from "../../plan/expr/resolved.js";
import type { WindowFrame } from "../../plan/expr/unresolved.js";
import type { DataType } from "../../types/data-type.js";
import { sqlTypeName } from "../../types/type-strings.js";

/** A bound's position for ordering bounds (null: an interval or other non-numeric offset). */
function position(b: RFrameBound): number | null {
  switch (b.kind) {
    case "unbounded_preceding":
      return -Infinity;
    case "unbounded_following":
      return Infinity;
    case "current_row":
      return 0;
    default: {
      const t = b.offsetType;
      if (t?.kind === "decimal") return Number(b.offset as bigint) / 10 ** t.scale;
      return typeof b.offset === "number" || typeof b.offset === "bigint" ? Number(b.offset) : null;
    }
  }
}

const boundSql = (b: RFrameBound): string =>
  b.kind === "offset"
    ? `${String(position(b) ?? "").replace(/^-/, "")} ${String(position(b)).startsWith("-") ? "PRECEDING" : "FOLLOWING"}`
    : b.kind.replace("_", " ").toUpperCase();

const RANGE_KEY_KINDS = new Set(["byte", "short", "integer", "long", "float", "double", "decimal", "date", "timestamp", "timestamp_ntz", "year_month_interval", "day_time_interval"]);

/** `orderTypes`: the ORDER BY keys' types. */
export function checkFrame(frame: RWindow["frame"], orderTypes: readonly DataType[], specSql: string): void {
  const { frameType, lower, upper } = frame;
  const valueBounds = frameType === "range" && (lower.kind === "offset" || upper.kind === "offset");
  if (valueBounds && orderTypes.length > 1) {
    throw new AnalysisException("DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER", { sqlExpr: `"(${specSql})"`, orderSpec: "" });
  }
  if (valueBounds && orderTypes.length === 1 && !RANGE_KEY_KINDS.has(orderTypes[0]!.kind)) {
    throw new AnalysisException("DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", {
      sqlExpr: `"RANGE BETWEEN ${boundSql(lower)} AND ${boundSql(upper)}"`,
      location: "lower",
      exprType: `"${sqlTypeName(orderTypes[0]!)}"`,
      expectedType: '("NUMERIC" or "INTERVAL DAY TO SECOND" or "INTERVAL YEAR TO MONTH" or "INTERVAL")',
    });
  }
  const lo = position(lower);
  const hi = position(upper);
  if (lo !== null && hi !== null && lo > hi) {
    const frameSql = `${frameType === "rows" ? "ROWS" : "RANGE"} BETWEEN ${boundSql(lower)} AND ${boundSql(upper)}`;
    throw new AnalysisException("DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON", {
      sqlExpr: `"${frameSql}"`,
      comparison: "less than or equal",
    });
  }
}

const RANKING = new Set(["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile"]);

/** lag/lead take no frame; ranking functions only their own (ROWS UNBOUNDED PRECEDING to
 *  CURRENT ROW). `frame` is the frame as written, if any. */
export function checkWindowFunctionFrame(name: string, frame: WindowFrame | undefined): void {
  if (!frame) return;
  if (name === "lag" || name === "lead") {
    throw new AnalysisException("_LEGACY_ERROR_TEMP_1035", { prettyName: name });
  }
  const own = frame.frameType === "rows" && frame.lower.kind === "unbounded_preceding" && frame.upper.kind === "current_row";
  if (RANKING.has(name) && !own) {
    throw new AnalysisException("_LEGACY_ERROR_TEMP_1036", {
      wf: `specifiedwindowframe(${frame.frameType === "rows" ? "RowFrame" : "RangeFrame"}, ...)`,
      required: "specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())",
    });
  }
}
