// java.math.BigInteger#toByteArray: the minimal two's-complement big-endian bytes of an integer
// (Spark hashes decimals wider than 18 digits through these bytes).

export function bigIntToJavaBytes(v: bigint): Uint8Array {
  let n = 1;
  // smallest n with -2^(8n-1) <= v < 2^(8n-1)
  while (v >= 1n << BigInt(8 * n - 1) || v < -(1n << BigInt(8 * n - 1))) n++;
  const u = BigInt.asUintN(8 * n, v);
  const out = new Uint8Array(n);
  let x = u;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}
