// bool_and / every and bool_or / some / any over BOOLEAN; NULL over no non-null rows.
import { defineAggregate, valueAggregate } from "./agg-helpers.js";
import { BooleanType } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";
import type { AggregateFunctionDef } from "../function-definition.js";

function boolAgg(name: string, aliases: readonly string[], isAnd: boolean): AggregateFunctionDef {
  const combine = (acc: boolean | null, x: boolean): boolean => (acc === null ? x : isAnd ? acc && x : acc || x);
  return defineAggregate({
    name,
    aliases,
    minArgs: 1,
    bind: (args, _c, _d, n) => {
      const t = args[0]!.dataType;
      if (t.kind !== "boolean" && t.kind !== "null") throw unexpectedType(n, args, 0, '"BOOLEAN"');
      return valueAggregate({
        returnType: BooleanType(),
        nullable: true,
        inputTypes: [BooleanType()],
        init: () => null,
        update: (acc: boolean | null, a) => combine(acc, a[0] as boolean),
        merge: (a: boolean | null, b: boolean | null) => (b === null ? a : combine(a, b)),
      });
    },
  });
}

export const boolAnd = boolAgg("bool_and", ["every"], true);
export const boolOr = boolAgg("bool_or", ["some", "any"], false);
