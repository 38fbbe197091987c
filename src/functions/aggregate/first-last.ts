// first(x [, ignoreNulls]) / last(x [, ignoreNulls]) and their aliases first_value, last_value,
// any_value. Nulls are respected by default (first(x) is the first row's x even when null);
// ignoreNulls must be a constant boolean. IGNORE NULLS in SQL arrives as that second argument.
import type { ArgInfo, BoundAggregate } from "../function-definition.js";
import { defineAggregate } from "./agg-helpers.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { BooleanType } from "../../types/data-type.js";
import { callSql, typeSql, unexpectedType } from "../misc/bind-helpers.js";

interface Acc {
  has: boolean;
  v: unknown;
}

function ignoreNullsArg(name: string, args: readonly ArgInfo[]): boolean {
  if (args.length < 2) return false;
  const a = args[1]!;
  if (a.dataType.kind !== "boolean") throw unexpectedType(name, args, 1, typeSql(BooleanType()));
  if (!a.foldable) {
    throw new AnalysisException("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", {
      sqlExpr: callSql(name, args),
      inputName: "`ignoreNulls`",
      inputType: '"BOOLEAN"',
      inputExpr: `"${a.sql ?? "?"}"`,
    });
  }
  return a.value === true;
}

function bindFirstLast(args: readonly ArgInfo[], name: string, last: boolean): BoundAggregate {
  const t = args[0]!.dataType;
  const ignoreNulls = ignoreNullsArg(name, args);
  return {
    returnType: t,
    nullable: true,
    inputTypes: args.length > 1 ? [t, BooleanType()] : [t],
    // Nulls must reach update (first(x) respects them); we skip them ourselves when asked.
    skipNulls: false,
    init: (): Acc => ({ has: false, v: null }),
    update: (acc: unknown, a) => {
      const s = acc as Acc;
      const v = a[0] ?? null;
      if (ignoreNulls && v === null) return s;
      if (last || !s.has) {
        s.has = true;
        s.v = v;
      }
      return s;
    },
    merge: (a: unknown, b: unknown) => {
      const x = a as Acc;
      const y = b as Acc;
      if (!y.has) return x;
      if (!x.has) return y;
      return last ? y : x;
    },
    finish: (acc: unknown) => (acc as Acc).v,
  };
}

const define = (name: string, last: boolean) =>
  defineAggregate({ name, minArgs: 1, maxArgs: 2, bind: (args, _c, _d, n) => bindFirstLast(args, n, last) });

export const first = define("first", false);
export const last = define("last", true);
export const firstValue = define("first_value", false);
export const lastValue = define("last_value", true);
export const anyValue = define("any_value", false);
