// Reading CSV and JSON files with Spark's options and parse modes. Each case writes the same
// file on both sides (a fresh temporary directory) and reads it with the same options.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataFrame, SparkSession } from "../../../src/index.js";
import { df, group, type CaseOptions, type DataFrameCase } from "../case.js";

type Options = Record<string, string>;

/** A case reading `content` (as file `name`) with `format`, `options` and an optional DDL schema. */
function readCase(id: string, format: "csv" | "json", content: string, options: Options, schema?: string, then?: { ts: (d: DataFrame) => DataFrame; py: string }, caseOptions: CaseOptions = {}): DataFrameCase {
  const name = `data.${format}`;
  const ts = (spark: SparkSession) => {
    const path = join(mkdtempSync(join(tmpdir(), "faisca-diff-file-")), name);
    writeFileSync(path, content, "utf8");
    let reader = spark.read.format(format).options(options);
    if (schema) reader = reader.schema(schema);
    const read = reader.load(path);
    return then ? then.ts(read) : read;
  };
  const py = [
    "import os, tempfile",
    `path = os.path.join(tempfile.mkdtemp(prefix="faisca-diff-file-"), ${JSON.stringify(name)})`,
    `with open(path, "w", encoding="utf-8", newline="") as f: f.write(${JSON.stringify(content)})`,
    `reader = spark.read.format(${JSON.stringify(format)}).options(**${JSON.stringify(options)})`,
    schema ? `reader = reader.schema(${JSON.stringify(schema)})` : "",
    `df = reader.load(path)${then ? then.py : ""}`,
  ]
    .filter((l) => l !== "")
    .join("\n");
  return df(id, ts, py, caseOptions);
}

const sorted = (...cols: string[]) => ({ ts: (d: DataFrame) => d.orderBy(...cols), py: `.orderBy(${cols.map((c) => JSON.stringify(c)).join(", ")})` });

const people = "name,age,score,joined\nAna,34,9.5,2024-01-31\nBruno,,7.25,2023-12-01\nCélia,29,NaN,\n";
const bad = "a,b\n1,2\n3\n4,5,6\nx,7\n";
const corrupt = "a INT, b INT, _corrupt_record STRING";

export default group("files", {}, [
  // CSV
  readCase("csv-header-strings", "csv", people, { header: "true" }, undefined, sorted("name")),
  readCase("csv-infer-schema", "csv", people, { header: "true", inferSchema: "true" }, undefined, sorted("name")),
  readCase("csv-no-header", "csv", "1,a\n2,b\n", {}, undefined, sorted("_c0")),
  readCase("csv-infer-wide-types", "csv", "i,l,d,dec,b,ts\n1,3000000000,1.5,1.25,true,2024-01-31 10:00:00\n2,-1,2,3.5,false,2024-02-29 23:59:59\n", { header: "true", inferSchema: "true" }, undefined, sorted("i")),
  readCase("csv-multichar-sep", "csv", "a||b\n1||x\n2||y\n", { header: "true", sep: "||" }, undefined, sorted("a")),
  readCase("csv-quote-escape", "csv", 'a,b\n1,"x, y"\n2,"say \\"hi\\""\n3,\'q\'\n', { header: "true" }, undefined, sorted("a")),
  readCase("csv-custom-quote", "csv", "a,b\n1,'x, y'\n2,plain\n", { header: "true", quote: "'" }, undefined, sorted("a")),
  readCase("csv-comment", "csv", "a,b\n#skip me\n1,2\n", { header: "true", comment: "#" }),
  readCase("csv-null-empty-values", "csv", 'a,b,c\n1,NA,""\n2,,x\n', { header: "true", nullValue: "NA", emptyValue: "EMPTY" }, undefined, sorted("a")),
  readCase("csv-nan-inf-values", "csv", "a,b\n1,nan\n2,inf\n3,-inf\n", { header: "true", nanValue: "nan", positiveInf: "inf", negativeInf: "-inf" }, "a INT, b DOUBLE", sorted("a")),
  readCase("csv-date-timestamp-format", "csv", "d,t\n31/01/2024,31/01/2024 10:30\n", { header: "true", dateFormat: "dd/MM/yyyy", timestampFormat: "dd/MM/yyyy HH:mm" }, "d DATE, t TIMESTAMP", undefined, { conf: { "spark.sql.session.timeZone": "UTC" } }),
  readCase("csv-whitespace", "csv", "a,b\n  x  ,  y  \n", { header: "true", ignoreLeadingWhiteSpace: "true", ignoreTrailingWhiteSpace: "true" }),
  readCase("csv-whitespace-kept", "csv", "a,b\n  x  ,  y  \n", { header: "true" }),
  readCase("csv-multiline", "csv", 'a,b\n1,"line one\nline two"\n2,z\n', { header: "true", multiLine: "true" }, undefined, sorted("a")),
  readCase("csv-line-sep", "csv", "a,b;1,2;3,4", { header: "true", lineSep: ";" }, undefined, sorted("a")),
  readCase("csv-permissive-corrupt", "csv", bad, { header: "true" }, corrupt, sorted("a", "b")),
  readCase("csv-permissive-no-corrupt-column", "csv", bad, { header: "true" }, "a INT, b INT", sorted("a", "b")),
  readCase("csv-dropmalformed", "csv", bad, { header: "true", mode: "DROPMALFORMED" }, "a INT, b INT", sorted("a")),
  readCase("csv-named-corrupt-column", "csv", bad, { header: "true", columnNameOfCorruptRecord: "bad" }, "a INT, b INT, bad STRING", sorted("a", "b")),
  readCase("csv-schema-subset", "csv", people, { header: "true" }, "name STRING, age INT", sorted("name")),
  readCase("csv-count", "csv", people, { header: "true" }, undefined, { ts: (d) => d.groupBy().count(), py: ".groupBy().count()" }),
  // JSON
  readCase("json-infer", "json", '{"a":1,"b":"x","c":[1,2],"d":{"e":1.5}}\n{"a":2,"b":null,"f":true}\n', {}, undefined, sorted("a")),
  readCase("json-widening", "json", '{"a":1}\n{"a":2.5}\n{"a":30000000000}\n', {}, undefined, sorted("a")),
  readCase("json-int-and-string", "json", '{"a":1}\n{"a":"x"}\n', {}, undefined, sorted("a")),
  readCase("json-primitives-as-string", "json", '{"a":1,"b":true,"c":1.5}\n', { primitivesAsString: "true" }),
  readCase("json-allow-comments-single-quotes", "json", "{'a': 1} /* c */\n{'a': 2}\n", { allowComments: "true", allowSingleQuotes: "true" }, undefined, sorted("a")),
  readCase("json-multiline-array", "json", '[\n {"a": 1, "b": "x"},\n {"a": 2, "b": "y"}\n]\n', { multiLine: "true" }, undefined, sorted("a")),
  readCase("json-permissive-corrupt", "json", '{"a":1}\n{"a":\n{"a":3}\nnot json\n', {}, undefined, sorted("a", "_corrupt_record")),
  readCase("json-dropmalformed", "json", '{"a":1}\n{"a":\n{"a":3}\n', { mode: "DROPMALFORMED" }, "a INT", sorted("a")),
  readCase("json-schema-mismatch-permissive", "json", '{"a":1,"b":"x"}\n{"a":"oops","b":"y"}\n', {}, "a INT, b STRING, _corrupt_record STRING", sorted("b")),
  readCase("json-drop-field-if-all-null", "json", '{"a":1,"b":null}\n{"a":2,"b":null}\n', { dropFieldIfAllNull: "true" }, undefined, sorted("a")),
  readCase("json-nested-select", "json", '{"id":1,"p":{"name":"Ana","tags":["x","y"]}}\n', {}, undefined, { ts: (d) => d.select("id", "p.name", "p.tags"), py: '.select("id", "p.name", "p.tags")' }),
]);
