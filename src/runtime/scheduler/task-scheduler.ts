// Runs task sets on executors: starts the executors (lazily, on the first job), offers free
// executor slots to task sets in FIFO order (job, then stage), launches tasks, and turns status
// messages and executor deaths into DAG scheduler events. A dead executor is replaced.

import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { rmSync } from "node:fs";
import type { ExecutorBackend, ExecutorCallbacks } from "../executor/executor-backend.js";
import { WorkerExecutor } from "../executor/worker-executor.js";
import { InlineExecutor } from "../executor/inline-executor.js";
import { executorPlugins, onExecutorPluginAdded } from "../executor/plugins.js";
import type { ExecutorStartData } from "../executor/protocol.js";
import type { TaskInfo } from "../events/listener-events.js";
import type { ListenerBus } from "../events/listener-bus.js";
import type { TaskDescription, TaskResult } from "../task/task-description.js";
import type { RuntimeConf } from "../conf.js";
import type { DagEvent } from "./dag-events.js";
import { MAX_EXECUTOR_LOSSES_PER_TASK, type TaskSetManager } from "./task-set-manager.js";

interface RunningTask {
  readonly tsm: TaskSetManager;
  readonly index: number;
  readonly executorId: string;
  readonly info: TaskInfo;
}

export interface TaskSchedulerOptions {
  readonly numExecutors: number;
  readonly inline: boolean;
  readonly conf: RuntimeConf;
  readonly bus: ListenerBus;
  readonly postDagEvent: (e: DagEvent) => void;
  /** Broadcast values (wire form) by id, for shipping to executors on first use. */
  readonly broadcasts: () => ReadonlyMap<number, unknown>;
}

const MAX_STARTUP_FAILURES = 3;

export class TaskScheduler implements ExecutorCallbacks {
  private readonly executors = new Map<string, ExecutorBackend>();
  private readonly busy = new Map<string, number>();
  private readonly sentBroadcasts = new Map<string, Set<number>>();
  private taskSets: TaskSetManager[] = [];
  private readonly running = new Map<number, RunningTask>();
  private nextTaskId = 0;
  private nextExecutorId = 0;
  private started = false;
  private stopped = false;
  private startupFailures = 0;
  private localityTimer: NodeJS.Timeout | null = null;
  private readonly localityWaitMs: number;
  readonly localDir: string;
  private unsubscribePlugins: (() => void) | null = null;

  constructor(private readonly opts: TaskSchedulerOptions) {
    this.localityWaitMs = opts.conf.getTimeMs("spark.locality.wait", "3s");
    this.localDir = join(opts.conf.get("spark.local.dir", tmpdir()), `faisca-${randomUUID().slice(0, 8)}`);
  }

  get executorIds(): string[] {
    return [...this.executors.keys()];
  }
  executor(id: string): ExecutorBackend | undefined {
    return this.executors.get(id);
  }

  private ensureStarted(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    const n = this.opts.inline ? 1 : this.opts.numExecutors;
    for (let i = 0; i < n; i++) this.addExecutor();
    this.unsubscribePlugins = onExecutorPluginAdded((url) => {
      for (const e of this.executors.values()) e.loadPlugin(url);
    });
  }

  /** Starts executors now rather than on the first job. */
  async start(): Promise<void> {
    this.ensureStarted();
    await Promise.all([...this.executors.values()].map((e) => e.ready));
  }

  private addExecutor(): void {
    const id = this.opts.inline ? "driver" : String(this.nextExecutorId++);
    const conf = this.opts.conf;
    const data: ExecutorStartData = {
      executorId: id,
      memoryBytes: conf.getBytes("spark.executor.memory", "1g"),
      memoryFraction: conf.getNumber("spark.memory.fraction", 0.6),
      storageFraction: conf.getNumber("spark.memory.storageFraction", 0.5),
      localDir: join(this.localDir, `executor-${id}`),
      conf: Object.fromEntries(conf.getAll()),
      plugins: executorPlugins(),
    };
    const backend = this.opts.inline ? new InlineExecutor(id, data, this) : new WorkerExecutor(id, data, this);
    this.executors.set(id, backend);
    this.busy.set(id, 0);
    this.sentBroadcasts.set(id, new Set());
    backend.ready.then(
      () => {
        this.startupFailures = 0;
      },
      () => undefined,
    );
    this.opts.bus.post({ event: "SparkListenerExecutorAdded", time: Date.now(), executorId: id, totalCores: backend.cores, maxMemory: Math.floor(data.memoryBytes * data.memoryFraction) });
  }

  submitTasks(tsm: TaskSetManager): void {
    this.ensureStarted();
    this.taskSets.push(tsm);
    this.taskSets.sort((a, b) => a.jobId - b.jobId || a.stageId - b.stageId);
    this.reviveOffers();
  }

  /** Stops launching tasks of a stage's task sets (running ones finish; results may be used). */
  zombifyStage(stageId: number): void {
    for (const t of this.taskSets) if (t.stageId === stageId) t.zombie = true;
    this.taskSets = this.taskSets.filter((t) => !t.zombie || t.runningCount > 0);
  }

  reviveOffers(): void {
    if (this.stopped) return;
    const now = Date.now();
    const alive = new Set([...this.executors.values()].filter((e) => e.alive).map((e) => e.id));
    let waitingForLocality = false;
    for (const exec of this.executors.values()) {
      if (!exec.alive) continue;
      while ((this.busy.get(exec.id) ?? 0) < exec.cores) {
        let launched = false;
        for (const tsm of this.taskSets) {
          const offer = tsm.resourceOffer(exec.id, alive, now, this.localityWaitMs);
          if (offer) {
            this.launch(exec, tsm, offer.index, offer.attempt, offer.local);
            launched = true;
            break;
          }
          if (tsm.hasPending) waitingForLocality = true;
        }
        if (!launched) break;
      }
    }
    if (waitingForLocality && !this.localityTimer) {
      this.localityTimer = setTimeout(() => {
        this.localityTimer = null;
        this.reviveOffers();
      }, this.localityWaitMs + 5);
      this.localityTimer.unref();
    }
  }

  private launch(exec: ExecutorBackend, tsm: TaskSetManager, index: number, attempt: number, local: boolean): void {
    const t = tsm.tasks[index]!;
    const taskId = this.nextTaskId++;
    const task: TaskDescription = {
      taskId,
      jobId: tsm.jobId,
      stageId: tsm.stageId,
      stageAttempt: tsm.stageAttempt,
      partition: t.partition,
      attempt,
      node: t.node,
      output: t.output,
      properties: tsm.properties,
    };
    const info: TaskInfo = {
      taskId,
      index,
      attemptNumber: attempt,
      partitionId: t.partition,
      launchTime: Date.now(),
      executorId: exec.id,
      host: "localhost",
      locality: local ? "PROCESS_LOCAL" : "ANY",
      speculative: false,
    };
    this.running.set(taskId, { tsm, index, executorId: exec.id, info });
    this.busy.set(exec.id, (this.busy.get(exec.id) ?? 0) + 1);
    this.opts.bus.post({ event: "SparkListenerTaskStart", stageId: tsm.stageId, stageAttemptId: tsm.stageAttempt, taskInfo: info });
    exec.launch(task, this.broadcastsFor(exec.id));
  }

  private broadcastsFor(executorId: string): [number, unknown][] {
    const sent = this.sentBroadcasts.get(executorId)!;
    const out: [number, unknown][] = [];
    for (const [id, v] of this.opts.broadcasts()) {
      if (!sent.has(id)) {
        sent.add(id);
        out.push([id, v]);
      }
    }
    return out;
  }

  forgetBroadcast(id: number): void {
    for (const [execId, sent] of this.sentBroadcasts) {
      if (sent.delete(id)) this.executors.get(execId)?.removeBroadcast(id);
    }
  }

  removeRdd(rddId: number): void {
    for (const e of this.executors.values()) e.removeRdd(rddId);
  }

  onStatus(executorId: string, result: TaskResult): void {
    const rt = this.running.get(result.taskId);
    if (!rt) return;
    this.running.delete(result.taskId);
    this.busy.set(executorId, Math.max(0, (this.busy.get(executorId) ?? 1) - 1));
    const { tsm, index, info } = rt;
    info.finishTime = Date.now();
    const t = tsm.tasks[index]!;
    if (result.ok) {
      tsm.succeeded(index);
    } else {
      info.failed = true;
      const { abort, failures } = tsm.failed(index);
      if (abort) {
        tsm.zombie = true;
        const e = result.error;
        const message =
          `Job aborted due to stage failure: Task ${index} in stage ${tsm.stageId}.${tsm.stageAttempt} failed ${failures} times, ` +
          `most recent failure: Lost task ${index}.${info.attemptNumber} in stage ${tsm.stageId}.${tsm.stageAttempt} (TID ${info.taskId}) (localhost executor ${executorId}): ${e.stack}`;
        const cause = new Error(e.message);
        cause.name = e.name;
        cause.stack = e.stack;
        this.opts.postDagEvent({ kind: "task-set-failed", stageId: tsm.stageId, stageAttempt: tsm.stageAttempt, message, cause });
      }
    }
    this.opts.postDagEvent({ kind: "task-completed", stageId: tsm.stageId, stageAttempt: tsm.stageAttempt, outputIndex: t.outputIndex, partition: t.partition, taskInfo: info, result });
    this.cleanupTaskSets();
    this.reviveOffers();
  }

  onLost(executorId: string, reason: string): void {
    const exec = this.executors.get(executorId);
    if (!exec) return;
    this.executors.delete(executorId);
    this.busy.delete(executorId);
    this.sentBroadcasts.delete(executorId);
    if (this.stopped) return;
    this.opts.bus.post({ event: "SparkListenerExecutorRemoved", time: Date.now(), executorId, reason });
    for (const [tid, rt] of [...this.running]) {
      if (rt.executorId !== executorId) continue;
      this.running.delete(tid);
      rt.info.finishTime = Date.now();
      rt.info.failed = true;
      const { abort, losses } = rt.tsm.executorLost(rt.index);
      this.opts.postDagEvent({ kind: "task-lost", stageId: rt.tsm.stageId, stageAttempt: rt.tsm.stageAttempt, taskInfo: rt.info, executorId, reason });
      if (abort) {
        rt.tsm.zombie = true;
        this.opts.postDagEvent({
          kind: "task-set-failed",
          stageId: rt.tsm.stageId,
          stageAttempt: rt.tsm.stageAttempt,
          message: `Job aborted due to stage failure: Task ${rt.index} in stage ${rt.tsm.stageId}.${rt.tsm.stageAttempt} failed: its executor was lost ${losses} times (limit ${MAX_EXECUTOR_LOSSES_PER_TASK}); most recent: executor ${executorId}: ${reason}`,
          cause: undefined,
        });
      }
    }
    this.opts.postDagEvent({ kind: "executor-lost", executorId, reason });
    const neverStarted = reason.includes("before it was ready") || reason.startsWith("executor error");
    if (neverStarted && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      this.opts.postDagEvent({ kind: "all-jobs-cancelled", reason: `Executors fail to start: ${reason}` });
      return;
    }
    this.addExecutor();
    this.cleanupTaskSets();
    this.reviveOffers();
  }

  private cleanupTaskSets(): void {
    this.taskSets = this.taskSets.filter((t) => !(t.isComplete || (t.zombie && t.runningCount <= 0)));
  }

  /** Kills an executor as if its worker died (tests, and a stuck executor). */
  async killExecutor(id: string): Promise<void> {
    await this.executors.get(id)?.kill();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.localityTimer) clearTimeout(this.localityTimer);
    this.unsubscribePlugins?.();
    await Promise.all([...this.executors.values()].map((e) => e.stop()));
    this.executors.clear();
    rmSync(this.localDir, { recursive: true, force: true });
  }
}
