// Miscellaneous functions: registered here.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import {
  assertTrue, currentCatalog, currentDatabase, currentUser, monotonicallyIncreasingId, raiseError,
  sparkPartitionId, typeofFn, version,
} from "./errors-and-info.js";

export const MISC_FUNCTIONS: readonly FunctionDef[] = [
  assertTrue, raiseError, typeofFn, currentDatabase, currentCatalog, version, currentUser, sparkPartitionId,
  monotonicallyIncreasingId,
];
for (const f of MISC_FUNCTIONS) registerFunction(f);
