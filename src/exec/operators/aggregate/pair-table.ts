// A hash table of 64-bit keys given as (lo, hi) int32 pairs, handing out dense ids (0, 1, 2, ...).
// Open addressing with linear probing on Int32Arrays: no allocation per lookup. Keys of every
// fixed-width type fit (32-bit values use hi = 0; longs and doubles their two halves), and so do
// pairs of ids, which is how composite grouping keys are numbered.

import { ensureCapacity } from "../../batch/growable.js";

const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/**
 * A hash table of 64-bit keys given as (lo, hi) int pairs, handing out dense ids. Covers every
 * fixed-width type: 32-bit values use hi = 0, longs and doubles their two halves.
 */
export class PairTable {
  private slots = new Int32Array(64); // id + 1, 0 = empty
  private mask = 63;
  keys = new Int32Array(64); // lo, hi per id
  size = 0;
  private reserved = -1;

  id(lo: number, hi: number): number {
    const mask = this.mask;
    const slots = this.slots;
    const keys = this.keys;
    let s = mix(lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const e = slots[s]!;
      if (e === 0) return this.add(s, lo, hi);
      const k = (e - 1) << 1;
      if (keys[k] === lo && keys[k + 1] === hi) return e - 1;
      s = (s + 1) & mask;
    }
  }

  /** A new id outside the hash table (the null key). */
  reserve(): number {
    return (this.reserved = this.append(0, 0));
  }

  /** A new id for (lo, hi) without indexing it: the caller knows it is new and finds it by
   *  other means (direct-mapped keys) until `index()` is called. */
  append(lo: number, hi: number): number {
    const id = this.size++;
    if ((id << 1) + 2 > this.keys.length) this.keys = ensureCapacity(this.keys, (id << 1) + 2);
    this.keys[id << 1] = lo;
    this.keys[(id << 1) + 1] = hi;
    return id;
  }

  /** Indexes every appended key (all ids but the reserved one) in the hash table. */
  index(): void {
    let cap = 64;
    while (cap < this.size * 2) cap *= 2;
    this.slots = new Int32Array(cap >> 1);
    this.rehash();
  }

  private add(slot: number, lo: number, hi: number): number {
    const id = this.size++;
    if ((id << 1) + 2 > this.keys.length) this.keys = ensureCapacity(this.keys, (id << 1) + 2);
    this.keys[id << 1] = lo;
    this.keys[(id << 1) + 1] = hi;
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    const slots = new Int32Array(cap);
    const mask = cap - 1;
    for (let id = 0; id < this.size; id++) {
      if (id === this.reserved) continue;
      let s = mix(this.keys[id << 1]! ^ Math.imul(this.keys[(id << 1) + 1]!, 0x9e3779b1)) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
