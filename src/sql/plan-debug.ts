// Compact, deterministic text form of unresolved plans and expressions, for tests and debugging.
//   Project [a, (b + 1) AS c]
//     Filter (a > 1)
//       ReadTable t
// Literals show their type by suffix as Spark's SQL does (1L, 1S, 1Y, 1.5D, 1.5F, 1.5BD).

import type { Expr, FrameBoundary, SortOrder, WindowExpr } from "../plan/expr/unresolved.js";
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import type { DataType } from "../types/data-type.js";
import { Decimal } from "../values/decimal.js";
import { CalendarInterval, DayTimeInterval, YearMonthInterval } from "../values/interval.js";
import { SparkDate } from "../values/spark-date.js";
import { Timestamp, TimestampNTZ } from "../values/timestamp.js";

const INFIX = new Set(["+", "-", "*", "/", "%", "div", "==", "!=", "<", "<=", ">", ">=", "<=>", "and", "or", "&", "|", "^"]);

const quoteName = (n: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : "`" + n.replace(/`/g, "``") + "`");

export function typeToString(t: DataType): string {
  switch (t.kind) {
    case "decimal":
      return `decimal(${t.precision},${t.scale})`;
    case "char":
    case "varchar":
      return `${t.kind}(${t.length})`;
    case "array":
      return `array<${typeToString(t.elementType)}>`;
    case "map":
      return `map<${typeToString(t.keyType)},${typeToString(t.valueType)}>`;
    case "struct":
      return `struct<${t.fields.map((f) => `${quoteName(f.name)}:${typeToString(f.dataType)}${f.nullable ? "" : " not null"}`).join(",")}>`;
    case "year_month_interval": {
      const n = ["year", "month"];
      return t.startField === t.endField ? `interval ${n[t.startField]}` : `interval ${n[t.startField]} to ${n[t.endField]}`;
    }
    case "day_time_interval": {
      const n = ["day", "hour", "minute", "second"];
      return t.startField === t.endField ? `interval ${n[t.startField]}` : `interval ${n[t.startField]} to ${n[t.endField]}`;
    }
    case "integer":
      return "int";
    case "long":
      return "bigint";
    case "short":
      return "smallint";
    case "byte":
      return "tinyint";
    case "null":
      return "void";
    default:
      return t.kind;
  }
}

function literalToString(value: unknown, t: DataType): string {
  if (value === null || value === undefined) return "NULL";
  switch (t.kind) {
    case "string":
      return `'${String(value).replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
    case "long":
      return `${value}L`;
    case "short":
      return `${value}S`;
    case "byte":
      return `${value}Y`;
    case "double":
      return `${value}D`;
    case "float":
      return `${value}F`;
    case "decimal":
      return `${(value as Decimal).toString()}BD`;
    case "binary":
      return `X'${Array.from(value as Uint8Array, (b) => b.toString(16).padStart(2, "0").toUpperCase()).join("")}'`;
    case "date":
      return `DATE(${(value as SparkDate).days})`;
    case "timestamp":
      return `TIMESTAMP(${(value as Timestamp).micros})`;
    case "timestamp_ntz":
      return `TIMESTAMP_NTZ(${(value as TimestampNTZ).micros})`;
    case "year_month_interval":
      return `INTERVAL(${(value as YearMonthInterval).months} months: ${typeToString(t)})`;
    case "day_time_interval":
      return `INTERVAL(${(value as DayTimeInterval).micros} us: ${typeToString(t)})`;
    case "calendar_interval": {
      const c = value as CalendarInterval;
      return `INTERVAL(${c.months}m ${c.days}d ${c.micros}us)`;
    }
    default:
      return String(value);
  }
}

function boundaryToString(b: FrameBoundary): string {
  switch (b.kind) {
    case "unbounded_preceding":
      return "UNBOUNDED PRECEDING";
    case "unbounded_following":
      return "UNBOUNDED FOLLOWING";
    case "current_row":
      return "CURRENT ROW";
    default:
      return exprToString(b.value);
  }
}

function windowToString(w: WindowExpr): string {
  const parts: string[] = [];
  if (w.windowName !== undefined) parts.push(w.windowName);
  if (w.partitionSpec.length) parts.push(`PARTITION BY ${w.partitionSpec.map(exprToString).join(", ")}`);
  if (w.orderSpec.length) parts.push(`ORDER BY ${w.orderSpec.map(exprToString).join(", ")}`);
  if (w.frame) {
    parts.push(`${w.frame.frameType.toUpperCase()} BETWEEN ${boundaryToString(w.frame.lower)} AND ${boundaryToString(w.frame.upper)}`);
  }
  return `${exprToString(w.fn)} OVER (${parts.join(" ")})`;
}

export function exprToString(e: Expr): string {
  switch (e.kind) {
    case "literal":
      return literalToString(e.value, e.dataType);
    case "unresolved_attribute":
      return e.nameParts.map(quoteName).join(".");
    case "unresolved_star":
      return e.target ? `${e.target.map(quoteName).join(".")}.*` : "*";
    case "unresolved_function": {
      const a = e.args.map(exprToString);
      let s: string;
      if (INFIX.has(e.name) && a.length === 2) s = `(${a[0]} ${e.name.toUpperCase() === e.name ? e.name : e.name.toUpperCase()} ${a[1]})`;
      else if (e.name === "not" && a.length === 1) s = `(NOT ${a[0]})`;
      else if ((e.name === "negative" || e.name === "-") && a.length === 1) s = `(- ${a[0]})`;
      else s = `${e.name}(${e.isDistinct ? "DISTINCT " : ""}${a.join(", ")})`;
      if (e.ignoreNulls !== undefined) s += e.ignoreNulls ? " IGNORE NULLS" : " RESPECT NULLS";
      if (e.filter) s += ` FILTER (WHERE ${exprToString(e.filter)})`;
      return s;
    }
    case "alias":
      return `${exprToString(e.child)} AS ${e.names.length === 1 ? quoteName(e.names[0]!) : `(${e.names.map(quoteName).join(", ")})`}`;
    case "cast":
      return `${e.evalMode === "try" ? "TRY_CAST" : "CAST"}(${exprToString(e.child)} AS ${typeToString(e.dataType)})`;
    case "sort_order":
      return sortToString(e);
    case "window":
      return windowToString(e);
    case "lambda_function":
      return `(${e.args.map((a) => a.name).join(", ")}) -> ${exprToString(e.fn)}`;
    case "lambda_variable":
      return `lambdavar(${e.name})`;
    case "unresolved_extract_value":
      return `${exprToString(e.child)}[${exprToString(e.extraction)}]`;
    case "expression_string":
      return `expr(${e.expression})`;
    case "subquery":
      return `${e.subqueryType}-subquery${e.values ? `(${e.values.map(exprToString).join(", ")})` : ""}{${planToString(e.plan, true)}}`;
    case "user_function":
      return `udf:${e.name}(${e.args.map(exprToString).join(", ")})`;
  }
}

function sortToString(s: SortOrder): string {
  return `${exprToString(s.child)} ${s.direction.toUpperCase()} ${s.nullOrdering === "nulls_first" ? "NULLS FIRST" : "NULLS LAST"}`;
}

const list = (es: readonly Expr[]): string => `[${es.map(exprToString).join(", ")}]`;

function nodeLine(p: LogicalPlan): { line: string; children: LogicalPlan[] } {
  switch (p.kind) {
    case "read_table":
      return { line: `ReadTable ${p.nameParts.map(quoteName).join(".")}`, children: [] };
    case "read_files":
      return { line: `ReadFiles ${p.format} [${p.paths.join(", ")}]`, children: [] };
    case "local_relation": {
      if (p.schema.fields.length === 0 && p.rows.length === 1) return { line: "OneRowRelation", children: [] };
      const cols = p.schema.fields.map((f) => `${quoteName(f.name)}:${typeToString(f.dataType)}`).join(", ");
      const rows = p.rows
        .map((r) => `(${r.map((v, k) => literalToString(v, p.schema.fields[k]!.dataType)).join(", ")})`)
        .join(", ");
      return { line: `LocalRelation [${cols}] ${rows}`, children: [] };
    }
    case "range":
      return { line: `Range (${p.start}, ${p.end}, step=${p.step}${p.numPartitions !== undefined ? `, splits=${p.numPartitions}` : ""})`, children: [] };
    case "project":
      return { line: `Project ${list(p.expressions)}`, children: [p.input] };
    case "filter":
      return { line: `Filter ${exprToString(p.condition)}`, children: [p.input] };
    case "aggregate": {
      let line = `Aggregate ${p.groupType}`;
      if (p.groupByAll) line += " ALL";
      else line += ` ${list(p.groupingExpressions)}`;
      if (p.groupingSets) line += ` sets=[${p.groupingSets.map((s) => list(s)).join(", ")}]`;
      if (p.pivot) line += ` pivot=${exprToString(p.pivot.col)} IN ${p.pivot.values ? list(p.pivot.values) : "?"}`;
      line += ` ${list(p.aggregateExpressions)}`;
      if (p.having) line += ` having=${exprToString(p.having)}`;
      return { line, children: [p.input] };
    }
    case "sort":
      return { line: `Sort${p.isGlobal ? "" : " local"} [${p.order.map(sortToString).join(", ")}]`, children: [p.input] };
    case "limit":
      return { line: `Limit ${p.limit}`, children: [p.input] };
    case "offset":
      return { line: `Offset ${p.offset}`, children: [p.input] };
    case "tail":
      return { line: `Tail ${p.limit}`, children: [p.input] };
    case "join": {
      let line = `Join ${p.natural ? "natural " : ""}${p.joinType}`;
      if (p.condition) line += ` ON ${exprToString(p.condition)}`;
      if (p.usingColumns) line += ` USING (${p.usingColumns.join(", ")})`;
      return { line, children: [p.left, p.right] };
    }
    case "set_operation":
      return {
        line: `${p.opType[0]!.toUpperCase()}${p.opType.slice(1)}${p.isAll ? " ALL" : ""}${p.byName ? " BY NAME" : ""}`,
        children: [p.left, p.right],
      };
    case "deduplicate":
      return { line: p.allColumnsAsKeys ? "Distinct" : `Deduplicate [${(p.columnNames ?? []).join(", ")}]`, children: [p.input] };
    case "subquery_alias":
      return { line: `SubqueryAlias ${quoteName(p.alias)}${p.columnAliases ? `(${p.columnAliases.map(quoteName).join(", ")})` : ""}`, children: [p.input] };
    case "repartition_by_expression":
      return { line: `RepartitionByExpression ${list(p.partitionExprs)}`, children: [p.input] };
    case "sample":
      return { line: `Sample ${p.lowerBound}, ${p.upperBound}, ${p.withReplacement}`, children: [p.input] };
    case "unpivot":
      return {
        line: `Unpivot ids=${p.implicitIds ? "*" : list(p.ids)} values=${p.values ? list(p.values) : "?"} ${p.variableColumnName}, ${p.valueColumnName}${p.excludeNulls ? " exclude-nulls" : ""}`,
        children: [p.input],
      };
    case "hint":
      return { line: `Hint ${p.name} ${list(p.parameters)}`, children: [p.input] };
    case "with_cte":
      return {
        line: `WithCTE [${p.ctes.map((c) => `${quoteName(c.name)}${c.columnAliases ? `(${c.columnAliases.join(", ")})` : ""}`).join(", ")}]`,
        children: [...p.ctes.map((c) => c.plan), p.input],
      };
    case "generate":
      return {
        line: `Generate ${exprToString(p.generator)}${p.outer ? " outer" : ""}${p.tableAlias !== undefined ? ` ${quoteName(p.tableAlias)}` : ""} [${p.columnAliases.map(quoteName).join(", ")}]`,
        children: [p.input],
      };
    default:
      return { line: p.kind, children: "input" in p ? [(p as { input: LogicalPlan }).input] : [] };
  }
}

/** Multi-line tree (two spaces per level); `oneLine` joins it as "A <- B" / "Join (...) (...)". */
export function planToString(p: LogicalPlan, oneLine = false): string {
  const { line, children } = nodeLine(p);
  if (oneLine) {
    if (children.length === 0) return line;
    if (children.length === 1) return `${line} <- ${planToString(children[0]!, true)}`;
    return `${line} ${children.map((c) => `(${planToString(c, true)})`).join(" ")}`;
  }
  const lines = [line];
  for (const c of children) for (const l of planToString(c).split("\n")) lines.push("  " + l);
  return lines.join("\n");
}
