// spark.read: format / option(s) / schema / load and the format shortcuts. Returns a lazy
// DataFrame at once; files are listed and read when an action runs or the schema is needed.
import { newPlanId } from "../plan/logical/unresolved.js";
import type { StructType } from "../types/data-type.js";
import { DataFrame } from "./dataframe.js";
import type { SparkSession } from "./spark-session.js";

type OptionValue = string | number | boolean;

export class DataFrameReader {
  private fmt = "parquet";
  private opts: Record<string, string> = {};
  private userSchema?: StructType | string;

  constructor(private readonly session: SparkSession) {}

  format(source: string): this {
    this.fmt = source.toLowerCase();
    return this;
  }
  option(key: string, value: OptionValue): this {
    this.opts[key] = String(value);
    return this;
  }
  options(opts: Record<string, OptionValue>): this {
    for (const [k, v] of Object.entries(opts)) this.option(k, v);
    return this;
  }
  schema(schema: StructType | string): this {
    this.userSchema = schema;
    return this;
  }
  load(path?: string | string[]): DataFrame {
    const paths = path === undefined ? (this.opts.path ? [this.opts.path] : []) : Array.isArray(path) ? path : [path];
    return new DataFrame(this.session, {
      kind: "read_files",
      planId: newPlanId(),
      format: this.fmt,
      paths,
      ...(this.userSchema ? { schema: this.userSchema } : {}),
      options: { ...this.opts },
    });
  }
  csv(path: string | string[], opts: Record<string, OptionValue> = {}): DataFrame {
    return this.format("csv").options(opts).load(path);
  }
  json(path: string | string[], opts: Record<string, OptionValue> = {}): DataFrame {
    return this.format("json").options(opts).load(path);
  }
  parquet(...paths: string[]): DataFrame {
    return this.format("parquet").load(paths);
  }
  text(path: string | string[], opts: Record<string, OptionValue> = {}): DataFrame {
    return this.format("text").options(opts).load(path);
  }
  orc(path: string | string[]): DataFrame {
    return this.format("orc").load(path);
  }
  table(name: string): DataFrame {
    return this.session.table(name);
  }
}
