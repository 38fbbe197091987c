// current_date(), current_timestamp() / now(), localtimestamp(), current_timezone(). The
// instant is captured once when the call is bound (analysis), so every row and every
// reference in one query sees the same value, as in Spark.
import { defineScalar } from "../misc/bind-helpers.js";
import { DateType, StringType, TimestampNTZType, TimestampType } from "../../types/data-type.js";
import type { BoundScalar } from "../function-definition.js";
import { localDays, toLocal } from "./dt-helpers.js";

let lastNow = 0n;
let lastAt = -Infinity;

/** Microseconds since the epoch now (sub-millisecond from the high-resolution clock). Calls
 *  within 50 ms return the same instant, so the references of one query bound together
 *  (now() = current_timestamp()) agree, as Spark fixes one instant per query. */
export function nowMicros(): bigint {
  const t = performance.now();
  if (t - lastAt > 50) {
    lastNow = BigInt(Math.round((performance.timeOrigin + t) * 1000));
    lastAt = t;
  }
  return lastNow;
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
