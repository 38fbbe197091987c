// `div`: integral division returning bigint (operands cast to bigint, or decimals whose quotient
// is truncated toward zero). x div 0 raises DIVIDE_BY_ZERO under ANSI; Long.MIN div -1
// overflows ("Overflow in integral divide").

import type { ScalarFunctionDef } from "../function-definition.js";
import { coerceBinaryOperands } from "../../plan/analyzer/type-coercion/binary-operands.js";
import { LongType, dataTypeEquals, type DecimalType } from "../../types/data-type.js";
import { checkArity } from "../misc/bind-helpers.js";
import { arithmeticOverflow, binaryOpDiffTypes, binaryOpWrongType, divideByZero } from "./operator-errors.js";

const LONG_MIN = -(2n ** 63n);
const pow10 = (n: number): bigint => 10n ** BigInt(n);

export const integralDivide: ScalarFunctionDef = {
  kind: "scalar",
  name: "div",
  bind(args, ctx) {
    checkArity("div", args, 2);
    const c = coerceBinaryOperands("div", args[0]!, args[1]!);
    if (c === null) {
      const [a, b] = [args[0]!.dataType, args[1]!.dataType];
      throw dataTypeEquals(a, b, true) ? binaryOpWrongType("div", args, '("BIGINT" or "DECIMAL")', a) : binaryOpDiffTypes("div", args);
    }
    const fail = ctx.ansi;
    const finish = (q: bigint): bigint | null => {
      if (BigInt.asIntN(64, q) === q) return q;
      if (fail) throw arithmeticOverflow("Overflow in integral divide", "try_divide");
      return BigInt.asIntN(64, q);
    };
    let kernel: (a: bigint, b: bigint) => bigint | null;
    if (c.left.kind === "decimal") {
      const f1 = pow10((c.right as DecimalType).scale);
      const f2 = pow10(c.left.scale);
      kernel = (a, b) => {
        if (b === 0n) {
          if (fail) throw divideByZero();
          return null;
        }
        return finish((a * f1) / (b * f2));
      };
    } else {
      kernel = (a, b) => {
        if (b === 0n) {
          if (fail) throw divideByZero();
          return null;
        }
        if (a === LONG_MIN && b === -1n) return finish(-a);
        return a / b;
      };
    }
    return { returnType: LongType(), nullable: !fail, nullIntolerant: true, inputTypes: [c.left, c.right], kernel };
  },
};
