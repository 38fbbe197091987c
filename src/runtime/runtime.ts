// The driver-side runtime of one application: configuration, executors, DAG and task
// schedulers, map-output tracker, block-manager master, listener bus, broadcasts and
// accumulators. SparkContext (src/rdd) and the DataFrame engine both run jobs through it.

import { randomUUID } from "node:crypto";
import { url as inspectorUrl } from "node:inspector";
import { userInfo } from "node:os";
import type { FnRef } from "./closure/fn-ref.js";
import { RuntimeConf } from "./conf.js";
import { parseMaster, type LocalMaster } from "./master.js";
import { ListenerBus } from "./events/listener-bus.js";
import type { SparkListener } from "./events/listener-events.js";
import { MapOutputTracker, type MapOutputStatistics } from "./shuffle/map-output-tracker.js";
import { BlockManagerMaster } from "./storage/block-manager-master.js";
import { DagScheduler } from "./scheduler/dag-scheduler.js";
import { TaskScheduler } from "./scheduler/task-scheduler.js";
import type { RddNode, ShuffleDependency } from "./rdd-node.js";
import { callSiteFromStack } from "./rdd-node.js";
import { Accumulator, type AccumulatorKind, type AccumulatorParam } from "./accumulator.js";
import { Broadcast, type BroadcastHost } from "./broadcast.js";
import { ConsoleProgressBar } from "./progress/console-progress-bar.js";
import "./shuffle/pairs-shuffle.js";

export const SPARK_VERSION = "4.0.0";

export interface RunJobOptions<R> {
  /** Partitions to compute (default: all). */
  readonly partitions?: readonly number[];
  /** "collect at app.ts:12" (default: from the stack). */
  readonly callSite?: string;
  /** Called with each partition's result as it arrives (default: collected into the array). */
  readonly onResult?: (outputIndex: number, value: R) => void;
}

let active: Runtime | null = null;

export class Runtime implements BroadcastHost {
  readonly conf: RuntimeConf;
  readonly master: string;
  readonly local: LocalMaster;
  readonly appName: string;
  readonly appId: string;
  readonly startTime = Date.now();
  readonly inline: boolean;
  readonly bus = new ListenerBus();
  readonly mapOutputTracker = new MapOutputTracker();
  readonly blockManagerMaster = new BlockManagerMaster();
  readonly taskScheduler: TaskScheduler;
  readonly dagScheduler: DagScheduler;
  private nextRdd = 0;
  private nextShuffle = 0;
  private nextJob = 0;
  private readonly broadcastValues = new Map<number, unknown>();
  private readonly accumulators = new Map<number, WeakRef<Accumulator<unknown>>>();
  private readonly localProperties = new Map<string, string>();
  private readonly progressBar: ConsoleProgressBar | null;
  private stopped = false;

  constructor(conf: RuntimeConf) {
    this.conf = conf;
    this.master = conf.get("spark.master", "local[*]");
    this.local = parseMaster(this.master);
    this.appName = conf.get("spark.app.name", "faisca");
    this.appId = `local-${Date.now()}-${randomUUID().slice(0, 4)}`;
    conf.setIfMissing("spark.app.id", this.appId);
    this.inline = conf.getBoolean("spark.faisca.inlineTasks", inspectorUrl() !== undefined);
    this.dagScheduler = new DagScheduler({
      bus: this.bus,
      tracker: this.mapOutputTracker,
      blocks: this.blockManagerMaster,
      maxFailures: this.local.maxFailures,
      taskScheduler: () => this.taskScheduler,
      applyAccumulatorUpdates: (u) => this.applyAccumulatorUpdates(u),
    });
    this.taskScheduler = new TaskScheduler({
      numExecutors: this.local.numExecutors,
      inline: this.inline,
      conf,
      bus: this.bus,
      postDagEvent: (e) => this.dagScheduler.post(e),
      broadcasts: () => this.broadcastValues,
    });
    this.progressBar = ConsoleProgressBar.create(conf, this.bus);
    this.bus.post({ event: "SparkListenerApplicationStart", appName: this.appName, appId: this.appId, time: this.startTime, sparkUser: safeUser() });
    this.bus.post({ event: "SparkListenerEnvironmentUpdate", sparkProperties: conf.getAll() });
    active = this;
  }

  static active(): Runtime | null {
    return active;
  }

  get isStopped(): boolean {
    return this.stopped;
  }
  /** Executors (local[N] → N single-core worker threads; inline → 1). */
  get defaultParallelism(): number {
    return this.conf.getInt("spark.default.parallelism", this.local.numExecutors);
  }

  newRddId(): number {
    return this.nextRdd++;
  }
  newShuffleId(): number {
    return this.nextShuffle++;
  }

  addListener(l: SparkListener): void {
    this.bus.addListener(l);
  }
  removeListener(l: SparkListener): void {
    this.bus.removeListener(l);
  }

  setLocalProperty(key: string, value: string | null): void {
    if (value === null) this.localProperties.delete(key);
    else this.localProperties.set(key, value);
  }
  getLocalProperty(key: string): string | undefined {
    return this.localProperties.get(key);
  }

  /** Runs `resultFn(iterator, ctx)` over partitions of `rdd` on the executors; resolves with the
   *  per-partition results in partition order. */
  runJob<R>(rdd: RddNode, resultFn: FnRef, options: RunJobOptions<R> = {}): Promise<R[]> {
    this.assertRunning();
    const partitions = options.partitions ?? Array.from({ length: rdd.numPartitions }, (_, i) => i);
    for (const p of partitions) {
      if (!Number.isInteger(p) || p < 0 || p >= rdd.numPartitions) throw new RangeError(`Partition ${p} out of range for RDD ${rdd.id} with ${rdd.numPartitions} partitions`);
    }
    const results = new Array<R>(partitions.length);
    const onResult = options.onResult;
    const callSite = options.callSite ?? callSiteFromStack();
    if (partitions.length === 0) return Promise.resolve(results);
    return this.prepare(rdd).then(() => new Promise<R[]>((resolve, reject) => {
      this.dagScheduler.post({
        kind: "job-submitted",
        job: {
          kind: "result",
          jobId: this.nextJob++,
          callSite,
          properties: Object.fromEntries(this.localProperties),
          finalStage: null,
          finished: new Array(partitions.length).fill(false),
          numFinished: 0,
          done: false,
          rdd,
          partitions,
          resultFn,
          onResult: (i, v) => {
            if (onResult) onResult(i, v as R);
            else results[i] = v as R;
          },
          resolve: () => resolve(results),
          reject,
        },
      });
    }));
  }

  /** Runs the pending `prepare` steps of the shuffle dependencies under `rdd`, parents first. */
  private async prepare(rdd: RddNode, seen = new Set<number>()): Promise<void> {
    if (seen.has(rdd.id)) return;
    seen.add(rdd.id);
    for (const dep of rdd.dependencies) {
      await this.prepare(dep.rdd, seen);
      if (dep.kind === "shuffle" && dep.prepare) {
        const p = dep.prepare;
        await p();
        dep.prepare = undefined;
      }
    }
    if (rdd.prepare) {
      const p = rdd.prepare;
      await p();
      rdd.prepare = undefined;
    }
  }

  /** Runs only the map stage of `dep` (and its parents); resolves with bytes per reducer, so
   *  the caller can coalesce small partitions before reading (adaptive execution). */
  submitMapStage(dep: ShuffleDependency, callSite?: string): Promise<MapOutputStatistics> {
    this.assertRunning();
    const site = callSite ?? callSiteFromStack();
    const prepared = this.prepare(dep.rdd).then(async () => {
      if (dep.prepare) {
        const p = dep.prepare;
        await p();
        dep.prepare = undefined;
      }
    });
    return prepared.then(() => new Promise((resolve, reject) => {
      this.dagScheduler.post({
        kind: "job-submitted",
        job: {
          kind: "map",
          jobId: this.nextJob++,
          callSite: site,
          properties: Object.fromEntries(this.localProperties),
          finalStage: null,
          finished: [],
          numFinished: 0,
          done: false,
          dep,
          partitions: [],
          resolve,
          reject,
        },
      });
    }));
  }

  cancelJobGroup(groupId: string): void {
    this.dagScheduler.post({ kind: "job-group-cancelled", groupId });
  }
  cancelAllJobs(): void {
    this.dagScheduler.post({ kind: "all-jobs-cancelled", reason: "as part of cancellation of all jobs" });
  }

  // ---- broadcasts and accumulators ---------------------------------------------------------

  broadcast<T>(value: T): Broadcast<T> {
    this.assertRunning();
    return new Broadcast(this, value);
  }
  registerBroadcast(id: number, wireValue: unknown): void {
    this.broadcastValues.set(id, wireValue);
  }
  destroyBroadcast(id: number): void {
    this.broadcastValues.delete(id);
    this.taskScheduler.forgetBroadcast(id);
  }

  accumulator<T>(initial: T, kind: AccumulatorKind, param: AccumulatorParam<T> | null = null, name: string | null = null): Accumulator<T> {
    const acc = new Accumulator(initial, kind, param, name);
    this.accumulators.set(acc.id, new WeakRef(acc as Accumulator<unknown>));
    return acc;
  }

  private applyAccumulatorUpdates(updates: readonly (readonly [number, unknown])[]): void {
    for (const [id, v] of updates) this.accumulators.get(id)?.deref()?.merge(v);
  }

  // ---- storage ---------------------------------------------------------------------------------

  unpersistRdd(rdd: RddNode): void {
    this.taskScheduler.removeRdd(rdd.id);
    this.blockManagerMaster.removeRdd(rdd.id);
    this.bus.post({ event: "SparkListenerUnpersistRDD", rddId: rdd.id });
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  /** Starts the executors now (they otherwise start with the first job). */
  startExecutors(): Promise<void> {
    return this.taskScheduler.start();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.dagScheduler.post({ kind: "all-jobs-cancelled", reason: "SparkContext was shut down" });
    await new Promise((r) => setImmediate(r));
    await this.taskScheduler.stop();
    this.mapOutputTracker.clear();
    this.bus.post({ event: "SparkListenerApplicationEnd", time: Date.now() });
    await this.bus.waitUntilEmpty();
    this.progressBar?.stop();
    if (active === this) active = null;
  }

  private assertRunning(): void {
    if (this.stopped) throw new Error("Cannot call methods on a stopped SparkContext.");
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
