// SparkConf: the application's configuration, as PySpark's SparkConf.

import { RuntimeConf } from "../runtime/conf.js";

export class SparkConf extends RuntimeConf {
  setMaster(master: string): this {
    return this.set("spark.master", master);
  }
  setAppName(name: string): this {
    return this.set("spark.app.name", name);
  }
  setAll(pairs: Iterable<[string, string]>): this {
    for (const [k, v] of pairs) this.set(k, v);
    return this;
  }
  toDebugString(): string {
    return this.getAll().map(([k, v]) => `${k}=${v}`).join("\n");
  }
  override clone(): SparkConf {
    return new SparkConf(this.getAll());
  }
}
