// Schedules the tasks of one stage attempt: hands out pending tasks to executor offers (cached
// partitions preferably where they are cached), counts failures per task and aborts the set when
// a task has failed `maxFailures` times. An executor dying under a task is not the task's fault
// and is not counted against maxFailures, but a task that kills its executor repeatedly aborts.

import type { TaskNode } from "../task/task-node.js";
import type { TaskOutput } from "../task/task-description.js";

export interface TaskTemplate {
  readonly outputIndex: number;
  readonly partition: number;
  readonly node: TaskNode;
  readonly output: TaskOutput;
  readonly preferred: readonly string[];
}

const PENDING = 0;
const RUNNING = 1;
const DONE = 2;

export const MAX_EXECUTOR_LOSSES_PER_TASK = 4;

export class TaskSetManager {
  private readonly state: Uint8Array;
  private readonly failures: Int32Array;
  private readonly losses: Int32Array;
  private readonly attempts: Int32Array;
  private readonly hasPreferences: boolean;
  private nextPending = 0;
  private numDone = 0;
  runningCount = 0;
  zombie = false;
  lastLaunchTime = Date.now();

  constructor(
    readonly jobId: number,
    readonly stageId: number,
    readonly stageAttempt: number,
    readonly tasks: readonly TaskTemplate[],
    readonly maxFailures: number,
    readonly properties: Readonly<Record<string, string>>,
  ) {
    const n = tasks.length;
    this.state = new Uint8Array(n);
    this.failures = new Int32Array(n);
    this.losses = new Int32Array(n);
    this.attempts = new Int32Array(n);
    this.hasPreferences = tasks.some((t) => t.preferred.length > 0);
  }

  get isComplete(): boolean {
    return this.numDone === this.tasks.length;
  }
  get hasPending(): boolean {
    if (this.zombie) return false;
    for (let i = this.nextPending; i < this.state.length; i++) if (this.state[i] === PENDING) return true;
    return false;
  }

  /** Picks a task for `executorId`, honouring locality preferences until `localityWaitMs` has
   *  passed without a launch. Returns the task index and its attempt number, or null. */
  resourceOffer(executorId: string, alive: ReadonlySet<string>, now: number, localityWaitMs: number): { index: number; attempt: number; local: boolean } | null {
    if (this.zombie) return null;
    while (this.nextPending < this.state.length && this.state[this.nextPending] !== PENDING) this.nextPending++;
    if (this.nextPending >= this.state.length) return null;
    let pick = -1;
    let local = false;
    if (!this.hasPreferences) pick = this.nextPending;
    else {
      let fallback = -1;
      for (let i = this.nextPending; i < this.state.length; i++) {
        if (this.state[i] !== PENDING) continue;
        const pref = this.tasks[i]!.preferred;
        if (pref.includes(executorId)) {
          pick = i;
          local = true;
          break;
        }
        if (fallback === -1 && (pref.length === 0 || !pref.some((p) => alive.has(p)))) fallback = i;
      }
      if (pick === -1) pick = fallback;
      if (pick === -1 && now - this.lastLaunchTime >= localityWaitMs) {
        for (let i = this.nextPending; i < this.state.length; i++) {
          if (this.state[i] === PENDING) {
            pick = i;
            break;
          }
        }
      }
    }
    if (pick === -1) return null;
    this.state[pick] = RUNNING;
    this.runningCount++;
    this.lastLaunchTime = now;
    return { index: pick, attempt: this.attempts[pick]!++, local };
  }

  /** Marks a task done; false if it was already done (a duplicate attempt). */
  succeeded(index: number): boolean {
    this.runningCount--;
    if (this.state[index] === DONE) return false;
    this.state[index] = DONE;
    this.numDone++;
    return true;
  }

  /** Records a failed attempt; returns the abort reason's count when retries are exhausted. */
  failed(index: number): { abort: boolean; failures: number } {
    this.runningCount--;
    if (this.state[index] === DONE) return { abort: false, failures: this.failures[index]! };
    const f = ++this.failures[index]!;
    if (f >= this.maxFailures) return { abort: true, failures: f };
    this.requeue(index);
    return { abort: false, failures: f };
  }

  /** The executor running the task died. */
  executorLost(index: number): { abort: boolean; losses: number } {
    this.runningCount--;
    if (this.state[index] === DONE) return { abort: false, losses: this.losses[index]! };
    const l = ++this.losses[index]!;
    if (l >= MAX_EXECUTOR_LOSSES_PER_TASK) return { abort: true, losses: l };
    this.requeue(index);
    return { abort: false, losses: l };
  }

  private requeue(index: number): void {
    this.state[index] = PENDING;
    if (index < this.nextPending) this.nextPending = index;
  }
}
