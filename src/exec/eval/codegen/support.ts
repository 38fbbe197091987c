// Runtime support handed to generated pipeline functions as `$s` (reading non-flat columns,
// builders for boxed outputs, the interpreter's row state for subtrees codegen delegates).

import type { ColumnVector, DictVector } from "../../batch/column-vector.js";
import { getValue, materializeStrings } from "../../batch/access.js";
import { createBuilder } from "../../batch/builder.js";
import { decodeUtf8 } from "../../batch/utf8.js";
import { newRowState } from "../context.js";

/** Dictionary entries of a dict vector as JS strings, decoded once per batch. */
const dictStrings = (v: ColumnVector): readonly string[] => materializeStrings((v as DictVector).dictionary).values;

export const CODEGEN_SUPPORT = Object.freeze({ getValue, createBuilder, decodeUtf8, dictStrings, newRowState });
export type CodegenSupport = typeof CODEGEN_SUPPORT;
