// Bitwise operators & | ^ ~ on integral types (result at the wider operand type) and the shift
// functions shiftleft / shiftright / shiftrightunsigned (int or bigint; the shift count is
// masked to 5 or 6 bits, as Java does).

import type { ArgInfo, BoundScalar, ScalarFunctionDef } from "../function-definition.js";
import { coerceBinaryOperands } from "../../plan/analyzer/type-coercion/binary-operands.js";
import { IntegerType, LongType, dataTypeEquals, isIntegral, type DataType } from "../../types/data-type.js";
import { checkArity, expectInt, unexpectedType } from "../misc/bind-helpers.js";
import { binaryOpDiffTypes, binaryOpWrongType } from "./operator-errors.js";

type BitOp = "&" | "|" | "^";

function defineBitwise(op: BitOp): ScalarFunctionDef {
  return {
    kind: "scalar",
    name: op,
    bind(args): BoundScalar {
      checkArity(op, args, 2);
      const c = coerceBinaryOperands(op, args[0]!, args[1]!);
      if (c === null) {
        const [a, b] = [args[0]!.dataType, args[1]!.dataType];
        throw dataTypeEquals(a, b, true) ? binaryOpWrongType(op, args, '"INTEGRAL"', a) : binaryOpDiffTypes(op, args);
      }
      const t = c.left;
      const big = t.kind === "long";
      const kernel: (a: any, b: any) => unknown =
        op === "&" ? (a, b) => a & b : op === "|" ? (a, b) => a | b : (a, b) => a ^ b;
      return {
        returnType: t,
        nullable: false,
        nullIntolerant: true,
        inputTypes: [t, t],
        kernel,
        inline: ([a, b]) => (big ? `(${a} ${op} ${b})` : `((${a} ${op} ${b}) | 0)`),
      };
    },
  };
}

export const bitwiseAnd = defineBitwise("&");
export const bitwiseOr = defineBitwise("|");
export const bitwiseXor = defineBitwise("^");

export const bitwiseNot: ScalarFunctionDef = {
  kind: "scalar",
  name: "~",
  bind(args) {
    checkArity("~", args, 1);
    const t = args[0]!.dataType.kind === "null" ? LongType() : args[0]!.dataType;
    if (!isIntegral(t)) throw unexpectedType("~", args, 0, '"INTEGRAL"');
    return { returnType: t, nullable: false, nullIntolerant: true, inputTypes: [t], kernel: (a: any) => ~a, inline: ([a]) => `(~${a})` };
  },
};

type Shift = "left" | "right" | "unsigned";

function shiftType(name: string, args: readonly ArgInfo[]): DataType {
  const t = args[0]!.dataType;
  if (t.kind === "long") return LongType();
  if (t.kind === "byte" || t.kind === "short" || t.kind === "integer" || t.kind === "null") return IntegerType();
  if (t.kind === "string") return LongType();
  throw unexpectedType(name, args, 0, '("INT" or "BIGINT")');
}

function defineShift(name: string, kind: Shift): ScalarFunctionDef {
  return {
    kind: "scalar",
    name,
    bind(args) {
      checkArity(name, args, 2);
      const t = shiftType(name, args);
      const nType = expectInt(name, args, 1);
      let kernel: (a: any, n: number) => unknown;
      if (t.kind === "long") {
        kernel =
          kind === "left"
            ? (a: bigint, n) => BigInt.asIntN(64, a << BigInt(n & 63))
            : kind === "right"
              ? (a: bigint, n) => a >> BigInt(n & 63)
              : (a: bigint, n) => BigInt.asIntN(64, BigInt.asUintN(64, a) >> BigInt(n & 63));
      } else {
        kernel = kind === "left" ? (a: number, n) => a << n : kind === "right" ? (a: number, n) => a >> n : (a: number, n) => (a >>> n) | 0;
      }
      return { returnType: t, nullable: false, nullIntolerant: true, inputTypes: [t, nType], kernel };
    },
  };
}

export const shiftLeft = defineShift("shiftleft", "left");
export const shiftRight = defineShift("shiftright", "right");
export const shiftRightUnsigned = defineShift("shiftrightunsigned", "unsigned");
