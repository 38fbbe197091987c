// Statements: queries (optionally under EXPLAIN), DDL (views, tables, databases), INSERT,
// DESCRIBE / SHOW, SET / RESET, cache commands, USE, REFRESH, TRUNCATE, ANALYZE, ALTER TABLE.

import { StructType, type StructField } from "../types/data-type.js";
import { parseColumnDefinition, parsePartitionSpec, parsePropertyList, parseStringOrIdentifier } from "./parse-ddl-parts.js";
import { parseStringValue } from "./parse-literal.js";
import { isQueryStart, parseIdentifierList, parseQueryBody } from "./parse-query.js";
import type { SqlParser } from "./parser-core.js";
import type { ExplainMode, Statement } from "./statement.js";

export function parseStatementAt(p: SqlParser): Statement {
  const t = p.peek();
  if (isQueryStart(p, 0)) return { kind: "query", plan: parseQueryBody(p) };
  if (t.type !== "word") return p.fail(t);
  switch (t.value) {
    case "EXPLAIN":
      return parseExplain(p);
    case "CREATE":
    case "REPLACE":
      return parseCreate(p);
    case "INSERT":
      return parseInsert(p);
    case "DROP":
      return parseDrop(p);
    case "DESCRIBE":
    case "DESC":
      return parseDescribe(p);
    case "SHOW":
      return parseShow(p);
    case "SET":
      return parseSet(p);
    case "RESET": {
      p.next();
      const raw = restOfStatement(p).trim();
      return raw === "" ? { kind: "reset" } : { kind: "reset", key: stripBackquotes(raw) };
    }
    case "CACHE":
      return parseCache(p);
    case "UNCACHE": {
      p.next();
      p.expectWord("TABLE");
      const ifExists = p.acceptWords("IF", "EXISTS");
      return { kind: "uncache_table", name: p.multipartIdentifier(), ifExists };
    }
    case "CLEAR":
      p.next();
      p.expectWord("CACHE");
      return { kind: "clear_cache" };
    case "USE":
      p.next();
      if (p.isAnyWord(["NAMESPACE", "DATABASE", "SCHEMA"]) && (p.peek(1).type === "word" || p.peek(1).type === "qident")) p.next();
      return { kind: "use", namespace: p.multipartIdentifier() };
    case "REFRESH":
      p.next();
      if (p.peek().type === "string") return { kind: "refresh_path", path: parseStringValue(p) };
      p.acceptWord("TABLE");
      return { kind: "refresh_table", name: p.multipartIdentifier() };
    case "TRUNCATE": {
      p.next();
      p.expectWord("TABLE");
      const name = p.multipartIdentifier();
      const partition = p.isWord("PARTITION") ? parsePartitionSpec(p) : undefined;
      return { kind: "truncate_table", name, ...(partition ? { partition } : {}) };
    }
    case "ANALYZE":
      return parseAnalyze(p);
    case "ALTER":
      return parseAlter(p);
    default:
      return p.fail(t);
  }
}

/** Source text from the cursor to the end of the statement (`;` or end of input); moves there. */
function restOfStatement(p: SqlParser): string {
  const start = p.peek().offset;
  while (!p.atEnd() && !p.isOp(";")) p.next();
  return p.sql.slice(start, p.peek().offset);
}

const stripBackquotes = (s: string): string => (/^`.*`$/s.test(s) ? s.slice(1, -1).replace(/``/g, "`") : s);

function parseExplain(p: SqlParser): Statement {
  p.expectWord("EXPLAIN");
  let mode: ExplainMode = "simple";
  const m = p.peek();
  if (m.type === "word" && ["EXTENDED", "FORMATTED", "CODEGEN", "COST", "LOGICAL"].includes(m.value) && !isQueryStart(p, 0)) {
    p.next();
    mode = m.value === "LOGICAL" ? "extended" : (m.value.toLowerCase() as ExplainMode);
  }
  return { kind: "explain", mode, statement: parseStatementAt(p) };
}

function parseSet(p: SqlParser): Statement {
  const setTok = p.next();
  if (p.isWords("TIME", "ZONE")) {
    p.pos += 2;
    const key = "spark.sql.session.timeZone";
    if (p.acceptWord("LOCAL")) return { kind: "set", key, value: Intl.DateTimeFormat().resolvedOptions().timeZone };
    if (p.peek().type === "string") return { kind: "set", key, value: parseStringValue(p) };
    const raw = restOfStatement(p).trim();
    return { kind: "set", key, value: raw };
  }
  const raw = restOfStatement(p).trim();
  if (raw === "") return { kind: "set" };
  if (raw === "-v") return { kind: "set", verbose: true };
  const eq = raw.startsWith("`") ? raw.indexOf("=", raw.indexOf("`", 1)) : raw.indexOf("=");
  const key = stripBackquotes((eq < 0 ? raw : raw.slice(0, eq)).trim());
  if (key === "" || (/\s/.test(key) && !raw.startsWith("`"))) {
    p.contextError("INVALID_SET_SYNTAX", {}, setTok, p.prev());
  }
  if (eq < 0) return { kind: "set", key };
  return { kind: "set", key, value: stripBackquotes(raw.slice(eq + 1).trim()) };
}

function parseCreate(p: SqlParser): Statement {
  let replace = false;
  if (p.acceptWord("REPLACE")) {
    replace = true;
  } else {
    p.expectWord("CREATE");
    if (p.acceptWords("OR", "REPLACE")) replace = true;
  }
  const global = p.acceptWord("GLOBAL");
  const temporary = p.acceptWord("TEMPORARY") || p.acceptWord("TEMP");
  if (p.acceptWord("VIEW")) return parseCreateView(p, replace, temporary, global);
  if (global || temporary) p.fail();
  if (p.isAnyWord(["DATABASE", "SCHEMA", "NAMESPACE"])) {
    p.next();
    const ifNotExists = p.acceptWords("IF", "NOT", "EXISTS");
    const name = p.multipartIdentifier();
    let comment: string | undefined;
    let location: string | undefined;
    let properties: Record<string, string> = {};
    for (;;) {
      if (p.acceptWord("COMMENT")) comment = parseStringValue(p);
      else if (p.acceptWord("LOCATION")) location = parseStringValue(p);
      else if (p.acceptWords("WITH", "DBPROPERTIES") || p.acceptWords("WITH", "PROPERTIES")) properties = parsePropertyList(p);
      else break;
    }
    return {
      kind: "create_database", name, ifNotExists, properties,
      ...(comment !== undefined ? { comment } : {}), ...(location !== undefined ? { location } : {}),
    };
  }
  const external = p.acceptWord("EXTERNAL");
  p.expectWord("TABLE");
  return parseCreateTable(p, replace, external);
}

function parseCreateView(p: SqlParser, replace: boolean, temporary: boolean, global: boolean): Statement {
  const ifNotExists = p.acceptWords("IF", "NOT", "EXISTS");
  const name = p.multipartIdentifier();
  let columns: { name: string; comment?: string }[] | undefined;
  if (p.acceptOp("(")) {
    columns = [];
    do {
      const col = p.errorCapturingIdentifier(true);
      columns.push(p.acceptWord("COMMENT") ? { name: col, comment: parseStringValue(p) } : { name: col });
    } while (p.acceptOp(","));
    p.expectOp(")");
  }
  let comment: string | undefined;
  let properties: Record<string, string> = {};
  for (;;) {
    if (p.acceptWord("COMMENT")) comment = parseStringValue(p);
    else if (p.acceptWord("TBLPROPERTIES")) properties = parsePropertyList(p);
    else break;
  }
  p.expectWord("AS");
  const start = p.peek();
  const query = parseQueryBody(p);
  const queryText = p.sql.slice(start.offset, p.prev().end);
  return {
    kind: "create_view", name, query, queryText, replace, ifNotExists, temporary, global, properties,
    ...(columns ? { columns } : {}), ...(comment !== undefined ? { comment } : {}),
  };
}

function parseCreateTable(p: SqlParser, replace: boolean, external: boolean): Statement {
  const ifNotExists = p.acceptWords("IF", "NOT", "EXISTS");
  const name = p.multipartIdentifier();
  let fields: StructField[] | undefined;
  if (p.isOp("(") && !isQueryStart(p, 1)) {
    p.next();
    fields = [];
    do fields.push(parseColumnDefinition(p)); while (p.acceptOp(","));
    p.expectOp(")");
  }
  let provider: string | undefined;
  let options: Record<string, string> = {};
  let properties: Record<string, string> = {};
  let partitionBy: string[] = [];
  let bucketBy: { columns: string[]; numBuckets: number; sortBy: string[] } | undefined;
  let location: string | undefined;
  let comment: string | undefined;
  for (;;) {
    if (p.acceptWord("USING")) provider = p.identifier(true);
    else if (p.acceptWords("STORED", "AS")) provider = p.identifier(true);
    else if (p.acceptWord("OPTIONS")) options = parsePropertyList(p);
    else if (p.acceptWord("TBLPROPERTIES")) properties = parsePropertyList(p);
    else if (p.acceptWord("LOCATION")) location = parseStringValue(p);
    else if (p.acceptWord("COMMENT")) comment = parseStringValue(p);
    else if (p.acceptWords("PARTITIONED", "BY")) {
      p.expectOp("(");
      partitionBy = [];
      do {
        // Hive style declares partition columns with types: PARTITIONED BY (p INT)
        if (p.peek(1).type === "word" && !p.isOp(",", 1) && !p.isOp(")", 1)) {
          const col = parseColumnDefinition(p);
          partitionBy.push(col.name);
          (fields ??= []).push(col);
        } else partitionBy.push(p.errorCapturingIdentifier(true));
      } while (p.acceptOp(","));
      p.expectOp(")");
    } else if (p.acceptWords("CLUSTERED", "BY")) {
      const columns = parseIdentifierList(p);
      const sortBy = p.acceptWords("SORTED", "BY") ? parseIdentifierList(p) : [];
      p.expectWord("INTO");
      const n = p.next();
      if (n.type !== "number") p.fail(n);
      p.expectWord("BUCKETS");
      bucketBy = { columns, numBuckets: Number(n.value), sortBy };
    } else break;
  }
  let query;
  if (p.acceptWord("AS") || isQueryStart(p, 0)) query = parseQueryBody(p);
  const schema = fields ? StructType(fields) : undefined;
  return {
    kind: "create_table", name, ifNotExists, replace, external, options, partitionBy, properties,
    ...(schema ? { schema } : {}), ...(provider !== undefined ? { provider: provider.toLowerCase() } : {}),
    ...(bucketBy ? { bucketBy } : {}), ...(location !== undefined ? { location } : {}),
    ...(comment !== undefined ? { comment } : {}), ...(query ? { query } : {}),
  };
}

function parseInsert(p: SqlParser): Statement {
  p.expectWord("INSERT");
  let overwrite = false;
  if (p.acceptWord("OVERWRITE")) overwrite = true;
  else p.expectWord("INTO");
  p.acceptWord("TABLE");
  const table = p.multipartIdentifier();
  const partition = p.isWord("PARTITION") ? parsePartitionSpec(p) : undefined;
  const ifNotExists = p.acceptWords("IF", "NOT", "EXISTS");
  let columns: string[] | undefined;
  if (p.isOp("(") && !isQueryStart(p, 1)) columns = parseIdentifierList(p);
  const byName = p.acceptWords("BY", "NAME");
  const query = parseQueryBody(p);
  return {
    kind: "insert", table, overwrite, byName, ifNotExists, query,
    ...(columns ? { columns } : {}), ...(partition ? { partition } : {}),
  };
}

function parseDrop(p: SqlParser): Statement {
  p.expectWord("DROP");
  if (p.isAnyWord(["DATABASE", "SCHEMA", "NAMESPACE"])) {
    p.next();
    const ifExists = p.acceptWords("IF", "EXISTS");
    const name = p.multipartIdentifier();
    let cascade = false;
    if (p.acceptWord("CASCADE")) cascade = true;
    else p.acceptWord("RESTRICT");
    return { kind: "drop_database", name, ifExists, cascade };
  }
  const isView = p.acceptWord("VIEW");
  if (!isView) p.expectWord("TABLE");
  const ifExists = p.acceptWords("IF", "EXISTS");
  const name = p.multipartIdentifier();
  const purge = !isView && p.acceptWord("PURGE");
  return { kind: "drop_table", name, ifExists, isView, purge };
}

function parseDescribe(p: SqlParser): Statement {
  p.next();
  if (p.acceptWord("FUNCTION")) {
    const extended = p.acceptWord("EXTENDED");
    return { kind: "describe_function", name: parseStringOrIdentifier(p), extended };
  }
  if (p.isAnyWord(["DATABASE", "SCHEMA", "NAMESPACE"])) {
    p.next();
    const extended = p.acceptWord("EXTENDED");
    return { kind: "describe_database", name: p.multipartIdentifier(), extended };
  }
  // DESC TABLE t describes a table, not the query `TABLE t`
  if (p.acceptWord("QUERY") || (!p.isWord("TABLE") && isQueryStart(p, 0))) {
    return { kind: "describe_query", plan: parseQueryBody(p) };
  }
  p.acceptWord("TABLE");
  const extended = p.acceptWord("EXTENDED") || p.acceptWord("FORMATTED");
  const name = p.multipartIdentifier();
  const partition = p.isWord("PARTITION") ? parsePartitionSpec(p) : undefined;
  let column: string[] | undefined;
  if (!p.atEnd() && !p.isOp(";")) column = p.multipartIdentifier();
  return { kind: "describe_table", name, extended, ...(partition ? { partition } : {}), ...(column ? { column } : {}) };
}

function optionalNamespace(p: SqlParser): string[] | undefined {
  if (p.acceptWord("FROM") || p.acceptWord("IN")) return p.multipartIdentifier();
  return undefined;
}

function optionalPattern(p: SqlParser): string | undefined {
  const hadLike = p.acceptWord("LIKE");
  if (p.peek().type === "string") return parseStringValue(p);
  if (hadLike) p.fail();
  return undefined;
}

function parseShow(p: SqlParser): Statement {
  p.expectWord("SHOW");
  const t = p.next();
  if (t.type !== "word") return p.fail(t);
  switch (t.value) {
    case "TABLES": {
      const namespace = optionalNamespace(p);
      const pattern = optionalPattern(p);
      return { kind: "show_tables", extended: false, ...(namespace ? { namespace } : {}), ...(pattern !== undefined ? { pattern } : {}) };
    }
    case "TABLE": {
      p.expectWord("EXTENDED");
      const namespace = optionalNamespace(p);
      const pattern = optionalPattern(p);
      return { kind: "show_tables", extended: true, ...(namespace ? { namespace } : {}), ...(pattern !== undefined ? { pattern } : {}) };
    }
    case "VIEWS": {
      const namespace = optionalNamespace(p);
      const pattern = optionalPattern(p);
      return { kind: "show_views", ...(namespace ? { namespace } : {}), ...(pattern !== undefined ? { pattern } : {}) };
    }
    case "USER":
    case "SYSTEM":
    case "ALL":
    case "FUNCTIONS": {
      const scope = t.value === "FUNCTIONS" ? "all" : (t.value.toLowerCase() as "user" | "system" | "all");
      if (t.value !== "FUNCTIONS") p.expectWord("FUNCTIONS");
      const namespace = optionalNamespace(p);
      let pattern = optionalPattern(p);
      if (pattern === undefined && (p.peek().type === "word" || p.peek().type === "qident")) pattern = p.multipartIdentifier().join(".");
      return { kind: "show_functions", scope, ...(namespace ? { namespace } : {}), ...(pattern !== undefined ? { pattern } : {}) };
    }
    case "COLUMNS": {
      if (!p.acceptWord("FROM")) p.expectWord("IN");
      const table = p.multipartIdentifier();
      const namespace = optionalNamespace(p);
      return { kind: "show_columns", table, ...(namespace ? { namespace } : {}) };
    }
    case "CREATE": {
      p.expectWord("TABLE");
      const name = p.multipartIdentifier();
      const asSerde = p.acceptWords("AS", "SERDE");
      return { kind: "show_create_table", name, asSerde };
    }
    case "DATABASES":
    case "SCHEMAS":
    case "NAMESPACES": {
      optionalNamespace(p);
      const pattern = optionalPattern(p);
      return { kind: "show_databases", ...(pattern !== undefined ? { pattern } : {}) };
    }
    case "TBLPROPERTIES": {
      const name = p.multipartIdentifier();
      let key: string | undefined;
      if (p.acceptOp("(")) {
        key = p.peek().type === "string" ? parseStringValue(p) : p.multipartIdentifier().join(".");
        p.expectOp(")");
      }
      return { kind: "show_tblproperties", name, ...(key !== undefined ? { key } : {}) };
    }
    case "PARTITIONS":
      return { kind: "show_partitions", name: p.multipartIdentifier() };
    case "CATALOGS": {
      const pattern = optionalPattern(p);
      return { kind: "show_catalogs", ...(pattern !== undefined ? { pattern } : {}) };
    }
    case "CURRENT":
      if (!p.acceptWord("NAMESPACE") && !p.acceptWord("DATABASE")) p.expectWord("SCHEMA");
      return { kind: "show_current_namespace" };
    default:
      return p.fail(t);
  }
}

function parseCache(p: SqlParser): Statement {
  p.expectWord("CACHE");
  const lazy = p.acceptWord("LAZY");
  p.expectWord("TABLE");
  const name = p.multipartIdentifier();
  const options = p.acceptWord("OPTIONS") ? parsePropertyList(p) : {};
  let query;
  if (p.acceptWord("AS") || isQueryStart(p, 0)) query = parseQueryBody(p);
  return { kind: "cache_table", name, lazy, options, ...(query ? { query } : {}) };
}

function parseAnalyze(p: SqlParser): Statement {
  p.expectWord("ANALYZE");
  p.expectWord("TABLE");
  const name = p.multipartIdentifier();
  if (p.isWord("PARTITION")) parsePartitionSpec(p);
  p.expectWords("COMPUTE", "STATISTICS");
  if (p.acceptWord("NOSCAN")) return { kind: "analyze_table", name, noscan: true };
  if (p.acceptWords("FOR", "ALL", "COLUMNS")) return { kind: "analyze_table", name, noscan: false, forColumns: "all" };
  if (p.acceptWords("FOR", "COLUMNS")) {
    const cols = [p.multipartIdentifier().join(".")];
    while (p.acceptOp(",")) cols.push(p.multipartIdentifier().join("."));
    return { kind: "analyze_table", name, noscan: false, forColumns: cols };
  }
  return { kind: "analyze_table", name, noscan: false };
}

function parseAlter(p: SqlParser): Statement {
  p.expectWord("ALTER");
  const isView = p.acceptWord("VIEW");
  if (!isView) p.expectWord("TABLE");
  const name = p.multipartIdentifier();
  if (p.acceptWords("RENAME", "TO")) return { kind: "alter_table_rename", from: name, to: p.multipartIdentifier(), isView };
  if (p.acceptWords("SET", "TBLPROPERTIES")) {
    return { kind: "alter_table_set_properties", name, isView, properties: parsePropertyList(p) };
  }
  if (p.acceptWords("UNSET", "TBLPROPERTIES")) {
    p.acceptWords("IF", "EXISTS");
    const keys = Object.keys(parsePropertyList(p, true));
    return { kind: "alter_table_set_properties", name, isView, properties: {}, unset: keys };
  }
  if (!isView && p.acceptWord("ADD") && (p.acceptWord("COLUMNS") || p.acceptWord("COLUMN"))) {
    const columns: StructField[] = [];
    const paren = p.acceptOp("(");
    do columns.push(parseColumnDefinition(p)); while (p.acceptOp(","));
    if (paren) p.expectOp(")");
    return { kind: "alter_table_add_columns", name, columns };
  }
  return p.fail();
}
