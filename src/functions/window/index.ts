// Ranking and offset window functions: each in its own file; registered here. first_value /
// last_value are aggregates (src/functions/aggregate/first-last.ts), as in Spark.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { cumeDist } from "./cume-dist.js";
import { lag, lead } from "./lag-lead.js";
import { nthValue } from "./nth-value.js";
import { ntile } from "./ntile.js";
import { denseRank, percentRank, rank } from "./rank.js";
import { rowNumber } from "./row-number.js";

export const WINDOW_FUNCTIONS: readonly FunctionDef[] = [rowNumber, rank, denseRank, percentRank, cumeDist, ntile, lag, lead, nthValue];

for (const f of WINDOW_FUNCTIONS) registerFunction(f);
