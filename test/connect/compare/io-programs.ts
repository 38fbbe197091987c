// Comparison programs for reads (every local format, with options and schemas) and writes
// (WriteOperation: format, mode, options, partitionBy, bucketBy/sortBy, path or table,
// saveAsTable / insertInto). Each side writes into its own directory and reads its output back.
import path from "node:path";
import { functions as F } from "../../../src/api/functions.js";
import type { DataFrame } from "../../../src/api/dataframe.js";
import type { SparkSession } from "../../../src/api/spark-session.js";
import type { Program, ProgramEnv } from "./program.js";
import { INPUT } from "./inputs.js";
import { emp, sales } from "./fixtures.js";

const at = (env: ProgramEnv, name: string) => path.join(env.inputs, name);

/** Writes with `write`, then returns what reading `out` gives. */
const roundTrip =
  (write: (df: DataFrame, out: string, env: ProgramEnv) => Promise<void>, read: (s: SparkSession, out: string) => DataFrame, data: (s: SparkSession) => DataFrame = emp) =>
  async (s: SparkSession, env: ProgramEnv) => {
    const out = path.join(env.dir, "out");
    await write(data(s), out, env);
    return read(s, out);
  };

const EMP_DDL = "id int, name string, dept string, salary double, bonus decimal(7,2), hired date, mgr int";

export const ioPrograms: Program[] = [
  { name: "read csv: header + inferSchema", build: (s, e) => s.read.option("header", true).option("inferSchema", true).csv(at(e, INPUT.csvHeader)) },
  { name: "read csv: explicit schema, nullValue", build: (s, e) => s.read.schema("id int, name string, score double, joined date").options({ header: "true", nullValue: "NA" }).csv(at(e, INPUT.csvHeader)) },
  { name: "read csv: sep, dateFormat, nullValue via format().load()", build: (s, e) => s.read.format("csv").schema("a int, b string, when date").options({ header: true, sep: ";", dateFormat: "dd/MM/yyyy", nullValue: "NULL" }).load(at(e, INPUT.csvSemicolon)) },
  { name: "read csv: without header (default column names)", build: (s, e) => s.read.csv(at(e, INPUT.csvSemicolon)) },
  { name: "read csv: a directory of files", build: (s, e) => s.read.csv(at(e, INPUT.csvDir), { header: true, inferSchema: true }) },
  { name: "read json lines (inferred schema)", build: (s, e) => s.read.json(at(e, INPUT.jsonLines)) },
  { name: "read json: multiLine", build: (s, e) => s.read.option("multiLine", true).json(at(e, INPUT.jsonMultiLine)) },
  { name: "read json: explicit schema", build: (s, e) => s.read.schema("id long, kind string, tags array<string>").json(at(e, INPUT.jsonLines)) },
  { name: "read text", build: (s, e) => s.read.text(at(e, INPUT.text)) },
  { name: "read text: wholetext", build: (s, e) => s.read.text(at(e, INPUT.text), { wholetext: true }) },
  { name: "read two paths at once", build: (s, e) => s.read.format("text").load([at(e, INPUT.text), at(e, INPUT.csvSemicolon)]) },
  {
    name: "write parquet partitioned by a column, read back",
    build: roundTrip((df, out) => df.write.mode("overwrite").partitionBy("dept").parquet(out), (s, out) => s.read.parquet(out)),
  },
  {
    name: "write parquet partitioned by two columns, read back",
    build: roundTrip((df, out) => df.write.format("parquet").partitionBy("year", "quarter").save(out), (s, out) => s.read.parquet(out), sales),
  },
  {
    name: "write csv with options, read back with a schema",
    build: roundTrip((df, out) => df.write.options({ header: true, sep: "|", nullValue: "-" }).csv(out), (s, out) => s.read.schema(EMP_DDL).options({ header: true, sep: "|", nullValue: "-" }).csv(out)),
  },
  {
    name: "write json with gzip compression, read back",
    build: roundTrip((df, out) => df.write.option("compression", "gzip").json(out), (s, out) => s.read.schema(EMP_DDL).json(out)),
  },
  {
    name: "write text, read back",
    build: roundTrip((df, out) => df.select(F.concat_ws(":", F.col("id"), F.col("name")).alias("value")).write.text(out), (s, out) => s.read.text(out)),
  },
  {
    name: "mode append twice",
    build: roundTrip(async (df, out) => { await df.write.mode("append").parquet(out); await df.limit(2).write.mode("append").parquet(out); }, (s, out) => s.read.parquet(out)),
  },
  {
    name: "mode overwrite replaces",
    build: roundTrip(async (df, out) => { await df.write.parquet(out); await df.filter("id > 5").write.mode("overwrite").parquet(out); }, (s, out) => s.read.parquet(out)),
  },
  {
    name: "mode ignore keeps the existing data",
    build: roundTrip(async (df, out) => { await df.limit(1).write.json(out); await df.write.mode("ignore").json(out); }, (s, out) => s.read.schema(EMP_DDL).json(out)),
  },
  {
    name: "mode errorifexists on an existing path fails",
    compare: "error",
    build: roundTrip(async (df, out) => { await df.write.parquet(out); await df.write.mode("errorifexists").parquet(out); }, (s, out) => s.read.parquet(out)),
  },
  {
    name: "saveAsTable, read with spark.table",
    build: async (s, e) => { await emp(s).write.saveAsTable(`t_${e.tag}_plain`); return s.table(`t_${e.tag}_plain`); },
  },
  {
    name: "saveAsTable partitioned parquet, then insertInto appends",
    build: async (s, e) => {
      const t = `t_${e.tag}_parts`;
      await sales(s).write.format("parquet").partitionBy("year").saveAsTable(t);
      await s.sql(`SELECT * FROM ${t} WHERE item = 'pão'`).select("quarter", "item", "qty", "price", "year").write.insertInto(t);
      return s.table(t);
    },
  },
  {
    name: "insertInto overwrite",
    build: async (s, e) => {
      const t = `t_${e.tag}_over`;
      await emp(s).write.saveAsTable(t);
      await emp(s).filter("dept = 'ops'").write.insertInto(t, true);
      return s.table(t);
    },
  },
  {
    name: "saveAsTable mode overwrite and append",
    build: async (s, e) => {
      const t = `t_${e.tag}_modes`;
      await emp(s).write.format("json").saveAsTable(t);
      await emp(s).limit(2).write.mode("overwrite").format("json").saveAsTable(t);
      await emp(s).filter("id = 7").write.mode("append").format("json").saveAsTable(t);
      return s.table(t);
    },
  },
  {
    name: "saveAsTable on an existing table fails",
    compare: "error",
    build: async (s, e) => {
      const t = `t_${e.tag}_twice`;
      await emp(s).write.saveAsTable(t);
      await emp(s).write.saveAsTable(t);
      return s.table(t);
    },
  },
];
