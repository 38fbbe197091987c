// Consuming a partition's records: iterators that can push (fused element-wise chains, see
// src/rdd/fusion.ts) expose forEachRemaining(f), which runs the whole chain in one loop without
// an iterator result per record; any other iterator is pulled.

export interface PushIterator<T> extends Iterator<T> {
  forEachRemaining(f: (x: T) => void): void;
}

export function forEachRecord<T>(it: Iterator<T>, f: (x: T) => void): void {
  if (typeof (it as Partial<PushIterator<T>>).forEachRemaining === "function") {
    (it as PushIterator<T>).forEachRemaining(f);
    return;
  }
  for (let r = it.next(); !r.done; r = it.next()) f(r.value);
}
