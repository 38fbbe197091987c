// assert_true, raise_error, typeof, current_database/current_schema, current_catalog, version,
// current_user/user/session_user, spark_partition_id, monotonically_increasing_id.
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { defineScalar, expectBoolean, expectString } from "./bind-helpers.js";
import { IntegerType, LongType, NullType, StringType } from "../../types/data-type.js";
import { catalogString } from "../../types/type-strings.js";
import { userInfo } from "node:os";

const userRaised = (msg: string) => new SparkRuntimeException("USER_RAISED_EXCEPTION", { errorMessage: msg });

export const assertTrue = defineScalar({
  name: "assert_true",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, _ctx, name) => {
    const types = [expectBoolean(name, args, 0)];
    if (args.length === 2) types.push(expectString(name, args, 1));
    const defaultMsg = `'${args[0]!.sql ?? "?"}' is not true!`;
    return {
      returnType: NullType(),
      nullable: true,
      nullIntolerant: false,
      inputTypes: types,
      kernel: (cond: boolean | null, msg?: string | null) => {
        if (cond !== true) throw userRaised(msg ?? defaultMsg);
        return null;
      },
    };
  },
});

export const raiseError = defineScalar({
  name: "raise_error",
  minArgs: 1,
  bind: (args, _ctx, name) => ({
    returnType: NullType(),
    nullable: true,
    nullIntolerant: false,
    deterministic: false,
    inputTypes: [expectString(name, args, 0)],
    kernel: (msg: string | null) => {
      throw userRaised(msg ?? "null");
    },
  }),
});

/** typeof(x): the argument type's simple catalog string ("int", "array<int>", "void"). */
export const typeofFn = defineScalar({
  name: "typeof",
  minArgs: 1,
  bind: (args) => {
    const text = catalogString(args[0]!.dataType);
    return { returnType: StringType(), nullable: false, nullIntolerant: false, kernel: () => text };
  },
});

const constant = (name: string, aliases: string[], value: (conf: (k: string, f: string) => string) => string) =>
  defineScalar({
    name,
    aliases,
    minArgs: 0,
    bind: (_args, ctx) => {
      const v = value(ctx.conf);
      return { returnType: StringType(), nullable: false, nullIntolerant: false, kernel: () => v };
    },
  });

export const currentDatabase = constant("current_database", ["current_schema"], (conf) =>
  conf("spark.sql.catalog.currentDatabase", "default"),
);
export const currentCatalog = constant("current_catalog", [], (conf) => conf("spark.sql.catalog.currentCatalog", "spark_catalog"));
/** version(): "<spark version> <revision>" as Spark prints it; we report the Spark version we
 *  follow and no revision hash. */
export const version = constant("version", [], (conf) => conf("spark.faisca.sparkVersion", "4.1.1") + " faisca");
export const currentUser = constant("current_user", ["user", "session_user"], (conf) => {
  let fallback = "unknown";
  try {
    fallback = userInfo().username;
  } catch {
    // no user database (containers): keep "unknown"
  }
  return conf("spark.faisca.user", fallback);
});

export const sparkPartitionId = defineScalar({
  name: "spark_partition_id",
  minArgs: 0,
  bind: () => {
    const perPartition = (p: number) => () => p;
    return { returnType: IntegerType(), nullable: false, nullIntolerant: false, deterministic: false, kernel: perPartition(0), perPartition };
  },
});

/** monotonically_increasing_id(): partition index in the upper 31 bits, row number within the
 *  partition in the lower 33 (the counter lives in the per-partition kernel). */
export const monotonicallyIncreasingId = defineScalar({
  name: "monotonically_increasing_id",
  minArgs: 0,
  bind: () => {
    const perPartition = (p: number) => {
      let next = BigInt(p) << 33n;
      return () => next++;
    };
    return { returnType: LongType(), nullable: false, nullIntolerant: false, deterministic: false, kernel: perPartition(0), perPartition };
  },
});
