import { test } from "node:test";
import assert from "node:assert/strict";
import { parseScript, parseStatement } from "../../src/sql/parser.js";
import { planToString, typeToString } from "../../src/sql/plan-debug.js";
import type { Statement } from "../../src/sql/statement.js";

// Drops plan objects and planIds so statements compare structurally.
function shape(s: Statement): unknown {
  return JSON.parse(
    JSON.stringify(s, (k, v: unknown) => {
      if (k === "planId") return undefined;
      if (v && typeof v === "object" && "kind" in v && "planId" in v) return `<${planToString(v as never, true)}>`;
      if (typeof v === "bigint") return `${v}n`;
      return v;
    }),
  );
}
const st = (sql: string): Record<string, unknown> => shape(parseStatement(sql)) as Record<string, unknown>;

test("query and EXPLAIN", () => {
  assert.deepEqual(st("SELECT 1"), { kind: "query", plan: "<Project [1] <- OneRowRelation>" });
  assert.deepEqual(st("EXPLAIN SELECT 1"), { kind: "explain", mode: "simple", statement: { kind: "query", plan: "<Project [1] <- OneRowRelation>" } });
  for (const m of ["EXTENDED", "FORMATTED", "CODEGEN", "COST"]) {
    assert.equal((st(`EXPLAIN ${m} SELECT 1`) as { mode: string }).mode, m.toLowerCase());
  }
});

test("CREATE VIEW variants", () => {
  assert.deepEqual(st("CREATE OR REPLACE TEMP VIEW v AS SELECT a FROM t"), {
    kind: "create_view", name: ["v"], query: "<Project [a] <- ReadTable t>", queryText: "SELECT a FROM t",
    replace: true, ifNotExists: false, temporary: true, global: false, properties: {},
  });
  const g = st("CREATE GLOBAL TEMPORARY VIEW IF NOT EXISTS v (x COMMENT 'c', y) AS SELECT 1, 2");
  assert.equal(g.global, true);
  assert.equal(g.temporary, true);
  assert.equal(g.ifNotExists, true);
  assert.deepEqual(g.columns, [{ name: "x", comment: "c" }, { name: "y" }]);
  const p = st("CREATE VIEW db.v COMMENT 'about' TBLPROPERTIES ('k' = 'v') AS SELECT 1");
  assert.deepEqual([p.name, p.temporary, p.comment, p.properties], [["db", "v"], false, "about", { k: "v" }]);
});

test("CREATE TABLE with columns and every clause", () => {
  const s = parseStatement(
    "CREATE TABLE IF NOT EXISTS db.t (id INT NOT NULL COMMENT 'key', preco DECIMAL(10,2) DEFAULT 0, tags ARRAY<STRING>) " +
      "USING parquet OPTIONS (compression 'snappy', 'path.x' = 'y', n 3) PARTITIONED BY (id) " +
      "CLUSTERED BY (id) SORTED BY (preco) INTO 4 BUCKETS LOCATION '/tmp/t' COMMENT 'table' TBLPROPERTIES (a = 'b')",
  );
  assert.equal(s.kind, "create_table");
  if (s.kind !== "create_table") return;
  assert.deepEqual(s.name, ["db", "t"]);
  assert.equal(s.ifNotExists, true);
  assert.equal(typeToString(s.schema!), "struct<id:int not null,preco:decimal(10,2),tags:array<string>>");
  assert.deepEqual(s.schema!.fields[0]!.metadata, { comment: "key" });
  assert.deepEqual(s.schema!.fields[1]!.metadata, { CURRENT_DEFAULT: "0" });
  assert.equal(s.provider, "parquet");
  assert.deepEqual(s.options, { compression: "snappy", "path.x": "y", n: "3" });
  assert.deepEqual(s.partitionBy, ["id"]);
  assert.deepEqual(s.bucketBy, { columns: ["id"], numBuckets: 4, sortBy: ["preco"] });
  assert.equal(s.location, "/tmp/t");
  assert.equal(s.comment, "table");
  assert.deepEqual(s.properties, { a: "b" });
});

test("CREATE TABLE AS SELECT, with and without USING; Hive-style partition columns", () => {
  const a = st("CREATE TABLE t USING csv AS SELECT 1 AS x");
  assert.deepEqual([a.provider, a.query], ["csv", "<Project [1 AS x] <- OneRowRelation>"]);
  const b = st("CREATE TABLE t AS SELECT * FROM u");
  assert.deepEqual([b.provider, b.query], [undefined, "<Project [*] <- ReadTable u>"]);
  const c = st("CREATE OR REPLACE TABLE t (a INT) STORED AS ORC PARTITIONED BY (p STRING)");
  assert.deepEqual([c.replace, c.provider, c.partitionBy], [true, "orc", ["p"]]);
  const d = parseStatement("CREATE EXTERNAL TABLE t (a INT) PARTITIONED BY (p STRING) LOCATION '/x'");
  if (d.kind === "create_table") {
    assert.equal(d.external, true);
    assert.equal(typeToString(d.schema!), "struct<a:int,p:string>");
  }
});

test("INSERT INTO / OVERWRITE", () => {
  assert.deepEqual(st("INSERT INTO t VALUES (1, 'a')"), {
    kind: "insert", table: ["t"], overwrite: false, byName: false, ifNotExists: false,
    query: "<LocalRelation [col1:int, col2:string] (1, 'a')>",
  });
  const a = st("INSERT INTO TABLE db.t (a, b) SELECT x, y FROM u");
  assert.deepEqual([a.table, a.columns, a.query], [["db", "t"], ["a", "b"], "<Project [x, y] <- ReadTable u>"]);
  const o = st("INSERT OVERWRITE TABLE t PARTITION (p = 1, q) SELECT * FROM u");
  assert.equal(o.overwrite, true);
  assert.deepEqual(o.partition, { p: { kind: "literal", value: 1, dataType: { kind: "integer" } } });
  const raw = parseStatement("INSERT OVERWRITE TABLE t PARTITION (p = 1, q) SELECT * FROM u");
  assert.ok(raw.kind === "insert" && raw.partition && "q" in raw.partition && raw.partition.q === undefined);
  assert.equal(st("INSERT INTO t BY NAME SELECT 1 AS a").byName, true);
  assert.equal(st("INSERT INTO t (SELECT 1)").query, "<Project [1] <- OneRowRelation>");
});

test("DROP, DESCRIBE, SHOW", () => {
  assert.deepEqual(st("DROP TABLE IF EXISTS db.t"), { kind: "drop_table", name: ["db", "t"], ifExists: true, isView: false, purge: false });
  assert.deepEqual(st("DROP VIEW v"), { kind: "drop_table", name: ["v"], ifExists: false, isView: true, purge: false });
  assert.deepEqual(st("DESCRIBE TABLE EXTENDED t"), { kind: "describe_table", name: ["t"], extended: true });
  assert.deepEqual(st("DESC t"), { kind: "describe_table", name: ["t"], extended: false });
  assert.deepEqual(st("DESC FORMATTED db.t col"), { kind: "describe_table", name: ["db", "t"], extended: true, column: ["col"] });
  assert.deepEqual(st("DESCRIBE QUERY SELECT 1"), { kind: "describe_query", plan: "<Project [1] <- OneRowRelation>" });
  assert.deepEqual(st("DESC SELECT 1"), { kind: "describe_query", plan: "<Project [1] <- OneRowRelation>" });
  assert.deepEqual(st("DESCRIBE FUNCTION EXTENDED upper"), { kind: "describe_function", name: "upper", extended: true });
  assert.deepEqual(st("DESCRIBE FUNCTION '+'"), { kind: "describe_function", name: "+", extended: false });
  assert.deepEqual(st("SHOW TABLES"), { kind: "show_tables", extended: false });
  assert.deepEqual(st("SHOW TABLES IN db LIKE 'a*'"), { kind: "show_tables", extended: false, namespace: ["db"], pattern: "a*" });
  assert.deepEqual(st("SHOW TABLES FROM db 'x'"), { kind: "show_tables", extended: false, namespace: ["db"], pattern: "x" });
  assert.deepEqual(st("SHOW VIEWS"), { kind: "show_views" });
  assert.deepEqual(st("SHOW FUNCTIONS LIKE 'up*'"), { kind: "show_functions", scope: "all", pattern: "up*" });
  assert.deepEqual(st("SHOW USER FUNCTIONS"), { kind: "show_functions", scope: "user" });
  assert.deepEqual(st("SHOW COLUMNS IN t IN db"), { kind: "show_columns", table: ["t"], namespace: ["db"] });
  assert.deepEqual(st("SHOW CREATE TABLE t"), { kind: "show_create_table", name: ["t"], asSerde: false });
  assert.deepEqual(st("SHOW DATABASES LIKE 'd*'"), { kind: "show_databases", pattern: "d*" });
  assert.deepEqual(st("SHOW SCHEMAS"), { kind: "show_databases" });
  assert.deepEqual(st("SHOW TBLPROPERTIES t ('k')"), { kind: "show_tblproperties", name: ["t"], key: "k" });
  assert.deepEqual(st("SHOW CURRENT NAMESPACE"), { kind: "show_current_namespace" });
});

test("databases, SET / RESET, caching, USE, REFRESH, TRUNCATE, ANALYZE, ALTER", () => {
  assert.deepEqual(st("CREATE DATABASE IF NOT EXISTS d COMMENT 'c' LOCATION '/x' WITH DBPROPERTIES (a = 'b')"), {
    kind: "create_database", name: ["d"], ifNotExists: true, properties: { a: "b" }, comment: "c", location: "/x",
  });
  assert.deepEqual(st("CREATE SCHEMA s"), { kind: "create_database", name: ["s"], ifNotExists: false, properties: {} });
  assert.deepEqual(st("DROP DATABASE IF EXISTS d CASCADE"), { kind: "drop_database", name: ["d"], ifExists: true, cascade: true });
  assert.deepEqual(st("SET"), { kind: "set" });
  assert.deepEqual(st("SET -v"), { kind: "set", verbose: true });
  assert.deepEqual(st("SET spark.sql.shuffle.partitions"), { kind: "set", key: "spark.sql.shuffle.partitions" });
  assert.deepEqual(st("SET spark.sql.shuffle.partitions = 10"), { kind: "set", key: "spark.sql.shuffle.partitions", value: "10" });
  assert.deepEqual(st("SET a.b=c d;"), { kind: "set", key: "a.b", value: "c d" });
  assert.deepEqual(st("SET `a b`=`x;y`"), { kind: "set", key: "a b", value: "x;y" });
  assert.deepEqual(st("SET TIME ZONE 'UTC'"), { kind: "set", key: "spark.sql.session.timeZone", value: "UTC" });
  assert.deepEqual(st("RESET"), { kind: "reset" });
  assert.deepEqual(st("RESET spark.sql.x"), { kind: "reset", key: "spark.sql.x" });
  assert.deepEqual(st("CACHE LAZY TABLE t"), { kind: "cache_table", name: ["t"], lazy: true, options: {} });
  assert.deepEqual(st("CACHE TABLE c OPTIONS ('storageLevel' 'DISK_ONLY') AS SELECT 1"), {
    kind: "cache_table", name: ["c"], lazy: false, options: { storageLevel: "DISK_ONLY" }, query: "<Project [1] <- OneRowRelation>",
  });
  assert.deepEqual(st("UNCACHE TABLE IF EXISTS t"), { kind: "uncache_table", name: ["t"], ifExists: true });
  assert.deepEqual(st("CLEAR CACHE"), { kind: "clear_cache" });
  assert.deepEqual(st("USE db"), { kind: "use", namespace: ["db"] });
  assert.deepEqual(st("USE DATABASE db"), { kind: "use", namespace: ["db"] });
  assert.deepEqual(st("REFRESH TABLE t"), { kind: "refresh_table", name: ["t"] });
  assert.deepEqual(st("REFRESH '/path'"), { kind: "refresh_path", path: "/path" });
  assert.deepEqual(st("TRUNCATE TABLE t"), { kind: "truncate_table", name: ["t"] });
  assert.deepEqual(st("ANALYZE TABLE t COMPUTE STATISTICS NOSCAN"), { kind: "analyze_table", name: ["t"], noscan: true });
  assert.deepEqual(st("ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS a, b"), { kind: "analyze_table", name: ["t"], noscan: false, forColumns: ["a", "b"] });
  assert.deepEqual(st("ALTER TABLE t RENAME TO u"), { kind: "alter_table_rename", from: ["t"], to: ["u"], isView: false });
  assert.deepEqual(st("ALTER VIEW v RENAME TO w"), { kind: "alter_table_rename", from: ["v"], to: ["w"], isView: true });
  const add = parseStatement("ALTER TABLE t ADD COLUMNS (x INT, y STRING COMMENT 'c')");
  assert.equal(add.kind, "alter_table_add_columns");
  if (add.kind === "alter_table_add_columns") assert.deepEqual(add.columns.map((c) => c.name), ["x", "y"]);
  assert.deepEqual(st("ALTER TABLE t SET TBLPROPERTIES ('a' = 'b')"), { kind: "alter_table_set_properties", name: ["t"], isView: false, properties: { a: "b" } });
});

test("parseScript splits on semicolons (strings and comments are not split)", () => {
  const s = parseScript("SET a=1; SELECT ';' AS x; -- c;\n;; CREATE TEMP VIEW v AS SELECT 1;");
  assert.deepEqual(s.map((x) => x.kind), ["set", "query", "create_view"]);
  assert.deepEqual(shape(s[0]!), { kind: "set", key: "a", value: "1" });
  assert.deepEqual(parseScript("  ;  "), []);
});
