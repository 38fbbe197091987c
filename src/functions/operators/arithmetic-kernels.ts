// Kernels (and codegen inline sources) for + - * over one numeric type, in the three evaluation
// modes: "ansi" (overflow raises ARITHMETIC_OVERFLOW / BINARY_ARITHMETIC_OVERFLOW), "legacy"
// (two's-complement wrap, as Java) and "try" (null on overflow). Decimals go through the exact
// decimal kernels of src/values/decimal-arithmetic.ts.

import type { DataType, DecimalType } from "../../types/data-type.js";
import { bindDecimalArithmetic } from "../../values/decimal-arithmetic.js";
import { binaryArithmeticOverflow } from "./operator-errors.js";
import { i32, i64 } from "./inline-runtime.js";

export type ArithMode = "ansi" | "legacy" | "try";
export type ArithOp = "+" | "-" | "*";

export interface ArithKernel {
  readonly resultType: DataType;
  readonly kernel: (a: any, b: any) => unknown;
  readonly inline?: (args: readonly string[]) => string;
  /** True when the kernel may return null for non-null inputs (try / legacy decimal). */
  readonly nullable: boolean;
}

const OP_INDEX: Record<ArithOp, number> = { "+": 0, "-": 1, "*": 2 };
const TRY_NAME: Record<ArithOp, string> = { "+": "try_add", "-": "try_subtract", "*": "try_multiply" };

const applyNum = (op: ArithOp, a: number, b: number): number => (op === "+" ? a + b : op === "-" ? a - b : a * b);
const applyBig = (op: ArithOp, a: bigint, b: bigint): bigint => (op === "+" ? a + b : op === "-" ? a - b : a * b);

function smallInt(op: ArithOp, t: DataType, bits: 8 | 16, mode: ArithMode): ArithKernel {
  const max = bits === 8 ? 127 : 32767;
  const min = -max - 1;
  const shift = 32 - bits;
  const tryName = TRY_NAME[op];
  const kernel =
    mode === "legacy"
      ? (a: number, b: number) => (applyNum(op, a, b) << shift) >> shift
      : mode === "try"
        ? (a: number, b: number) => {
            const r = applyNum(op, a, b);
            return r > max || r < min ? null : r;
          }
        : (a: number, b: number) => {
            const r = applyNum(op, a, b);
            if (r > max || r < min) throw binaryArithmeticOverflow(a, op, b, tryName);
            return r;
          };
  return { resultType: t, kernel, nullable: mode === "try" };
}

function int32(op: ArithOp, t: DataType, mode: ArithMode): ArithKernel {
  const k = OP_INDEX[op];
  if (mode === "legacy") {
    return {
      resultType: t,
      nullable: false,
      kernel: op === "*" ? (a: number, b: number) => Math.imul(a, b) : (a: number, b: number) => applyNum(op, a, b) | 0,
      inline: op === "*" ? ([a, b]) => `Math.imul(${a}, ${b})` : ([a, b]) => `((${a} ${op} ${b}) | 0)`,
    };
  }
  if (mode === "try") {
    return {
      resultType: t,
      nullable: true,
      kernel: (a: number, b: number) => {
        const r = applyNum(op, a, b);
        return r > 2147483647 || r < -2147483648 ? null : r;
      },
    };
  }
  // |a op b| < 2^62: the double result is exact whenever it is inside int32 range.
  return {
    resultType: t,
    nullable: false,
    kernel: (a: number, b: number) => i32(applyNum(op, a, b), k),
    inline: ([a, b]) => `$rt.i32(${a} ${op} ${b}, ${k})`,
  };
}

function int64(op: ArithOp, t: DataType, mode: ArithMode): ArithKernel {
  const k = OP_INDEX[op];
  if (mode === "legacy") {
    return {
      resultType: t,
      nullable: false,
      kernel: (a: bigint, b: bigint) => BigInt.asIntN(64, applyBig(op, a, b)),
      inline: ([a, b]) => `BigInt.asIntN(64, ${a} ${op} ${b})`,
    };
  }
  if (mode === "try") {
    return {
      resultType: t,
      nullable: true,
      kernel: (a: bigint, b: bigint) => {
        const r = applyBig(op, a, b);
        return BigInt.asIntN(64, r) === r ? r : null;
      },
    };
  }
  return {
    resultType: t,
    nullable: false,
    kernel: (a: bigint, b: bigint) => i64(applyBig(op, a, b), k),
    inline: ([a, b]) => `$rt.i64(${a} ${op} ${b}, ${k})`,
  };
}

/** + - * for two operands of numeric type `t` (decimals: `left`/`right` may differ). */
export function numericArithmetic(op: ArithOp, left: DataType, right: DataType, mode: ArithMode): ArithKernel {
  switch (left.kind) {
    case "byte":
      return smallInt(op, left, 8, mode);
    case "short":
      return smallInt(op, left, 16, mode);
    case "integer":
      return int32(op, left, mode);
    case "long":
      return int64(op, left, mode);
    case "float":
      return {
        resultType: left,
        nullable: false,
        kernel: (a: number, b: number) => Math.fround(applyNum(op, a, b)),
        inline: ([a, b]) => `Math.fround(${a} ${op} ${b})`,
      };
    case "double":
      return {
        resultType: left,
        nullable: false,
        kernel: (a: number, b: number) => applyNum(op, a, b),
        inline: ([a, b]) => `(${a} ${op} ${b})`,
      };
    case "decimal": {
      const d = bindDecimalArithmetic(op, left, right as DecimalType, { failOnError: mode === "ansi" });
      return { resultType: d.resultType, kernel: d.kernel, nullable: mode !== "ansi" };
    }
    default:
      throw new TypeError(`internal error: arithmetic on ${left.kind}`);
  }
}
