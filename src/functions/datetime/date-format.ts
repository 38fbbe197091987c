// date_format(ts, fmt) with Spark's datetime patterns, in the session time zone; from_unixtime
// (seconds [, fmt = 'yyyy-MM-dd HH:mm:ss']) formats epoch seconds the same way. Invalid
// constant patterns fail at analysis with Spark's INVALID_DATETIME_PATTERN errors.
import { defineScalar, expectLong, strict } from "../misc/bind-helpers.js";
import { StringType, TimestampType } from "../../types/data-type.js";
import { multiplyExact, patternGetter, stringInput } from "./dt-helpers.js";

export const DEFAULT_FORMAT = "yyyy-MM-dd HH:mm:ss";

export const dateFormat = defineScalar({
  name: "date_format",
  minArgs: 2,
  bind: (args, ctx, name) => {
    const t = args[0]!.dataType;
    // TIMESTAMP_NTZ formats its wall-clock value: read it as UTC micros formatted in UTC.
    const ntz = t.kind === "timestamp_ntz";
    const inputTypes = [ntz ? t : TimestampType(), stringInput(name, args, 1)];
    const pattern = patternGetter(args[1], "", false);
    const tz = ntz ? "UTC" : ctx.timeZone;
    return strict(StringType(), inputTypes, (micros: bigint, fmt: string) => pattern(fmt).format(micros, tz));
  },
});

export const fromUnixtime = defineScalar({
  name: "from_unixtime",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, ctx, name) => {
    const inputTypes = [expectLong(name, args, 0)];
    if (args.length === 2) inputTypes.push(stringInput(name, args, 1));
    const pattern = patternGetter(args[1], DEFAULT_FORMAT, false);
    const tz = ctx.timeZone;
    const b = strict(StringType(), inputTypes, (sec: bigint, fmt?: string) => pattern(fmt).format(multiplyExact(sec, 1_000_000n), tz), true);
    return b;
  },
});

