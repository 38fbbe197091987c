// current_date(), current_timestamp() / now(), localtimestamp(), current_timezone(). The
// instant is captured once when the call is bound (analysis), so every row and every
// reference in one query sees the same value, as in Spark.
import { defineScalar } from "../misc/bind-helpers.js";
import { DateType, StringType, TimestampNTZType, TimestampType } from "../../types/data-type.js";
import type { BoundScalar } from "../function-definition.js";
import { localDays, toLocal } from "./dt-helpers.js";

/** Microseconds since the epoch now (sub-millisecond from the high-resolution clock). */
export function nowMicros(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000));
}

const constant = (returnType: BoundScalar["returnType"], value: unknown): BoundScalar => ({
  returnType,
  nullable: false,
  nullIntolerant: false,
  inputTypes: [],
  kernel: () => value,
});

export const currentDate = defineScalar({
  name: "current_date",
  aliases: ["curdate"],
  minArgs: 0,
  bind: (_a, ctx) => constant(DateType(), localDays(nowMicros(), ctx.timeZone)),
});

export const currentTimestamp = defineScalar({
  name: "current_timestamp",
  aliases: ["now"],
  minArgs: 0,
  bind: () => constant(TimestampType(), nowMicros()),
});

export const localTimestamp = defineScalar({
  name: "localtimestamp",
  minArgs: 0,
  bind: (_a, ctx) => constant(TimestampNTZType(), toLocal(nowMicros(), ctx.timeZone)),
});

export const currentTimezone = defineScalar({
  name: "current_timezone",
  minArgs: 0,
  bind: (_a, ctx) => constant(StringType(), ctx.timeZone),
});
