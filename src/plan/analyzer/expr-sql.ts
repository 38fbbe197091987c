// How Spark prints resolved expressions in generated column names (toPrettySQL):
// `(valor * qtd)`, `sum(total)`, `count(1)`, `(NOT (a = b))`, `CASE WHEN ... END`.
// Implicit casts added by type coercion are invisible, as in Spark.

import { sparkCallName } from "./function-names.js";
import type { DataType } from "../../types/data-type.js";
import type { RExpr } from "../expr/resolved.js";
import { toPrettyString } from "../../exec/cast/pretty-string.js";

const BINARY_SQL: Record<string, string> = {
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  "%": "%",
  div: "div",
  "==": "=",
  "=": "=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "<=>": "<=>",
  "&": "&",
  "|": "|",
  "^": "^",
};

const TRIM_SIDES: Record<string, string> = { trim: "BOTH", ltrim: "LEADING", rtrim: "TRAILING" };

/** SQL text of a function call given its arguments' SQL. */
export function callSql(name: string, args: readonly string[], distinct = false): string {
  const lower = name.toLowerCase();
  if (args.length === 2 && lower in BINARY_SQL) return `(${args[0]} ${BINARY_SQL[lower]} ${args[1]})`;
  if (args.length === 2 && (lower === "!=" || lower === "<>")) return `(NOT (${args[0]} = ${args[1]}))`;
  if (args.length === 1 && lower === "-") return `(- ${args[0]})`;
  if (args.length === 1 && lower === "positive") return `(+ ${args[0]})`;
  if (args.length === 1 && lower === "~") return `~${args[0]}`;
  if (lower === "like" && args.length === 2) return `${args[0]} LIKE ${args[1]}`;
  if (lower === "ilike" && args.length === 2) return `ilike(${args[0]}, ${args[1]})`;
  if (lower === "rlike" && args.length === 2) return `RLIKE(${args[0]}, ${args[1]})`;
  // first/last print without their ignoreNulls argument; extract in its FROM form
  if (args.length === 2 && (lower === "first" || lower === "last")) return `${lower}(${distinct ? "DISTINCT " : ""}${args[0]})`;
  if (args.length === 2 && lower === "extract") return `extract(${args[0]} FROM ${args[1]})`;
  // trim(trimStr, str) and the TRIM(BOTH|LEADING|TRAILING x FROM s) syntax print alike
  if (args.length === 2 && lower in TRIM_SIDES) return `TRIM(${TRIM_SIDES[lower]} ${args[0]} FROM ${args[1]})`;
  const pretty = sparkCallName(lower, args);
  return `${pretty.name}(${distinct ? "DISTINCT " : ""}${pretty.args.join(", ")})`;
}

export function literalSql(value: unknown, dataType: DataType): string {
  if (value === null || value === undefined) return "NULL";
  switch (dataType.kind) {
    case "string":
    case "char":
    case "varchar":
      return String(value);
    case "long":
    case "integer":
    case "short":
    case "byte":
      return String(value);
    case "double":
    case "float":
      // Java's Double.toString / Float.toString, as the value prints: 1.0E10, 1.0E-5.
      return toPrettyString(value, dataType, "UTC");
    case "date":
      return `DATE '${toPrettyString(value, dataType, "UTC")}'`;
    case "year_month_interval":
    case "day_time_interval":
      return toPrettyString(value, dataType, "UTC");
    case "boolean":
      return value ? "true" : "false";
    case "binary":
      return "X'" + Buffer.from(value as Uint8Array).toString("hex").toUpperCase() + "'";
    case "decimal": {
      const u = value as bigint;
      const s = dataType.scale;
      if (s === 0) return u.toString();
      const neg = u < 0n;
      const digits = (neg ? -u : u).toString().padStart(s + 1, "0");
      return (neg ? "-" : "") + digits.slice(0, digits.length - s) + "." + digits.slice(digits.length - s);
    }
    default:
      return String(value);
  }
}

function formatFloating(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(x) && Math.abs(x) < 1e7) return x.toFixed(1);
  return String(x);
}

export function sqlTypeText(t: DataType): string {
  switch (t.kind) {
    case "integer":
      return "INT";
    case "long":
      return "BIGINT";
    case "short":
      return "SMALLINT";
    case "byte":
      return "TINYINT";
    case "decimal":
      return `DECIMAL(${t.precision},${t.scale})`;
    case "char":
      return `CHAR(${t.length})`;
    case "varchar":
      return `VARCHAR(${t.length})`;
    case "timestamp_ntz":
      return "TIMESTAMP_NTZ";
    case "null":
      return "VOID";
    case "array":
      return `ARRAY<${sqlTypeText(t.elementType)}>`;
    case "map":
      return `MAP<${sqlTypeText(t.keyType)}, ${sqlTypeText(t.valueType)}>`;
    case "struct":
      return `STRUCT<${t.fields.map((f) => `${f.name}: ${sqlTypeText(f.dataType)}`).join(", ")}>`;
    case "year_month_interval":
      return "INTERVAL YEAR TO MONTH";
    case "day_time_interval":
      return "INTERVAL DAY TO SECOND";
    case "calendar_interval":
      return "INTERVAL";
    default:
      return t.kind.toUpperCase();
  }
}

/** The printed form of a resolved expression. */
export function exprSql(e: RExpr): string {
  const display = (e as { displaySql?: string }).displaySql;
  if (display !== undefined) return display;
  switch (e.kind) {
    case "attribute":
    case "bound_ref":
      return e.name;
    case "literal":
      return literalSql(e.value, e.dataType);
    case "call":
    case "aggregate":
    case "window":
      return e.sql;
    case "cast":
      return (e as { implicit?: boolean }).implicit
        ? exprSql(e.child)
        : `${e.evalMode === "try" ? "TRY_CAST" : "CAST"}(${exprSql(e.child)} AS ${sqlTypeText(e.dataType)})`;
    case "and":
      return `(${exprSql(e.left)} AND ${exprSql(e.right)})`;
    case "or":
      return `(${exprSql(e.left)} OR ${exprSql(e.right)})`;
    case "not":
      return `(NOT ${exprSql(e.child)})`;
    case "is_null":
      return `(${exprSql(e.child)} IS NULL)`;
    case "is_not_null":
      return `(${exprSql(e.child)} IS NOT NULL)`;
    case "case_when":
      return (
        "CASE" +
        e.branches.map((b) => ` WHEN ${exprSql(b.condition)} THEN ${exprSql(b.value)}`).join("") +
        (e.elseValue ? ` ELSE ${exprSql(e.elseValue)}` : "") +
        " END"
      );
    case "coalesce":
      return `coalesce(${e.args.map(exprSql).join(", ")})`;
    case "in":
      return `(${exprSql(e.value)} IN (${e.list.map(exprSql).join(", ")}))`;
    case "udf":
      return `${e.name}(${e.args.map(exprSql).join(", ")})`;
    case "alias":
      return e.name;
    case "lambda_var":
      return e.name;
    case "lambda":
      return `lambdafunction(${exprSql(e.body)}, ${e.params.map((p) => p.name).join(", ")})`;
    case "higher_order":
      return `${e.name}(${[...e.args.map(exprSql), ...e.lambdas.map(exprSql)].join(", ")})`;
    case "generator":
      return `${e.name}(${e.args.map(exprSql).join(", ")})`;
    case "scalar_subquery":
      return `scalarsubquery()`;
  }
}
