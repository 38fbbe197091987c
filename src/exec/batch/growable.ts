// Growable typed-array helpers for builders: amortized doubling, exact-size result on build.

/** Returns `arr` when it can hold `needed` elements, else a bigger copy (capacity doubles). */
export function ensureCapacity<T extends Uint8Array | Int8Array | Int16Array | Int32Array | BigInt64Array | Float32Array | Float64Array>(
  arr: T,
  needed: number,
): T {
  if (needed <= arr.length) return arr;
  let cap = arr.length < 16 ? 16 : arr.length;
  while (cap < needed) cap *= 2;
  const Ctor = arr.constructor as new (n: number) => T;
  const next = new Ctor(cap);
  (next as unknown as { set(a: T): void }).set(arr);
  return next;
}

/** The first `length` elements in an array whose buffer is exactly that size (so it can be
 *  transferred to a worker without dragging spare capacity or aliasing other vectors). */
export function exactLength<T extends Uint8Array | Int8Array | Int16Array | Int32Array | BigInt64Array | Float32Array | Float64Array>(
  arr: T,
  length: number,
): T {
  if (arr.length === length && arr.byteOffset === 0 && arr.byteLength === arr.buffer.byteLength) return arr;
  return arr.slice(0, length) as T;
}
