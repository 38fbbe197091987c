// Registers the operators under Spark's names. Unary minus is "negative" (what `-x` binds to).
import { registerFunction } from "../registry.js";
import { add, subtract, multiply, tryAdd, trySubtract, tryMultiply } from "./arithmetic.js";
import { divide, tryDivide } from "./divide.js";
import { remainder, tryMod } from "./remainder.js";
import { integralDivide } from "./integral-divide.js";
import { negative, positive } from "./unary.js";
import {
  equalTo,
  notEqualTo,
  lessThan,
  lessThanOrEqual,
  greaterThan,
  greaterThanOrEqual,
  equalNullSafe,
} from "./comparison.js";
import { like, ilike } from "./like.js";
import { rlike } from "./rlike.js";
import {
  bitwiseAnd,
  bitwiseOr,
  bitwiseXor,
  bitwiseNot,
  shiftLeft,
  shiftRight,
  shiftRightUnsigned,
} from "./bitwise.js";
import { CAST_FUNCTIONS } from "./cast-functions.js";

for (const def of [
  add,
  subtract,
  multiply,
  divide,
  remainder,
  integralDivide,
  tryAdd,
  trySubtract,
  tryMultiply,
  tryDivide,
  tryMod,
  negative,
  positive,
  equalTo,
  notEqualTo,
  lessThan,
  lessThanOrEqual,
  greaterThan,
  greaterThanOrEqual,
  equalNullSafe,
  like,
  ilike,
  rlike,
  bitwiseAnd,
  bitwiseOr,
  bitwiseXor,
  bitwiseNot,
  shiftLeft,
  shiftRight,
  shiftRightUnsigned,
  ...CAST_FUNCTIONS,
]) {
  registerFunction(def);
}
