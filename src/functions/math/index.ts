// Math functions: each in its own file; registered here.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
// negative / positive are registered by the operators (unary minus / plus).
import { abs } from "./abs.js";
import { atan2, hypot, log, pow } from "./binary-double.js";
import { ceil, floor } from "./ceil-floor.js";
import { e, pi } from "./constants.js";
import { greatest, least } from "./greatest-least.js";
import { bin, conv, factorial } from "./integer-functions.js";
import { isnan, nanvl, widthBucketFn } from "./nan-functions.js";
import { pmod } from "./pmod.js";
import { rand, randn } from "./rand.js";
import { bround, round } from "./round.js";
import { UNARY_DOUBLE_FUNCTIONS } from "./unary-double.js";

export const MATH_FUNCTIONS: readonly FunctionDef[] = [
  abs, atan2, hypot, log, pow, ceil, floor, e, pi, greatest, least, bin, conv, factorial,
  isnan, nanvl, widthBucketFn, pmod, rand, randn, round, bround, ...UNARY_DOUBLE_FUNCTIONS,
];

for (const f of MATH_FUNCTIONS) registerFunction(f);
