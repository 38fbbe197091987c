// Delivers listener events asynchronously and in order, off the scheduler's path (Spark's
// LiveListenerBus). A throwing listener is reported once and does not stop delivery.

import { CALLBACK, type SparkListener, type SparkListenerEvent } from "./listener-events.js";

export class ListenerBus {
  private readonly listeners: SparkListener[] = [];
  private queue: SparkListenerEvent[] = [];
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];
  private readonly warned = new WeakSet<SparkListener>();

  addListener(l: SparkListener): void {
    this.listeners.push(l);
  }
  removeListener(l: SparkListener): void {
    const i = this.listeners.indexOf(l);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  post(e: SparkListenerEvent): void {
    if (this.listeners.length === 0) return;
    this.queue.push(e);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  private drain(): void {
    this.scheduled = false;
    const q = this.queue;
    this.queue = [];
    for (const e of q) this.deliver(e);
    if (this.queue.length === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  private deliver(e: SparkListenerEvent): void {
    const cb = CALLBACK[e.event];
    for (const l of this.listeners) {
      try {
        if (cb) (l[cb] as ((x: SparkListenerEvent) => void) | undefined)?.call(l, e);
        l.onEvent?.(e);
      } catch (err) {
        if (!this.warned.has(l)) {
          this.warned.add(l);
          console.warn(`Listener threw on ${e.event} (further errors from it are ignored): ${String(err)}`);
        }
      }
    }
  }

  /** Resolves once every event posted so far has been delivered. */
  waitUntilEmpty(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }
}
