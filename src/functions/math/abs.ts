// abs, negative, positive: keep the input type; ANSI raises ARITHMETIC_OVERFLOW for the minimum
// integral value ("integer overflow", "long overflow", ...).
import { SparkArithmeticException } from "../../errors/spark-error.js";
import { defineScalar, unexpectedType } from "../misc/bind-helpers.js";
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { DoubleType, isNumeric, type DataType } from "../../types/data-type.js";

const TYPE_WORD: Partial<Record<DataType["kind"], [string, number]>> = {
  byte: ["byte", 0x80],
  short: ["short", 0x8000],
  integer: ["integer", 0x80000000],
};

export function overflow(word: string): SparkArithmeticException {
  return new SparkArithmeticException("ARITHMETIC_OVERFLOW", {
    message: `${word} overflow`,
    alternative: "",
    config: '"spark.sql.ansi.enabled"',
  });
}

function wrap(t: DataType, x: number): number {
  switch (t.kind) {
    case "byte":
      return (x << 24) >> 24;
    case "short":
      return (x << 16) >> 16;
    case "integer":
      return x | 0;
    default:
      return x;
  }
}

function negation(name: string, mode: "abs" | "neg") {
  return (args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar => {
    // abs takes a string as a double (ANSI implicit cast); unary minus does not
    const t = mode === "abs" && args[0]!.dataType.kind === "string" ? DoubleType() : args[0]!.dataType;
    const ok = isNumeric(t) || t.kind === "null" || t.kind === "year_month_interval" || t.kind === "day_time_interval";
    if (!ok) throw unexpectedType(name, args, 0, '("NUMERIC" or "INTERVAL DAY TO SECOND" or "INTERVAL YEAR TO MONTH" or "INTERVAL")');
    const type: DataType = t.kind === "null" ? { kind: "double" } : t;
    const ansi = ctx.ansi;
    let kernel: (x: any) => unknown;
    if (type.kind === "long" || type.kind === "day_time_interval") {
      kernel = (x: bigint) => {
        if (mode === "abs" && x >= 0n) return x;
        if (x === -(2n ** 63n)) {
          if (ansi) throw overflow("long");
          return x;
        }
        return -x;
      };
    } else if (type.kind === "decimal") {
      kernel = (x: bigint) => (mode === "abs" ? (x < 0n ? -x : x) : -x);
    } else if (TYPE_WORD[type.kind]) {
      const [word, min] = TYPE_WORD[type.kind]!;
      kernel = (x: number) => {
        if (mode === "abs" && x >= 0) return x;
        if (x === -min) {
          if (ansi) throw overflow(word);
          return wrap(type, -x);
        }
        return -x;
      };
    } else {
      kernel = mode === "abs" ? Math.abs : (x: number) => -x;
    }
    return { returnType: type, nullable: false, nullIntolerant: true, inputTypes: [type], kernel };
  };
}

export const abs = defineScalar({ name: "abs", minArgs: 1, bind: (a, c) => negation("abs", "abs")(a, c) });
export const negative = defineScalar({ name: "negative", minArgs: 1, bind: (a, c) => negation("negative", "neg")(a, c) });
export const positive = defineScalar({
  name: "positive",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (!isNumeric(t) && t.kind !== "null" && t.kind !== "year_month_interval" && t.kind !== "day_time_interval") {
      throw unexpectedType(name, args, 0, '("NUMERIC" or "INTERVAL DAY TO SECOND" or "INTERVAL YEAR TO MONTH" or "INTERVAL")');
    }
    const type: DataType = t.kind === "null" ? { kind: "double" } : t;
    return { returnType: type, nullable: false, nullIntolerant: true, inputTypes: [type], kernel: (x: unknown) => x };
  },
});
