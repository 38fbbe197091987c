// approx_count_distinct(x [, rsd]): HyperLogLog++ over Spark's XXH64 hashes (hyperloglog.ts).
// BIGINT NOT NULL, 0 over no rows. rsd (default 0.05) must be a constant.
import { defineAggregate, requireFoldable } from "./agg-helpers.js";
import { HyperLogLog, precisionForRsd } from "./hyperloglog.js";
import { xxhash64 } from "../../exec/hash/index.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { DoubleType, LongType, isNumeric } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";
import { toDouble } from "./numeric-values.js";

export const approxCountDistinct = defineAggregate({
  name: "approx_count_distinct",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, _c, _d, name) => {
    const t = args[0]!.dataType;
    let rsd = 0.05;
    if (args.length === 2) {
      const rt = args[1]!.dataType;
      if (!isNumeric(rt)) throw unexpectedType(name, args, 1, '"DOUBLE"');
      const v = requireFoldable(name, args, 1, "relativeSD", DoubleType());
      rsd = v === null ? 0.05 : toDouble(v, rt);
    }
    const p = precisionForRsd(rsd);
    if (p < 4) {
      throw new AnalysisException("FAILED_FUNCTION_CALL", { funcName: "`approx_count_distinct`" }); // Spark wraps HLL++'s precision error
    }
    const types = [t];
    const one: unknown[] = [null];
    return {
      returnType: LongType(),
      nullable: false,
      inputTypes: args.length === 2 ? [t, DoubleType()] : [t],
      skipNulls: false,
      init: () => new HyperLogLog(p),
      update: (acc: unknown, a) => {
        const v = a[0];
        if (v === null || v === undefined) return acc;
        one[0] = v;
        (acc as HyperLogLog).addHash(xxhash64(one, types, 42n));
        return acc;
      },
      merge: (a: unknown, b: unknown) => {
        (a as HyperLogLog).mergeFrom(b as HyperLogLog);
        return a;
      },
      finish: (acc: unknown) => BigInt((acc as HyperLogLog).estimate()),
    };
  },
});
