// Deterministic sample of doubles/floats for checking formatDouble/formatFloat against Java:
// random bit patterns, short decimals, integers, powers of 2 and 10, subnormals, boundaries.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export const doubleHex = (x: number): string => {
  f64[0] = x;
  return u64[0]!.toString(16).padStart(16, "0");
};
export const floatHex = (x: number): string => {
  f32[0] = x;
  return u32[0]!.toString(16).padStart(8, "0");
};
export const doubleFromHex = (h: string): number => {
  u64[0] = BigInt("0x" + h);
  return f64[0]!;
};
export const floatFromHex = (h: string): number => {
  u32[0] = parseInt(h, 16);
  return f32[0]!;
};

/** Values as numbers; floats are already float32-representable. */
export function sampleValues(n: number, seed: number): { doubles: number[]; floats: number[] } {
  const r = rng(seed);
  const doubles: number[] = [];
  const floats: number[] = [];
  const special = [
    0, -0, 1, -1, 0.1, 0.2, 0.3, 1e-3, 2e-3, 9.999e-4, 1e-4, 1e7, 9999999, 9999999.999, 1e7 + 0.5, 1e23, 2e23,
    1e22, 1e21, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    4.9e-324, 123.456, 1234567.0, 12345678.0, 0.001, 0.01, 100, 1e10, 1.234e-5, Math.PI, Math.E, 2 ** 62,
    2 ** 63, 2 ** 53, 2 ** 53 + 2, 2 ** 54, 2 ** 60 + 2 ** 10, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 1e18, 1e19,
    9007199254740993, 0.5, 0.25, 0.125, 1.5, 100.5, NaN, Infinity, -Infinity,
  ];
  for (const s of special) {
    doubles.push(s);
    floats.push(Math.fround(s));
  }
  for (let e = -1074; e <= 1023; e++) doubles.push(2 ** e);
  for (let e = -149; e <= 127; e++) floats.push(Math.fround(2 ** e));
  for (let e = -325; e <= 308; e++) doubles.push(Number(`1e${e}`));
  for (let e = -46; e <= 38; e++) floats.push(Math.fround(Number(`1e${e}`)));
  while (doubles.length < n) {
    const k = r();
    if (k < 0.35) {
      // random bits (finite)
      const hi = Math.floor(r() * 0x7fefffff);
      const lo = Math.floor(r() * 4294967296);
      f64[0] = 0;
      u64[0] = (BigInt(hi) << 32n) | BigInt(lo);
      doubles.push(r() < 0.5 ? f64[0]! : -f64[0]!);
    } else if (k < 0.7) {
      // short decimal literal like 123.45e-3
      const digits = 1 + Math.floor(r() * 17);
      let m = "";
      for (let i = 0; i < digits; i++) m += Math.floor(r() * 10);
      const exp = Math.floor(r() * 50) - 25;
      doubles.push(Number(`${m}e${exp}`));
    } else if (k < 0.85) {
      // integers of various sizes
      doubles.push(Math.floor(r() * 2 ** Math.floor(r() * 70)));
    } else {
      // a few ulps around powers of ten
      const base = Number(`1e${Math.floor(r() * 40) - 20}`);
      f64[0] = base;
      u64[0] = u64[0]! + BigInt(Math.floor(r() * 9) - 4);
      doubles.push(f64[0]!);
    }
  }
  while (floats.length < n / 2) {
    const k = r();
    if (k < 0.4) {
      u32[0] = Math.floor(r() * 0x7f7fffff);
      floats.push(r() < 0.5 ? f32[0]! : -f32[0]!);
    } else if (k < 0.75) {
      const digits = 1 + Math.floor(r() * 9);
      let m = "";
      for (let i = 0; i < digits; i++) m += Math.floor(r() * 10);
      floats.push(Math.fround(Number(`${m}e${Math.floor(r() * 30) - 15}`)));
    } else {
      floats.push(Math.fround(Math.floor(r() * 2 ** Math.floor(r() * 66))));
    }
  }
  return { doubles, floats };
}
