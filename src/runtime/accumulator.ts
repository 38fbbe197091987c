// Accumulators: tasks add to them, the driver reads the total. Inside a task an accumulator is a
// task-local proxy (add only); its additions travel back with the task result and are merged on
// the driver when the task succeeds. Kinds: long, double (sums), collection (list), custom
// (an AccumulatorParam applied on the driver to every value added in tasks).

import { SHIP_MARKER, type ShipMarker } from "./closure/fn-ref.js";
import { TaskContext } from "./task/task-context.js";

export interface AccumulatorParam<T> {
  zero(initial: T): T;
  addInPlace(a: T, b: T): T;
}

export type AccumulatorKind = "long" | "double" | "collection" | "custom";

let nextAccumulatorId = 0;

export class Accumulator<T> {
  readonly id = nextAccumulatorId++;
  private current: T;

  constructor(
    initial: T,
    readonly kind: AccumulatorKind,
    private readonly param: AccumulatorParam<T> | null,
    readonly name: string | null = null,
  ) {
    this.current = initial;
  }

  get value(): T {
    if (TaskContext.get()) throw new Error("Accumulator.value cannot be read inside a task; read it on the driver after the action");
    return this.current;
  }
  set value(v: T) {
    this.current = v;
  }

  /** Adds on the driver; inside an inline task the addition goes to the task's updates. */
  add(v: T extends unknown[] ? T | T[number] : T): void {
    const ctx = TaskContext.get();
    if (ctx) {
      ctx.accumulator(this.id, this.kind).add(v);
      return;
    }
    this.merge(this.kind === "custom" || this.kind === "collection" ? [v] : v);
  }

  /** Merges a task's update (the driver side of accumulation). */
  merge(update: unknown): void {
    switch (this.kind) {
      case "long":
      case "double":
        this.current = ((this.current as number) + (update as number)) as T;
        return;
      case "collection":
        this.current = [...(this.current as unknown[]), ...(update as unknown[])] as T;
        return;
      case "custom":
        for (const v of update as unknown[]) this.current = this.param!.addInPlace(this.current, v as T);
        return;
    }
  }

  [SHIP_MARKER](): ShipMarker {
    return { "\u0000ship": "accumulator", id: this.id, accKind: this.kind };
  }

  toString(): string {
    return String(this.current);
  }
}
