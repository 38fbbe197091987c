// Conditional functions that are plain scalars (if/case/coalesce are analyzer nodes).
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { nullif, nvl2 } from "./nullif-nvl2.js";
import { nullifzero, zeroifnull } from "./zero-null.js";

export const CONDITIONAL_FUNCTIONS: readonly FunctionDef[] = [nullif, nvl2, zeroifnull, nullifzero];
for (const f of CONDITIONAL_FUNCTIONS) registerFunction(f);
