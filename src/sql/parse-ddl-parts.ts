// Pieces shared by DDL statements: property lists (OPTIONS / TBLPROPERTIES), partition specs,
// table column definitions (with NOT NULL, COMMENT, DEFAULT, GENERATED ALWAYS AS).

import type { Expr } from "../plan/expr/unresolved.js";
import { StructField } from "../types/data-type.js";
import { parseExpr } from "./parse-expression.js";
import { parseDataTypeAt } from "./parse-datatype.js";
import { parseStringValue } from "./parse-literal.js";
import type { SqlParser } from "./parser-core.js";

/** `(key [=] value, ...)`; keys are dotted identifiers or strings, values strings/numbers/booleans. */
export function parsePropertyList(p: SqlParser, keysOnly = false): Record<string, string> {
  p.expectOp("(");
  const out: Record<string, string> = {};
  if (!p.isOp(")")) {
    do {
      // one string token: `'k' 'v'` is a key and a value, not adjacent literals
      const key = p.peek().type === "string" ? p.next().value : p.multipartIdentifier(true).join(".");
      if (keysOnly) {
        out[key] = "";
        continue;
      }
      p.acceptOp("=");
      out[key] = propertyValue(p);
    } while (p.acceptOp(","));
  }
  p.expectOp(")");
  return out;
}

function propertyValue(p: SqlParser): string {
  const t = p.peek();
  if (t.type === "string") return parseStringValue(p);
  if (p.acceptOp("-")) {
    const n = p.next();
    if (n.type !== "number") p.fail(n);
    return "-" + n.text;
  }
  if (t.type === "number") return p.next().text;
  if (t.type === "word" && (t.value === "TRUE" || t.value === "FALSE")) return p.next().value.toLowerCase();
  if (t.type === "word" || t.type === "qident") return p.identifier(true);
  return p.fail(t);
}

/** `PARTITION (k = v, k2)` — values are literals (undefined for dynamic partitions). */
export function parsePartitionSpec(p: SqlParser): Record<string, Expr | undefined> {
  p.expectWord("PARTITION");
  p.expectOp("(");
  const out: Record<string, Expr | undefined> = {};
  do {
    const key = p.errorCapturingIdentifier(true);
    out[key] = p.acceptOp("=") ? parseExpr(p) : undefined;
  } while (p.acceptOp(","));
  p.expectOp(")");
  return out;
}

/** Function names in DESCRIBE FUNCTION: 'name', name, db.name, or an operator like `+`. */
export function parseStringOrIdentifier(p: SqlParser): string {
  const t = p.peek();
  if (t.type === "string") return parseStringValue(p);
  if (t.type === "op") return p.next().text;
  return p.multipartIdentifier(true).join(".");
}

/**
 * A table column: `name type [NOT NULL] [COMMENT 'c'] [DEFAULT expr] [GENERATED ALWAYS AS (expr)]`.
 * Defaults are kept as their SQL text in metadata CURRENT_DEFAULT (as Spark stores them).
 */
export function parseColumnDefinition(p: SqlParser): StructField {
  const name = p.errorCapturingIdentifier(true);
  const dataType = parseDataTypeAt(p);
  let nullable = true;
  const metadata: Record<string, unknown> = {};
  for (;;) {
    if (p.acceptWords("NOT", "NULL")) nullable = false;
    else if (p.acceptWord("NULL")) nullable = true;
    else if (p.acceptWord("COMMENT")) metadata.comment = parseStringValue(p);
    else if (p.acceptWord("DEFAULT")) {
      const start = p.peek();
      parseExpr(p);
      metadata.CURRENT_DEFAULT = p.sql.slice(start.offset, p.prev().end);
    } else if (p.acceptWords("GENERATED", "ALWAYS", "AS")) {
      p.expectOp("(");
      const start = p.peek();
      parseExpr(p);
      metadata["generationExpression"] = p.sql.slice(start.offset, p.peek().offset).trim();
      p.expectOp(")");
    } else break;
  }
  return StructField(name, dataType, nullable, Object.keys(metadata).length > 0 ? metadata : undefined);
}
