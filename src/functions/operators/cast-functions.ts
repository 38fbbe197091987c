// The type-name cast functions: int(x), bigint(x), double(x), string(x), date(x), ... are
// CAST(x AS <type>) under the session's ANSI mode (Spark registers them as Cast builders).
import type { ArgInfo, FunctionContext, ScalarFunctionDef } from "../function-definition.js";
import { checkArity } from "../misc/bind-helpers.js";
import { argSql } from "../misc/bind-helpers.js";
import { bindCast } from "../../exec/cast/bind-cast.js";
import { checkCast } from "../../exec/cast/check-cast.js";
import { sqlTypeName } from "../../types/type-strings.js";
import {
  BinaryType,
  BooleanType,
  ByteType,
  DateType,
  DecimalType,
  DoubleType,
  FloatType,
  IntegerType,
  LongType,
  ShortType,
  StringType,
  TimestampType,
  type DataType,
} from "../../types/data-type.js";

function castFunction(name: string, to: DataType): ScalarFunctionDef {
  return {
    kind: "scalar",
    name,
    bind(args: readonly ArgInfo[], ctx: FunctionContext) {
      checkArity(name, args, 1);
      const from = args[0]!.dataType;
      const mode = ctx.ansi ? "ansi" : "legacy";
      checkCast(from, to, mode, `CAST(${argSql(args[0]!)} AS ${sqlTypeName(to)})`);
      const kernel = bindCast(from, to, mode, ctx.timeZone);
      return {
        returnType: to,
        // a string may not parse (NULL in legacy mode); other casts keep their input's nullness
        nullable: !ctx.ansi || from.kind === "string",
        nullIntolerant: true,
        kernel,
      };
    },
  };
}

export const CAST_FUNCTIONS: readonly ScalarFunctionDef[] = [
  castFunction("boolean", BooleanType()),
  castFunction("tinyint", ByteType()),
  castFunction("smallint", ShortType()),
  castFunction("int", IntegerType()),
  castFunction("bigint", LongType()),
  castFunction("float", FloatType()),
  castFunction("double", DoubleType()),
  castFunction("decimal", DecimalType(10, 0)),
  castFunction("string", StringType()),
  castFunction("binary", BinaryType()),
  castFunction("date", DateType()),
  castFunction("timestamp", TimestampType()),
];
