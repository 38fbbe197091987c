// The context of one running task attempt: identity, metrics, accumulator updates, resources.
// `TaskContext.get()` returns the running task's context (as Spark's TaskContext.get()).

import type { FnEnv } from "../closure/resolve-fn.js";
import type { ShipMarker } from "../closure/fn-ref.js";
import type { ExecutorEnv } from "./executor-env.js";
import { emptyTaskMetrics, type TaskMetrics } from "./task-metrics.js";
import type { AccumulatorUpdate, TaskDescription } from "./task-description.js";

/** What a shipped accumulator looks like inside a task: add only. */
export interface TaskAccumulator<T = unknown> {
  add(v: T): void;
  readonly value: T;
}

type AccState = { kind: string; value: unknown };

let current: TaskContext | null = null;

export class TaskContext implements FnEnv {
  readonly metrics: TaskMetrics = emptyTaskMetrics();
  readonly transferList: ArrayBuffer[] = [];
  private readonly accums = new Map<number, AccState>();
  private readonly completionListeners: (() => void)[] = [];
  private spillCounter = 0;

  constructor(
    readonly env: ExecutorEnv,
    readonly task: TaskDescription,
  ) {}

  static get(): TaskContext | null {
    return current;
  }
  /** Runs `body` with this context as the current one (nested inline runs restore the outer). */
  runWith<R>(body: () => R): R {
    const prev = current;
    current = this;
    try {
      return body();
    } finally {
      current = prev;
    }
  }

  get inline(): boolean {
    return this.env.inline;
  }
  get partitionId(): number {
    return this.task.partition;
  }
  get stageId(): number {
    return this.task.stageId;
  }
  get stageAttemptNumber(): number {
    return this.task.stageAttempt;
  }
  get attemptNumber(): number {
    return this.task.attempt;
  }
  get taskAttemptId(): number {
    return this.task.taskId;
  }
  getLocalProperty(key: string): string | undefined {
    return this.task.properties[key];
  }

  addTaskCompletionListener(fn: () => void): void {
    this.completionListeners.push(fn);
  }
  runCompletionListeners(): void {
    for (const fn of this.completionListeners.splice(0)) {
      try {
        fn();
      } catch {
        // cleanup must not mask the task's own outcome
      }
    }
  }

  /** A fresh path for a spill file of this task. */
  spillPath(what: string): string {
    return `${this.env.localDir}/spill-${this.task.taskId}-${what}-${this.spillCounter++}`;
  }

  resolveMarker(marker: ShipMarker): unknown {
    if (marker["\u0000ship"] === "broadcast") {
      const id = marker.id;
      if (!this.env.broadcasts.has(id)) throw new Error(`Broadcast ${id} is not available on executor ${this.env.executorId} (destroyed?)`);
      const env = this.env;
      return {
        id,
        get value() {
          return env.broadcasts.get(id);
        },
      };
    }
    return this.accumulator(marker.id, marker.accKind ?? "custom");
  }

  /** The task-local side of accumulator `id`: additions are sent back with the task result. */
  accumulator(id: number, kind: string): TaskAccumulator {
    let st = this.accums.get(id);
    if (!st) {
      st = { kind, value: kind === "long" || kind === "double" ? 0 : [] };
      this.accums.set(id, st);
    }
    const state = st;
    return {
      add(v: unknown) {
        if (state.kind === "long" || state.kind === "double") state.value = (state.value as number) + Number(v);
        else (state.value as unknown[]).push(v);
      },
      get value(): never {
        throw new Error("Accumulator.value cannot be read inside a task; read it on the driver after the action");
      },
    };
  }

  accumulatorUpdates(): AccumulatorUpdate[] {
    return [...this.accums].map(([id, st]) => [id, st.value] as const);
  }
}
