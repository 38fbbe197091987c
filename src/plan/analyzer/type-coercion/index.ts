// Spark 4 ANSI type coercion as pure functions over DataTypes (see each file's header).
export {
  findTightestCommonType,
  findWiderTypeForTwo,
  findWiderCommonType,
  findWiderTypeForDecimal,
  findWiderTypeForString,
  findTypeForComplex,
  integralDigits,
  decimalHoldsIntegral,
  boundedDecimal,
  decimalForType,
  widerDecimalType,
  decimalForIntegralLiteral,
} from "./common-type.js";
export {
  coerceBinaryOperands,
  operatorKind,
  type OperandInfo,
  type OperandTypes,
  type BinaryOperatorKind,
} from "./binary-operands.js";
export { coerceForCaseWhen, coerceForCoalesce, coerceForIn, coerceForUnion } from "./conditional.js";
