// Broadcast variables: a read-only value shipped once to each executor (on its first task after
// the broadcast is created) instead of with every task. Functions reach it through capture():
//   const lookup = sc.broadcast(table); rdd.map(capture({ lookup }, (k) => lookup.value[k]))

import { SHIP_MARKER, type ShipMarker } from "./closure/fn-ref.js";
import { toWire } from "./serde/wire.js";

export interface BroadcastHost {
  registerBroadcast(id: number, wireValue: unknown): void;
  destroyBroadcast(id: number): void;
}

let nextBroadcastId = 0;

export class Broadcast<T> {
  readonly id = nextBroadcastId++;
  private destroyed = false;

  constructor(
    private readonly host: BroadcastHost,
    private readonly val: T,
  ) {
    host.registerBroadcast(this.id, toWire(val));
  }

  get value(): T {
    if (this.destroyed) throw new Error(`Attempted to use Broadcast(${this.id}) after it was destroyed`);
    return this.val;
  }

  /** Removes the executors' copies; they are re-sent if used again. */
  unpersist(): void {
    this.host.destroyBroadcast(this.id);
    if (!this.destroyed) this.host.registerBroadcast(this.id, toWire(this.val));
  }

  destroy(): void {
    this.destroyed = true;
    this.host.destroyBroadcast(this.id);
  }

  [SHIP_MARKER](): ShipMarker {
    if (this.destroyed) throw new Error(`Attempted to use Broadcast(${this.id}) after it was destroyed`);
    return { "\u0000ship": "broadcast", id: this.id };
  }

  toString(): string {
    return `Broadcast(${this.id})`;
  }
}
