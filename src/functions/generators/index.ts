// Generator (table-valued) functions: registered here. json_tuple lives with the JSON functions.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { explode, explodeOuter, posexplode, posexplodeOuter } from "./explode.js";
import { inline, inlineOuter } from "./inline.js";
import { stack } from "./stack.js";

export const GENERATOR_FUNCTIONS: readonly FunctionDef[] = [explode, explodeOuter, posexplode, posexplodeOuter, inline, inlineOuter, stack];
for (const f of GENERATOR_FUNCTIONS) registerFunction(f);
