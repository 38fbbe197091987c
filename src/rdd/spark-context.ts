// SparkContext: the entry point of the RDD API, as in PySpark. It owns a Runtime (executors,
// schedulers, shuffle, storage, listener bus) shared with the DataFrame engine.

import { builtinFn, type FnRef } from "../runtime/closure/fn-ref.js";
import { shipFunction } from "../runtime/closure/ship-function.js";
import { RddNode } from "../runtime/rdd-node.js";
import { Runtime, SPARK_VERSION } from "../runtime/runtime.js";
import type { Accumulator, AccumulatorParam } from "../runtime/accumulator.js";
import type { Broadcast } from "../runtime/broadcast.js";
import type { SparkListener } from "../runtime/events/listener-events.js";
import { toWire } from "../runtime/serde/wire.js";
import { RDD } from "./rdd.js";
import { SparkConf } from "./spark-conf.js";
import { listInputFiles, resolveLocalPath } from "./paths.js";
import { computeTextSplits } from "./text-splits.js";
import type { TaskContext } from "../runtime/task/task-context.js";

export interface SparkContextOptions {
  readonly master?: string;
  readonly appName?: string;
  readonly conf?: SparkConf | Record<string, string>;
}

let activeContext: SparkContext | null = null;
const LOG_LEVELS = ["ALL", "DEBUG", "ERROR", "FATAL", "INFO", "OFF", "TRACE", "WARN"];

export class SparkContext {
  readonly runtime: Runtime;
  private checkpointDir: string | null = null;
  private logLevel = "WARN";

  constructor(options: SparkContextOptions | SparkConf = {}) {
    const o: SparkContextOptions = options instanceof SparkConf ? { conf: options } : options;
    const conf = o.conf instanceof SparkConf ? o.conf.clone() : new SparkConf(Object.entries(o.conf ?? {}));
    if (o.master) conf.setMaster(o.master);
    if (o.appName) conf.setAppName(o.appName);
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.app.name", "faisca");
    if (activeContext && !activeContext.runtime.isStopped) {
      throw new Error("Cannot run multiple SparkContexts at once; existing SparkContext(app=" + activeContext.appName + ", master=" + activeContext.master + ")");
    }
    this.runtime = new Runtime(conf);
    activeContext = this;
  }

  /** The running SparkContext, if any. */
  static getActive(): SparkContext | null {
    return activeContext && !activeContext.runtime.isStopped ? activeContext : null;
  }

  /** The running SparkContext, or a new one from `conf`. */
  static getOrCreate(conf?: SparkConf): SparkContext {
    if (activeContext && !activeContext.runtime.isStopped) return activeContext;
    return new SparkContext(conf ?? new SparkConf());
  }

  get master(): string {
    return this.runtime.master;
  }
  get appName(): string {
    return this.runtime.appName;
  }
  get applicationId(): string {
    return this.runtime.appId;
  }
  get startTime(): number {
    return this.runtime.startTime;
  }
  get version(): string {
    return SPARK_VERSION;
  }
  get defaultParallelism(): number {
    return this.runtime.defaultParallelism;
  }
  get defaultMinPartitions(): number {
    return Math.min(this.defaultParallelism, 2);
  }
  /** The web UI's address, once the UI exists. */
  get uiWebUrl(): string | null {
    return this.runtime.conf.get("spark.faisca.ui.url") ?? null;
  }
  getConf(): SparkConf {
    return new SparkConf(this.runtime.conf.getAll());
  }

  // ---- creating RDDs ---------------------------------------------------------------------------

  parallelize<T>(data: Iterable<T>, numSlices?: number): RDD<T> {
    const values = Array.from(data);
    const n = numSlices ?? this.defaultParallelism;
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Positive number of partitions required, got ${n}`);
    const slices = Array.from({ length: n }, (_, i) => toWire(values.slice(Math.floor((i * values.length) / n), Math.floor(((i + 1) * values.length) / n))) as unknown[]);
    return new RDD<T>(this, new RddNode(this.runtime, { name: "ParallelCollectionRDD", numPartitions: n, dependencies: [], build: (p) => ({ kind: "values", values: slices[p]! }) }));
  }

  /** Numbers start, start+step, ... below end (range(n) is 0..n-1), as PySpark's sc.range. */
  range(start: number, end?: number, step = 1, numSlices?: number): RDD<number> {
    if (end === undefined) {
      end = start;
      start = 0;
    }
    if (step === 0) throw new RangeError("step cannot be 0");
    const count = Math.max(0, Math.ceil((end - start) / step));
    const n = numSlices ?? this.defaultParallelism;
    const s = start;
    return new RDD<number>(this, new RddNode(this.runtime, {
      name: "ParallelCollectionRDD",
      numPartitions: n,
      dependencies: [],
      build: (p) => {
        const i0 = Math.floor((p * count) / n);
        const i1 = Math.floor(((p + 1) * count) / n);
        return { kind: "range", start: s + i0 * step, end: s + i1 * step, step };
      },
    }));
  }

  emptyRDD<T>(): RDD<T> {
    return new RDD<T>(this, new RddNode(this.runtime, { name: "EmptyRDD", numPartitions: 0, dependencies: [], build: () => ({ kind: "empty" }) }));
  }

  /** Lines of text files (files, directories, globs, comma-separated; file:// or plain paths). */
  textFile(path: string, minPartitions?: number): RDD<string> {
    const files = listInputFiles(path);
    const splits = computeTextSplits(files, minPartitions ?? this.defaultMinPartitions);
    return new RDD<string>(this, new RddNode(this.runtime, {
      name: "HadoopRDD",
      numPartitions: splits.length,
      dependencies: [],
      build: (p) => ({ kind: "text-split", ...splits[p]! }),
    }));
  }

  /** [path URI, whole content] per file. */
  wholeTextFiles(path: string, minPartitions?: number): RDD<[string, string]> {
    const files = listInputFiles(path);
    const n = Math.max(1, Math.min(files.length, minPartitions ?? this.defaultMinPartitions));
    const groups = Array.from({ length: n }, (_, i) => files.slice(Math.floor((i * files.length) / n), Math.floor(((i + 1) * files.length) / n)));
    return new RDD<[string, string]>(this, new RddNode(this.runtime, {
      name: "WholeTextFileRDD",
      numPartitions: n,
      dependencies: [],
      build: (p) => ({ kind: "whole-text-files", paths: groups[p]! }),
    }));
  }

  union<T>(rdds: readonly RDD<T>[]): RDD<T> {
    if (rdds.length === 0) return this.emptyRDD<T>();
    const nodes = rdds.map((r) => r.node);
    const starts: number[] = [];
    let total = 0;
    for (const n of nodes) {
      starts.push(total);
      total += n.numPartitions;
    }
    const locate = (p: number): [number, number] => {
      let i = nodes.length - 1;
      while (starts[i]! > p) i--;
      return [i, p - starts[i]!];
    };
    return new RDD<T>(this, new RddNode(this.runtime, {
      name: "UnionRDD",
      numPartitions: total,
      dependencies: nodes.map((n, i) => ({ kind: "narrow" as const, rdd: n, parents: (p: number) => (locate(p)[0] === i ? [locate(p)[1]] : []) })),
      build: (p, b) => {
        const [i, pp] = locate(p);
        return b.node(nodes[i]!, pp);
      },
    }));
  }

  // ---- shared variables ------------------------------------------------------------------------

  broadcast<T>(value: T): Broadcast<T> {
    return this.runtime.broadcast(value);
  }
  /** PySpark's sc.accumulator(value[, param]): numbers sum; a param makes a custom accumulator. */
  accumulator<T>(value: T, param?: AccumulatorParam<T>): Accumulator<T> {
    if (param) return this.runtime.accumulator(value, "custom", param);
    if (typeof value !== "number") throw new TypeError("accumulator(value) without a param needs a number; pass an AccumulatorParam for other types");
    return this.runtime.accumulator(value, Number.isInteger(value) ? "long" : "double");
  }
  longAccumulator(name?: string): Accumulator<number> {
    return this.runtime.accumulator(0, "long", null, name ?? null);
  }
  doubleAccumulator(name?: string): Accumulator<number> {
    return this.runtime.accumulator(0, "double", null, name ?? null);
  }
  collectionAccumulator<T>(name?: string): Accumulator<T[]> {
    return this.runtime.accumulator<T[]>([], "collection", null, name ?? null);
  }

  // ---- jobs ------------------------------------------------------------------------------------

  /** Runs fn over the given partitions and returns its results (PySpark's sc.runJob). */
  async runJob<T, U>(rdd: RDD<T>, partitionFunc: (it: IterableIterator<T>) => Iterable<U>, partitions?: number[]): Promise<U[]> {
    const fn: FnRef = builtinFn("collectApplied", shipFunction(partitionFunc, "runJob()"));
    const parts = await this.runtime.runJob<U[]>(rdd.node, fn, { partitions });
    return parts.flat(1) as U[];
  }

  setJobGroup(groupId: string, description: string, interruptOnCancel = false): void {
    this.runtime.setLocalProperty("spark.jobGroup.id", groupId);
    this.runtime.setLocalProperty("spark.job.description", description);
    this.runtime.setLocalProperty("spark.job.interruptOnCancel", String(interruptOnCancel));
  }
  setJobDescription(description: string | null): void {
    this.runtime.setLocalProperty("spark.job.description", description);
  }
  setLocalProperty(key: string, value: string | null): void {
    this.runtime.setLocalProperty(key, value);
  }
  getLocalProperty(key: string): string | undefined {
    return this.runtime.getLocalProperty(key);
  }
  cancelJobGroup(groupId: string): void {
    this.runtime.cancelJobGroup(groupId);
  }
  cancelAllJobs(): void {
    this.runtime.cancelAllJobs();
  }

  setLogLevel(level: string): void {
    const l = level.toUpperCase();
    if (!LOG_LEVELS.includes(l)) throw new Error(`Supplied level ${level} did not match one of: ${LOG_LEVELS.join(",")}`);
    this.logLevel = l;
  }
  getLogLevel(): string {
    return this.logLevel;
  }

  setCheckpointDir(dir: string): void {
    this.checkpointDir = resolveLocalPath(dir);
  }
  getCheckpointDir(): string | null {
    return this.checkpointDir;
  }

  addSparkListener(listener: SparkListener): void {
    this.runtime.addListener(listener);
  }
  removeSparkListener(listener: SparkListener): void {
    this.runtime.removeListener(listener);
  }

  async stop(): Promise<void> {
    await this.runtime.stop();
    if (activeContext === this) activeContext = null;
  }
}

export type { TaskContext };
