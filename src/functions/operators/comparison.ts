// Comparison operators: = (==), != (<>), <, <=, >, >=, and the null-safe <=>. Operands are cast
// to one common type; values compare as Spark compares them (compare-values.ts): NaN = NaN and
// NaN above everything, -0.0 = 0.0, strings in UTF-8 byte order, false < true, arrays and
// structs element-wise. Maps (and types containing maps) are not comparable.

import type { ArgInfo, BoundScalar, ScalarFunctionDef } from "../function-definition.js";
import { coerceBinaryOperands } from "../../plan/analyzer/type-coercion/binary-operands.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { BooleanType, type DataType } from "../../types/data-type.js";
import { checkArity, typeSql } from "../misc/bind-helpers.js";
import { comparatorFor, equalityFor } from "./compare-values.js";
import { binaryOpDiffTypes, binarySql } from "./operator-errors.js";

type Cmp = "=" | "!=" | "<" | "<=" | ">" | ">=";

const containsMap = (t: DataType): boolean =>
  t.kind === "map" ||
  (t.kind === "array" && containsMap(t.elementType)) ||
  (t.kind === "struct" && t.fields.some((f) => containsMap(f.dataType)));

const NUMBER_KINDS = new Set(["byte", "short", "integer", "date", "year_month_interval"]);
const BIGINT_KINDS = new Set(["long", "timestamp", "timestamp_ntz", "day_time_interval", "decimal"]);

/** JS source comparing two simple operands (identifiers/literals) of `t`, or undefined. */
function inlineFor(op: Cmp, t: DataType): ((args: readonly string[]) => string) | undefined {
  if (NUMBER_KINDS.has(t.kind) || BIGINT_KINDS.has(t.kind)) {
    const js = op === "=" ? "===" : op === "!=" ? "!==" : op;
    return ([a, b]) => `(${a} ${js} ${b})`;
  }
  if (t.kind === "double" || t.kind === "float") {
    switch (op) {
      case "=":
        return ([a, b]) => `(${a} === ${b} || (${a} !== ${a} && ${b} !== ${b}))`;
      case "!=":
        return ([a, b]) => `!(${a} === ${b} || (${a} !== ${a} && ${b} !== ${b}))`;
      case "<":
        return ([a, b]) => `(${a} < ${b} || (${b} !== ${b} && ${a} === ${a}))`;
      case "<=":
        return ([a, b]) => `(${a} <= ${b} || ${b} !== ${b})`;
      case ">":
        return ([a, b]) => `(${a} > ${b} || (${a} !== ${a} && ${b} === ${b}))`;
      case ">=":
        return ([a, b]) => `(${a} >= ${b} || ${a} !== ${a})`;
    }
  }
  if (t.kind === "boolean" && (op === "=" || op === "!=")) return ([a, b]) => `(${a} ${op === "=" ? "===" : "!=="} ${b})`;
  return undefined;
}

function operandType(symbol: string, args: readonly ArgInfo[]): DataType {
  checkArity(symbol, args, 2);
  const c = coerceBinaryOperands(symbol, args[0]!, args[1]!);
  if (c === null) throw binaryOpDiffTypes(symbol, args);
  if (containsMap(c.left)) {
    throw new AnalysisException("DATATYPE_MISMATCH.INVALID_ORDERING_TYPE", {
      sqlExpr: binarySql(symbol, args),
      functionName: "`" + symbol + "`",
      dataType: typeSql(args[0]!.dataType),
    });
  }
  return c.left;
}

function defineComparison(name: string, aliases: readonly string[], op: Cmp): ScalarFunctionDef {
  return {
    kind: "scalar",
    name,
    ...(aliases.length ? { aliases } : {}),
    bind(args): BoundScalar {
      const t = operandType(name, args);
      let kernel: (a: any, b: any) => boolean;
      if (op === "=" || op === "!=") {
        const eq = equalityFor(t);
        kernel = op === "=" ? eq : (a, b) => !eq(a, b);
      } else {
        const cmp = comparatorFor(t);
        kernel =
          op === "<" ? (a, b) => cmp(a, b) < 0 : op === "<=" ? (a, b) => cmp(a, b) <= 0 : op === ">" ? (a, b) => cmp(a, b) > 0 : (a, b) => cmp(a, b) >= 0;
      }
      const inline = inlineFor(op, t);
      return {
        returnType: BooleanType(),
        nullable: false,
        nullIntolerant: true,
        inputTypes: [t, t],
        kernel,
        ...(inline ? { inline } : {}),
      };
    },
  };
}

export const equalTo = defineComparison("=", ["=="], "=");
export const notEqualTo = defineComparison("!=", ["<>"], "!=");
export const lessThan = defineComparison("<", [], "<");
export const lessThanOrEqual = defineComparison("<=", [], "<=");
export const greaterThan = defineComparison(">", [], ">");
export const greaterThanOrEqual = defineComparison(">=", [], ">=");

/** `<=>` (and equal_null): true when both are null, false when one is, else `=`; never null. */
export const equalNullSafe: ScalarFunctionDef = {
  kind: "scalar",
  name: "<=>",
  aliases: ["equal_null"],
  bind(args) {
    const t = operandType("<=>", args);
    const eq = equalityFor(t);
    return {
      returnType: BooleanType(),
      nullable: false,
      nullIntolerant: false,
      inputTypes: [t, t],
      kernel: (a: unknown, b: unknown) => (a === null ? b === null : b === null ? false : eq(a, b)),
    };
  },
};
