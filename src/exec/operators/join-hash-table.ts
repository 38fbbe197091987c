// The build side of a hash join: row hashes in an Int32Array, bucket heads in a power-of-two
// Int32Array and a `next` chain per row (rows of one bucket chained in ascending order, so
// matches come out in build order). Probing writes (probe row, build row) index pairs into a
// growable pair buffer — the join's output is then gathered column by column from those.

import { finishHashes, hasNullKey, keyEquals, mixKeyHashes, type KeyColumn } from "./join-key-columns.js";

const SEED = 42;

/** Index pairs produced by a probe: probe[k] (a row of the probe batch) matches build[k]. */
export class PairBuffer {
  probe = new Int32Array(1024);
  build = new Int32Array(1024);
  length = 0;

  push(p: number, b: number): void {
    if (this.length === this.probe.length) this.grow();
    this.probe[this.length] = p;
    this.build[this.length++] = b;
  }

  private grow(): void {
    const p = new Int32Array(this.probe.length * 2);
    p.set(this.probe);
    const b = new Int32Array(this.build.length * 2);
    b.set(this.build);
    this.probe = p;
    this.build = b;
  }

  /** The pairs as exact-length views, valid until the buffer is reused. */
  take(): { probe: Int32Array; build: Int32Array } {
    return { probe: this.probe.subarray(0, this.length), build: this.build.subarray(0, this.length) };
  }
}

/** Hashes of the key rows (rows[r], or r without `rows`) for r < n. */
export function hashKeys(keys: readonly KeyColumn[], rows: Int32Array | null, n: number): Int32Array {
  const out = new Int32Array(n).fill(SEED);
  for (const k of keys) mixKeyHashes(k, rows, n, out);
  finishHashes(out, n);
  return out;
}

export class JoinHashTable {
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Single non-null-safe integer or long key: per build row [hash, low, high, next] side by
   *  side (high = 0 for ints), so a probe step touches one cache line instead of four arrays. */
  private readonly intRows: Int32Array | null;

  constructor(
    readonly keys: readonly KeyColumn[],
    readonly nullSafe: readonly boolean[],
    readonly numRows: number,
  ) {
    let cap = 16;
    while (cap < numRows * 2) cap *= 2;
    this.mask = cap - 1;
    this.heads = new Int32Array(cap).fill(-1);
    this.next = new Int32Array(numRows);
    this.hashes = hashKeys(keys, null, numRows);
    const { heads, next, hashes, mask } = this;
    // Inserted last to first so each chain lists its rows in ascending order.
    for (let i = numRows - 1; i >= 0; i--) {
      if (hasNullKey(keys, nullSafe, i)) continue;
      const b = hashes[i]! & mask;
      next[i] = heads[b]!;
      heads[b] = i;
    }
    const k0 = keys[0];
    const single = keys.length === 1 && (k0!.kind === "i64" || k0!.kind === "i32") && !nullSafe[0];
    this.intRows = single ? interleave(hashes, k0!, next, numRows) : null;
  }

  /**
   * Probes live rows pos.. of a probe batch (`rows` = its selection, or null for all `n` rows)
   * whose key hashes are `hashes` (indexed by live position). Appends the matching pairs to
   * `out` (only the first match per row with `firstOnly`) and stops after the row that brings
   * `out` to `limit` pairs; returns the next position to probe.
   */
  probe(pkeys: readonly KeyColumn[], rows: Int32Array | null, hashes: Int32Array, pos: number, n: number, out: PairBuffer, limit: number, firstOnly: boolean): number {
    const { heads, next, mask } = this;
    const bh = this.hashes;
    if (this.intRows !== null && pkeys[0]!.kind === this.keys[0]!.kind) return this.probeInt(pkeys[0]!, rows, hashes, pos, n, out, limit, firstOnly);
    const bkeys = this.keys;
    const nullSafe = this.nullSafe;
    const nk = bkeys.length;
    let r = pos;
    for (; r < n && out.length < limit; r++) {
      const i = rows === null ? r : rows[r]!;
      if (hasNullKey(pkeys, nullSafe, i)) continue;
      const h = hashes[r]!;
      for (let j = heads[h & mask]!; j >= 0; j = next[j]!) {
        if (bh[j] !== h) continue;
        let eq = true;
        for (let k = 0; k < nk && eq; k++) eq = keyEquals(pkeys[k]!, i, bkeys[k]!, j, nullSafe[k]!);
        if (!eq) continue;
        out.push(i, j);
        if (firstOnly) break;
      }
    }
    return r;
  }

  private probeInt(pk: KeyColumn, rows: Int32Array | null, hashes: Int32Array, pos: number, n: number, out: PairBuffer, limit: number, firstOnly: boolean): number {
    const { heads, mask } = this;
    const e = this.intRows!;
    const pv = pk.halves;
    const pi = pk.ints;
    const valid = pk.validity;
    let r = pos;
    for (; r < n && out.length < limit; r++) {
      const i = rows === null ? r : rows[r]!;
      if (valid !== null && valid[i] === 0) continue;
      const h = hashes[r]!;
      const lo = pv !== null ? pv[2 * i]! : pi![i]!;
      const hi = pv !== null ? pv[2 * i + 1]! : 0;
      for (let j = heads[h & mask]!; j >= 0; j = e[4 * j + 3]!) {
        const at = 4 * j;
        if (e[at] !== h || e[at + 1] !== lo || e[at + 2] !== hi) continue;
        out.push(i, j);
        if (firstOnly) break;
      }
    }
    return r;
  }
}

function interleave(hashes: Int32Array, key: KeyColumn, next: Int32Array, n: number): Int32Array {
  const e = new Int32Array(n * 4);
  const halves = key.halves;
  const ints = key.ints;
  for (let i = 0; i < n; i++) {
    e[4 * i] = hashes[i]!;
    e[4 * i + 1] = halves !== null ? halves[2 * i]! : ints![i]!;
    e[4 * i + 2] = halves !== null ? halves[2 * i + 1]! : 0;
    e[4 * i + 3] = next[i]!;
  }
  return e;
}

/** Nested-loop candidates: every build row for live probe rows pos.., bounded like probe(). */
export function crossPairs(rows: Int32Array | null, pos: number, n: number, buildRows: number, out: PairBuffer, limit: number): number {
  let r = pos;
  for (; r < n && out.length < limit; r++) {
    const i = rows === null ? r : rows[r]!;
    for (let j = 0; j < buildRows; j++) out.push(i, j);
  }
  return r;
}
