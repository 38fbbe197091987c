// bit_and / bit_or / bit_xor over integral types; the result keeps the input type.
import { defineAggregate, valueAggregate } from "./agg-helpers.js";
import { isIntegral } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";
import type { AggregateFunctionDef } from "../function-definition.js";

type Op = "and" | "or" | "xor";

function apply(op: Op, a: any, b: any): any {
  switch (op) {
    case "and":
      return a & b;
    case "or":
      return a | b;
    case "xor":
      return a ^ b;
  }
}

function bitAgg(name: string, op: Op): AggregateFunctionDef {
  return defineAggregate({
    name,
    minArgs: 1,
    bind: (args, _c, _d, n) => {
      let t = args[0]!.dataType;
      if (t.kind === "null") t = { kind: "integer" };
      if (!isIntegral(t)) throw unexpectedType(n, args, 0, '"INTEGRAL"');
      // number & number stays within the input's range for byte/short/int (two's complement).
      return valueAggregate({
        returnType: t,
        nullable: true,
        inputTypes: [t],
        init: () => null,
        update: (acc, a) => (acc === null ? a[0] : apply(op, acc, a[0])),
        merge: (a, b) => (a === null ? b : b === null ? a : apply(op, a, b)),
      });
    },
  });
}

export const bitAnd = bitAgg("bit_and", "and");
export const bitOr = bitAgg("bit_or", "or");
export const bitXor = bitAgg("bit_xor", "xor");
