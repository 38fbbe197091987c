// Unary minus (`negative`, what `-x` parses to) and `positive`. Negating the minimum value of
// an integral type overflows under ANSI ("integer overflow" with no try_ suggestion).

import type { ArgInfo, BoundScalar, FunctionContext, ScalarFunctionDef } from "../function-definition.js";
import { DoubleType, type DataType } from "../../types/data-type.js";
import { checkArity, unexpectedType } from "../misc/bind-helpers.js";
import { arithmeticOverflow, intervalOverflow } from "./operator-errors.js";

const REQUIRED = '("NUMERIC" or "INTERVAL DAY TO SECOND" or "INTERVAL YEAR TO MONTH" or "INTERVAL")';

function inputType(name: string, args: readonly ArgInfo[]): DataType {
  checkArity(name, args, 1);
  const t = args[0]!.dataType;
  switch (t.kind) {
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "decimal":
    case "year_month_interval":
    case "day_time_interval":
      return t;
    case "null":
      return DoubleType();
    default:
      throw unexpectedType(name, args, 0, REQUIRED);
  }
}

function smallNegate(min: number, what: string, fail: boolean, bits: number) {
  return (a: number) => {
    if (a === min) {
      if (fail) throw arithmeticOverflow(what, null);
      return (-a << (32 - bits)) >> (32 - bits);
    }
    return -a;
  };
}

function bindNegative(args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar {
  const t = inputType("negative", args);
  const fail = ctx.ansi;
  let kernel: (a: any) => unknown;
  let inline: ((a: readonly string[]) => string) | undefined;
  switch (t.kind) {
    case "byte":
      kernel = smallNegate(-128, "byte overflow", fail, 8);
      break;
    case "short":
      kernel = smallNegate(-32768, "short overflow", fail, 16);
      break;
    case "integer":
      kernel = smallNegate(-2147483648, "integer overflow", fail, 32);
      break;
    case "year_month_interval":
      kernel = (a: number) => {
        if (a === -2147483648) {
          if (fail) throw intervalOverflow("try_subtract");
          return a;
        }
        return -a;
      };
      break;
    case "long":
    case "day_time_interval": {
      const what = t.kind === "long" ? "long overflow" : null;
      kernel = (a: bigint) => {
        if (a === -(2n ** 63n)) {
          if (fail) throw what ? arithmeticOverflow(what, null) : intervalOverflow("try_subtract");
          return a;
        }
        return -a;
      };
      break;
    }
    case "decimal":
      kernel = (a: bigint) => -a;
      break;
    default:
      kernel = (a: number) => -a;
      inline = ([a]) => `(-${a})`;
  }
  return { returnType: t, nullable: false, nullIntolerant: true, inputTypes: [t], kernel, ...(inline ? { inline } : {}) };
}

export const negative: ScalarFunctionDef = { kind: "scalar", name: "negative", bind: bindNegative };

export const positive: ScalarFunctionDef = {
  kind: "scalar",
  name: "positive",
  bind(args) {
    const t = inputType("positive", args);
    return { returnType: t, nullable: false, nullIntolerant: true, inputTypes: [t], kernel: (a: unknown) => a, inline: ([a]) => a! };
  },
};
