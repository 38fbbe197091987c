// Columnar batches: layout (column-vector.ts), builders, accessors, reshaping, dictionaries,
// UTF-8 helpers, moving batches between threads, and Arrow interchange.
export * from "./column-vector.js";
export { createBuilder, vectorFromValues, constantVector, nullVector, type VectorBuilder } from "./builder.js";
export {
  getValue, getString, getBinary, getNumber, getBigInt, getBoolean, vectorToArray, materializeStrings,
} from "./access.js";
export {
  makeBatch, batchFromRows, batchToRows, projectColumns, liveColumn, gatherVector, gatherRows, compactBatch,
  sliceVector, sliceBatch, concatVectors, concatBatches,
} from "./batch-ops.js";
export {
  encodeUtf8Vector, decodeUtf8, compareUtf8, equalsUtf8, compareStrings, codePointLength, utf8CodePointLength,
  utf8Bytes, appendUtf8,
} from "./utf8.js";
export { dictionaryEncode, unifyDictionaries, dictToUtf8, type UnifiedDictionaries } from "./dictionary.js";
export { Utf8Interner } from "./utf8-interner.js";
export {
  toTransferable, fromTransferable, toSharedTransferable, type TransferableBatch, type TransferableVector,
  type TransferOptions,
} from "./transfer.js";
export { flatArrayConstructor, preferredEncoding, isUtf8Type, isTextType } from "./physical-type.js";
export { reviveType } from "./revive-type.js";
