// Spark-compatible hashing: hash()/xxhash64() over values, vectorized key hashing for shuffle
// partitioning, and key normalization for grouping.
export { murmur3Hash, xxhash64, murmur3Value } from "./spark-hash.js";
export { hashRowKeys, hashPartitionIds, hashColumnInto } from "./hash-row-keys.js";
export { normalizeKey, needsNormalization, encodeKey } from "./normalize-key.js";
export { murmur3Int, murmur3Long, murmur3LongHalves, murmur3Bytes, murmur3String } from "./murmur3.js";
export { xxhashInt, xxhashLong, xxhashBytes } from "./xxhash64.js";
