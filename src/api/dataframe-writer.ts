// df.write: format, mode, options, partitionBy, bucketBy/sortBy, save / saveAsTable / insertInto
// and the format shortcuts. Writing goes through the commit protocol in src/io.
import type { DataFrame } from "./dataframe.js";
import { writeDataFrame } from "../session/write-files.js";

export type SaveMode = "overwrite" | "append" | "ignore" | "error" | "errorifexists";

export interface WriteSpec {
  format: string;
  mode: SaveMode;
  options: Record<string, string>;
  partitionBy: string[];
  bucketBy?: { numBuckets: number; columns: string[] };
  sortBy: string[];
}

export class DataFrameWriter {
  private spec: WriteSpec = { format: "parquet", mode: "errorifexists", options: {}, partitionBy: [], sortBy: [] };

  constructor(private readonly df: DataFrame) {}

  format(f: string): this {
    this.spec.format = f.toLowerCase();
    return this;
  }
  mode(m: SaveMode | string): this {
    const mm = m.toLowerCase();
    if (!["overwrite", "append", "ignore", "error", "errorifexists", "default"].includes(mm)) {
      throw new Error(`[INVALID_SAVE_MODE] The specified save mode "${m}" is invalid. Valid save modes include "append", "overwrite", "ignore", "error", "errorifexists", and "default". SQLSTATE: 42000`);
    }
    this.spec.mode = (mm === "default" ? "errorifexists" : mm) as SaveMode;
    return this;
  }
  option(key: string, value: string | number | boolean): this {
    this.spec.options[key] = String(value);
    return this;
  }
  options(opts: Record<string, string | number | boolean>): this {
    for (const [k, v] of Object.entries(opts)) this.option(k, v);
    return this;
  }
  partitionBy(...cols: (string | string[])[]): this {
    this.spec.partitionBy = cols.flat();
    return this;
  }
  bucketBy(numBuckets: number, ...cols: (string | string[])[]): this {
    this.spec.bucketBy = { numBuckets, columns: cols.flat() };
    return this;
  }
  sortBy(...cols: (string | string[])[]): this {
    this.spec.sortBy = cols.flat();
    return this;
  }
  save(path?: string): Promise<void> {
    return writeDataFrame(this.df, { ...this.spec }, path ? { path } : {});
  }
  saveAsTable(name: string): Promise<void> {
    return writeDataFrame(this.df, { ...this.spec }, { table: name });
  }
  insertInto(name: string, overwrite = false): Promise<void> {
    return writeDataFrame(this.df, { ...this.spec, mode: overwrite ? "overwrite" : "append" }, { table: name, insert: true });
  }
  csv(path: string, opts: { mode?: SaveMode; header?: boolean; sep?: string } = {}): Promise<void> {
    if (opts.mode) this.mode(opts.mode);
    if (opts.header !== undefined) this.option("header", opts.header);
    if (opts.sep !== undefined) this.option("sep", opts.sep);
    return this.format("csv").save(path);
  }
  json(path: string, opts: { mode?: SaveMode } = {}): Promise<void> {
    if (opts.mode) this.mode(opts.mode);
    return this.format("json").save(path);
  }
  parquet(path: string, opts: { mode?: SaveMode; partitionBy?: string[] } = {}): Promise<void> {
    if (opts.mode) this.mode(opts.mode);
    if (opts.partitionBy) this.partitionBy(...opts.partitionBy);
    return this.format("parquet").save(path);
  }
  text(path: string): Promise<void> {
    return this.format("text").save(path);
  }
  orc(path: string): Promise<void> {
    return this.format("orc").save(path);
  }
}
