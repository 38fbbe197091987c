// Rough heap size of a JS value in bytes, for memory accounting (Spark's SizeEstimator). It
// walks arrays/objects to a small depth and samples long arrays; exactness is not the point,
// proportionality is.

const SAMPLE = 64;

export function estimateSize(v: unknown, depth = 0): number {
  switch (typeof v) {
    case "number":
    case "boolean":
    case "undefined":
      return 8;
    case "string":
      return 24 + v.length * 2;
    case "bigint":
      return 24;
    case "object": {
      if (v === null) return 8;
      if (ArrayBuffer.isView(v)) return 64 + v.byteLength;
      if (v instanceof ArrayBuffer || v instanceof SharedArrayBuffer) return 32 + v.byteLength;
      if (depth > 4) return 64;
      if (Array.isArray(v)) {
        const n = v.length;
        if (n <= SAMPLE) {
          let s = 32 + 8 * n;
          for (let i = 0; i < n; i++) s += estimateSize(v[i], depth + 1);
          return s;
        }
        let s = 0;
        const step = n / SAMPLE;
        for (let i = 0; i < SAMPLE; i++) s += estimateSize(v[Math.floor(i * step)], depth + 1);
        return 32 + 8 * n + (s / SAMPLE) * n;
      }
      if (v instanceof Map) {
        let s = 64;
        for (const [k, x] of v) s += 32 + estimateSize(k, depth + 1) + estimateSize(x, depth + 1);
        return s;
      }
      let s = 32;
      for (const k in v) s += 16 + estimateSize((v as Record<string, unknown>)[k], depth + 1);
      return s;
    }
    default:
      return 16;
  }
}
