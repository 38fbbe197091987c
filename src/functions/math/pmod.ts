// pmod(a, n): the non-negative remainder ((a % n) + n) % n for a negative remainder; both sides
// widened to one numeric type; REMAINDER_BY_ZERO under ANSI, null otherwise.
import { SparkArithmeticException } from "../../errors/spark-error.js";
import { dataTypeMismatch, defineScalar, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { DecimalType, isNumeric, type DataType } from "../../types/data-type.js";

const byZero = () =>
  new SparkArithmeticException("REMAINDER_BY_ZERO", { config: '"spark.sql.ansi.enabled"' });

/** An operand's precision and scale as a decimal (integral types by their digit counts). */
function asDecimal(t: DataType): { p: number; s: number } {
  switch (t.kind) {
    case "decimal":
      return { p: t.precision, s: t.scale };
    case "byte":
      return { p: 3, s: 0 };
    case "short":
      return { p: 5, s: 0 };
    case "long":
      return { p: 20, s: 0 };
    default:
      return { p: 10, s: 0 };
  }
}

export const pmod = defineScalar({
  name: "pmod",
  minArgs: 2,
  bind: (args, ctx, name) => {
    for (let i = 0; i < 2; i++) {
      const k = args[i]!.dataType;
      if (!isNumeric(k) && k.kind !== "null" && k.kind !== "string") throw unexpectedType(name, args, i, '"NUMERIC"');
    }
    let t = findWiderCommonType(args.map((a) => a.dataType));
    if (t && t.kind === "null") t = { kind: "integer" };
    if (t && t.kind === "string") t = { kind: "double" };
    if (!t || !isNumeric(t)) {
      throw dataTypeMismatch("BINARY_OP_DIFF_TYPES", name, args, {
        left: typeSql(args[0]!.dataType),
        right: typeSql(args[1]!.dataType),
      });
    }
    const ansi = ctx.ansi;
    let returnType: DataType = t;
    let kernel: (a: any, n: any) => unknown;
    if (t.kind === "long") {
      kernel = (a: bigint, n: bigint) => {
        if (n === 0n) {
          if (ansi) throw byZero();
          return null;
        }
        const r = a % n;
        return r < 0n ? (r + n) % n : r;
      };
    } else if (t.kind === "decimal") {
      // Remainder's result type: DECIMAL(min(p1-s1, p2-s2) + max(s1, s2), max(s1, s2)).
      const [d1, d2] = args.map((a) => asDecimal(a.dataType));
      returnType = DecimalType(Math.min(Math.min(d1!.p - d1!.s, d2!.p - d2!.s) + t.scale, 38), t.scale);
      kernel = (a: bigint, n: bigint) => {
        if (n === 0n) {
          if (ansi) throw byZero();
          return null;
        }
        const r = a % n;
        return r < 0n ? (r + n) % n : r;
      };
    } else {
      kernel = (a: number, n: number) => {
        if (n === 0) {
          if (ansi) throw byZero();
          return null;
        }
        const r = a % n;
        return r < 0 ? (r + n) % n : r;
      };
    }
    return { returnType, nullable: true, nullIntolerant: true, inputTypes: [t, t], kernel };
  },
});
