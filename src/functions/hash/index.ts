// Hash functions: registered here.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { crc32, md5, sha1, sha2 } from "./digests.js";
import { hash, xxhash64 } from "./hash.js";

export const HASH_FUNCTIONS: readonly FunctionDef[] = [md5, sha1, sha2, crc32, hash, xxhash64];
for (const f of HASH_FUNCTIONS) registerFunction(f);
