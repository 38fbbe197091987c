// The DAG scheduler: turns jobs into stages cut at shuffle dependencies, submits a stage's
// tasks once its parent stages' outputs exist (reusing shuffle outputs computed by earlier
// jobs), and reacts to task completions, task-set failures and executor losses. All state
// changes happen in one handler per event of the DagEvent union, processed one at a time.

import type { RddNode, ShuffleDependency } from "../rdd-node.js";
import { fromWire } from "../serde/wire.js";
import type { ListenerBus } from "../events/listener-bus.js";
import type { StageInfo } from "../events/listener-events.js";
import { MissingShuffleOutputError, type MapOutputTracker } from "../shuffle/map-output-tracker.js";
import type { BlockManagerMaster } from "../storage/block-manager-master.js";
import { SparkException } from "../errors.js";
import type { ActiveJob } from "./active-job.js";
import type { DagEvent, DagEventKind, DagEventOf } from "./dag-events.js";
import { buildTaskNode, preferredLocations, stageInfoOf } from "./stage-graph.js";
import { stageNumTasks, type ResultStage, type ShuffleMapStage, type Stage } from "./stage.js";
import type { TaskScheduler } from "./task-scheduler.js";
import { TaskSetManager, type TaskTemplate } from "./task-set-manager.js";

export interface DagSchedulerDeps {
  readonly bus: ListenerBus;
  readonly tracker: MapOutputTracker;
  readonly blocks: BlockManagerMaster;
  readonly maxFailures: number;
  readonly taskScheduler: () => TaskScheduler;
  readonly applyAccumulatorUpdates: (updates: readonly (readonly [number, unknown])[]) => void;
}

type Handlers = { [K in DagEventKind]: (e: DagEventOf<K>) => void };

export class DagScheduler {
  private nextStageId = 0;
  private readonly queue: DagEvent[] = [];
  private draining = false;
  private readonly stages = new Map<number, Stage>();
  private readonly shuffleStages = new Map<number, ShuffleMapStage>();
  private readonly jobs = new Map<number, ActiveJob>();
  private readonly waiting = new Set<Stage>();
  private readonly running = new Set<Stage>();
  private readonly stageInfos = new Map<number, StageInfo>();

  constructor(private readonly d: DagSchedulerDeps) {}

  post(e: DagEvent): void {
    this.queue.push(e);
    if (!this.draining) {
      this.draining = true;
      queueMicrotask(() => this.drain());
    }
  }

  private drain(): void {
    try {
      while (this.queue.length > 0) {
        const e = this.queue.shift()!;
        try {
          (this.handlers[e.kind] as (x: DagEvent) => void)(e);
        } catch (err) {
          this.failAllJobs(err instanceof Error ? err : new Error(String(err)));
        }
      }
    } finally {
      this.draining = false;
    }
    this.d.taskScheduler().reviveOffers();
  }

  get activeJobIds(): number[] {
    return [...this.jobs.keys()];
  }

  private readonly handlers: Handlers = {
    "job-submitted": (e) => this.onJobSubmitted(e.job),
    "task-completed": (e) => this.onTaskCompleted(e),
    "task-lost": (e) => {
      this.d.bus.post({
        event: "SparkListenerTaskEnd",
        stageId: e.stageId,
        stageAttemptId: e.stageAttempt,
        taskType: this.stages.get(e.stageId)?.kind === "map" ? "ShuffleMapTask" : "ResultTask",
        reason: { kind: "ExecutorLostFailure", executorId: e.executorId, reason: e.reason },
        taskInfo: e.taskInfo,
        taskMetrics: emptyMetricsForLost(),
      });
    },
    "task-set-failed": (e) => {
      const stage = this.stages.get(e.stageId);
      if (stage) this.abortStage(stage, e.message, e.cause);
    },
    "executor-lost": (e) => this.onExecutorLost(e.executorId),
    "job-cancelled": (e) => {
      const job = this.jobs.get(e.jobId);
      if (job) this.failJobAndStages(job, new SparkException(`Job ${e.jobId} cancelled ${e.reason}`));
    },
    "job-group-cancelled": (e) => {
      for (const job of [...this.jobs.values()]) {
        if (job.properties["spark.jobGroup.id"] === e.groupId) {
          this.failJobAndStages(job, new SparkException(`Job ${job.jobId} cancelled part of cancelled job group ${e.groupId}`));
        }
      }
    },
    "all-jobs-cancelled": (e) => this.failAllJobs(new SparkException(e.reason)),
  };

  // ---- job submission and stage creation -------------------------------------------------

  private onJobSubmitted(job: ActiveJob): void {
    this.jobs.set(job.jobId, job);
    let finalStage: Stage;
    try {
      if (job.kind === "result") {
        const parents = this.parentStages(job.rdd, job.jobId);
        const stage: ResultStage = {
          kind: "result",
          id: this.nextStageId++,
          rdd: job.rdd,
          parents,
          firstJobId: job.jobId,
          jobIds: new Set([job.jobId]),
          callSite: job.callSite,
          latestAttempt: -1,
          pendingPartitions: new Set(),
          resultFn: job.resultFn,
          job,
        };
        this.stages.set(stage.id, stage);
        finalStage = stage;
      } else {
        finalStage = this.shuffleMapStage(job.dep, job.jobId);
        finalStage.mapStageJobs.push(job);
      }
    } catch (err) {
      this.jobs.delete(job.jobId);
      job.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    job.finalStage = finalStage;
    const all = this.stagesOf(finalStage);
    for (const s of all) s.jobIds.add(job.jobId);
    this.d.bus.post({
      event: "SparkListenerJobStart",
      jobId: job.jobId,
      time: Date.now(),
      stageInfos: all.map((s) => this.infoFor(s)),
      stageIds: all.map((s) => s.id),
      properties: job.properties,
    });
    if (job.kind === "map" && this.d.tracker.isAvailable(job.dep.shuffleId)) {
      this.finishMapStageJob(job);
      return;
    }
    this.submitStage(finalStage);
  }

  private stagesOf(s: Stage, seen = new Map<number, Stage>()): Stage[] {
    if (!seen.has(s.id)) {
      seen.set(s.id, s);
      for (const p of s.parents) this.stagesOf(p, seen);
    }
    return [...seen.values()].sort((a, b) => a.id - b.id);
  }

  /** Shuffle dependencies reachable from `rdd` through narrow dependencies only. */
  private shuffleDepsOf(rdd: RddNode): ShuffleDependency[] {
    const out: ShuffleDependency[] = [];
    const seen = new Set<number>();
    const stack = [rdd];
    while (stack.length > 0) {
      const r = stack.pop()!;
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      for (const dep of r.dependencies) {
        if (dep.kind === "shuffle") out.push(dep);
        else stack.push(dep.rdd);
      }
    }
    return out;
  }

  private parentStages(rdd: RddNode, jobId: number): ShuffleMapStage[] {
    return this.shuffleDepsOf(rdd).map((dep) => this.shuffleMapStage(dep, jobId));
  }

  private shuffleMapStage(dep: ShuffleDependency, jobId: number): ShuffleMapStage {
    const existing = this.shuffleStages.get(dep.shuffleId);
    if (existing) return existing;
    const parents = this.parentStages(dep.rdd, jobId);
    const stage: ShuffleMapStage = {
      kind: "map",
      id: this.nextStageId++,
      rdd: dep.rdd,
      parents,
      firstJobId: jobId,
      jobIds: new Set([jobId]),
      callSite: dep.rdd.callSite,
      latestAttempt: -1,
      pendingPartitions: new Set(),
      dep,
      mapStageJobs: [],
    };
    this.stages.set(stage.id, stage);
    this.shuffleStages.set(dep.shuffleId, stage);
    this.d.tracker.registerShuffle(dep.shuffleId, dep.rdd.numPartitions);
    return stage;
  }

  private missingParents(stage: Stage): ShuffleMapStage[] {
    const missing = new Map<number, ShuffleMapStage>();
    const seen = new Set<number>();
    const stack = [stage.rdd];
    while (stack.length > 0) {
      const r = stack.pop()!;
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      // A fully cached RDD needs none of its parents.
      if (r.isPersisted && this.fullyCached(r)) continue;
      for (const dep of r.dependencies) {
        if (dep.kind === "narrow") stack.push(dep.rdd);
        else {
          const ms = this.shuffleMapStage(dep, stage.firstJobId);
          if (!this.d.tracker.isAvailable(dep.shuffleId)) missing.set(ms.id, ms);
        }
      }
    }
    return [...missing.values()].sort((a, b) => a.id - b.id);
  }

  private fullyCached(r: RddNode): boolean {
    for (let p = 0; p < r.numPartitions; p++) if (this.d.blocks.locations(r.blockId(p)).length === 0) return false;
    return true;
  }

  private submitStage(stage: Stage): void {
    if (this.waiting.has(stage) || this.running.has(stage)) return;
    const missing = this.missingParents(stage);
    if (missing.length === 0) {
      this.submitMissingTasks(stage);
      return;
    }
    for (const p of missing) this.submitStage(p);
    this.waiting.add(stage);
  }

  private submitMissingTasks(stage: Stage): void {
    const job = stage.kind === "result" ? stage.job : this.jobs.get([...stage.jobIds].find((id) => this.jobs.has(id)) ?? -1);
    const properties = job?.properties ?? {};
    let outputs: number[];
    if (stage.kind === "map") outputs = this.d.tracker.missingMaps(stage.dep.shuffleId);
    else {
      outputs = [];
      for (let i = 0; i < stage.job.partitions.length; i++) if (!stage.job.finished[i]) outputs.push(i);
    }
    stage.latestAttempt++;
    stage.pendingPartitions = new Set(outputs);
    stage.submissionTime = Date.now();
    const tasks: TaskTemplate[] = [];
    try {
      for (const o of outputs) {
        const partition = stage.kind === "map" ? o : stage.job.partitions[o]!;
        tasks.push({
          outputIndex: o,
          partition,
          node: buildTaskNode(stage.rdd, partition, this.d.tracker),
          output:
            stage.kind === "map"
              ? { kind: "shuffle-map", shuffleId: stage.dep.shuffleId, numReducers: stage.dep.numReducers, writer: stage.dep.writer }
              : { kind: "result", fn: stage.resultFn },
          preferred: preferredLocations(stage.rdd, partition, this.d.blocks),
        });
      }
    } catch (err) {
      if (err instanceof MissingShuffleOutputError) {
        // A parent's output vanished between the check and now: go back and recompute it.
        stage.latestAttempt--;
        this.submitStage(stage);
        return;
      }
      throw err;
    }
    this.running.add(stage);
    const info = this.newStageInfo(stage);
    info.submissionTime = stage.submissionTime;
    this.d.bus.post({ event: "SparkListenerStageSubmitted", stageInfo: info, properties });
    if (tasks.length === 0) {
      this.markStageFinished(stage);
      return;
    }
    this.d.taskScheduler().submitTasks(new TaskSetManager(job?.jobId ?? stage.firstJobId, stage.id, stage.latestAttempt, tasks, this.d.maxFailures, properties));
  }

  // ---- task completion ------------------------------------------------------------------

  private onTaskCompleted(e: DagEventOf<"task-completed">): void {
    const stage = this.stages.get(e.stageId);
    const r = e.result;
    this.d.bus.post({
      event: "SparkListenerTaskEnd",
      stageId: e.stageId,
      stageAttemptId: e.stageAttempt,
      taskType: stage?.kind === "map" ? "ShuffleMapTask" : "ResultTask",
      reason: r.ok ? { kind: "Success" } : { kind: "ExceptionFailure", className: r.error.name, description: r.error.message, stack: r.error.stack },
      taskInfo: e.taskInfo,
      taskMetrics: r.metrics,
    });
    for (const u of r.blockUpdates) {
      this.d.blocks.update(e.taskInfo.executorId, u);
      this.d.bus.post({ event: "SparkListenerBlockUpdated", executorId: e.taskInfo.executorId, ...u });
    }
    if (!r.ok || !stage) return;
    if (stage.kind === "result") {
      const job = stage.job;
      if (job.done || job.finished[e.outputIndex]) return;
      this.d.applyAccumulatorUpdates(r.accumUpdates);
      job.finished[e.outputIndex] = true;
      job.numFinished++;
      stage.pendingPartitions.delete(e.outputIndex);
      try {
        job.onResult(e.outputIndex, fromWire(r.value));
      } catch (err) {
        this.failJobAndStages(job, err instanceof Error ? err : new Error(String(err)));
        return;
      }
      if (job.numFinished === job.partitions.length) {
        this.markStageFinished(stage);
        this.finishJob(job);
      }
      return;
    }
    // Shuffle map task: record where its output lives (unless its executor has since died).
    this.d.applyAccumulatorUpdates(r.accumUpdates);
    if (r.mapOutput && this.d.taskScheduler().executor(e.taskInfo.executorId)?.alive) {
      this.d.tracker.registerMapOutput(stage.dep.shuffleId, e.partition, { executorId: e.taskInfo.executorId, output: r.mapOutput });
    }
    stage.pendingPartitions.delete(e.outputIndex);
    if (stage.pendingPartitions.size === 0 && this.running.has(stage)) {
      this.markStageFinished(stage);
      if (!this.d.tracker.isAvailable(stage.dep.shuffleId)) {
        this.submitStage(stage); // outputs lost meanwhile: run the missing map tasks again
        return;
      }
      for (const job of stage.mapStageJobs.splice(0)) this.finishMapStageJob(job);
      this.submitWaitingChildren(stage);
    }
  }

  private submitWaitingChildren(parent: Stage): void {
    for (const s of [...this.waiting].sort((a, b) => a.id - b.id)) {
      if (s.parents.includes(parent as ShuffleMapStage)) {
        this.waiting.delete(s);
        this.submitStage(s);
      }
    }
  }

  private markStageFinished(stage: Stage, failureReason?: string): void {
    this.running.delete(stage);
    const info = this.newStageInfo(stage, false);
    info.submissionTime = stage.submissionTime;
    info.completionTime = Date.now();
    if (failureReason !== undefined) info.failureReason = failureReason;
    this.d.bus.post({ event: "SparkListenerStageCompleted", stageInfo: info });
    this.d.taskScheduler().zombifyStage(stage.id);
  }

  private finishJob(job: ActiveJob): void {
    job.done = true;
    this.cleanupJob(job);
    this.d.bus.post({ event: "SparkListenerJobEnd", jobId: job.jobId, time: Date.now(), jobResult: { kind: "JobSucceeded" } });
    if (job.kind === "result") job.resolve();
  }

  private finishMapStageJob(job: ActiveJob): void {
    if (job.kind !== "map" || job.done) return;
    job.done = true;
    this.cleanupJob(job);
    this.d.bus.post({ event: "SparkListenerJobEnd", jobId: job.jobId, time: Date.now(), jobResult: { kind: "JobSucceeded" } });
    job.resolve(this.d.tracker.statistics(job.dep.shuffleId));
  }

  private cleanupJob(job: ActiveJob): void {
    this.jobs.delete(job.jobId);
    for (const s of [...this.stages.values()]) {
      s.jobIds.delete(job.jobId);
      if (s.jobIds.size === 0) {
        this.waiting.delete(s);
        if (this.running.has(s)) this.markStageFinished(s, "Job finished");
        if (s.kind === "result") this.stages.delete(s.id);
      }
    }
  }

  // ---- failures -------------------------------------------------------------------------

  private abortStage(stage: Stage, message: string, cause: Error | undefined): void {
    const jobs = [...stage.jobIds].map((id) => this.jobs.get(id)).filter((j): j is ActiveJob => j !== undefined);
    if (this.running.has(stage)) this.markStageFinished(stage, message);
    for (const job of jobs) this.failJobAndStages(job, new SparkException(message, { cause }, stage.id));
  }

  private failJobAndStages(job: ActiveJob, error: Error): void {
    if (job.done) return;
    job.done = true;
    for (const s of [...this.running, ...this.waiting]) {
      if (s.jobIds.has(job.jobId) && s.jobIds.size === 1) {
        this.waiting.delete(s);
        if (this.running.has(s)) this.markStageFinished(s, `Job ${job.jobId} failed`);
      }
    }
    this.cleanupJob(job);
    this.d.bus.post({ event: "SparkListenerJobEnd", jobId: job.jobId, time: Date.now(), jobResult: { kind: "JobFailed", error } });
    job.reject(error);
  }

  private failAllJobs(error: Error): void {
    for (const job of [...this.jobs.values()]) this.failJobAndStages(job, error);
  }

  private onExecutorLost(executorId: string): void {
    this.d.blocks.removeExecutor(executorId);
    const lost = new Set(this.d.tracker.removeOutputsOnExecutor(executorId));
    if (lost.size === 0) return;
    // Stages running on top of a lost output go back to waiting; their parents re-run the lost
    // map partitions first. Tasks already running keep going and their results are kept.
    for (const s of [...this.running].sort((a, b) => a.id - b.id)) {
      const dependsOnLost = s.parents.some((p) => lost.has(p.dep.shuffleId));
      if (!dependsOnLost) continue;
      this.markStageFinished(s, `Resubmitted: shuffle output lost with executor ${executorId}`);
      this.submitStage(s);
    }
  }

  // ---- listener info --------------------------------------------------------------------

  private newStageInfo(stage: Stage, fresh = true): StageInfo {
    const base = fresh || !this.stageInfos.has(stage.id) ? stageInfoOf(stage, stageNumTasks(stage)) : this.stageInfos.get(stage.id)!;
    const info: StageInfo = { ...base, attemptNumber: Math.max(0, stage.latestAttempt) };
    this.stageInfos.set(stage.id, info);
    return info;
  }

  private infoFor(stage: Stage): StageInfo {
    return this.stageInfos.get(stage.id) ?? stageInfoOf(stage, stageNumTasks(stage));
  }
}

function emptyMetricsForLost() {
  return {
    executorDeserializeTime: 0, executorRunTime: 0, resultSize: 0, jvmGcTime: 0, peakExecutionMemory: 0,
    memoryBytesSpilled: 0, diskBytesSpilled: 0, inputRecordsRead: 0, inputBytesRead: 0, outputRecordsWritten: 0,
    outputBytesWritten: 0, shuffleRecordsRead: 0, shuffleBytesRead: 0, shuffleFetchWaitTime: 0,
    shuffleRecordsWritten: 0, shuffleBytesWritten: 0, shuffleWriteTime: 0,
  };
}
