// count(expr, ...): rows where every argument is non-null (count(*) arrives as count(1)), and
// count_if(bool): rows where the predicate is true. Both BIGINT NOT NULL, 0 over no rows.
import { defineAggregate, valueAggregate } from "./agg-helpers.js";
import { BooleanType, LongType } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";

// The running count stays a JS number (exact to 2^53 rows) and becomes BIGINT at finish.
const add1 = (acc: number): number => acc + 1;
const plus = (a: number, b: number): number => a + b;
const toBigint = (acc: number): bigint => BigInt(acc);

export const count = defineAggregate({
  name: "count",
  minArgs: 1,
  maxArgs: Infinity,
  bind: () =>
    valueAggregate({ returnType: LongType(), nullable: false, init: () => 0, update: add1, merge: plus, finish: toBigint }),
});

export const countIf = defineAggregate({
  name: "count_if",
  minArgs: 1,
  bind: (args, _ctx, _d, name) => {
    const t = args[0]!.dataType;
    if (t.kind !== "boolean" && t.kind !== "null") throw unexpectedType(name, args, 0, '"BOOLEAN"');
    return valueAggregate({
      returnType: LongType(),
      nullable: false,
      inputTypes: [BooleanType()],
      init: () => 0,
      update: (acc: number, a) => (a[0] === true ? acc + 1 : acc),
      merge: plus,
      finish: toBigint,
    });
  },
});
