// from_utc_timestamp(ts, tz): reads ts's wall clock as UTC and shows it in tz;
// to_utc_timestamp(ts, tz): reads ts's wall clock in tz and shows it as UTC. A bad zone id is
// INVALID_TIMEZONE.
import { defineScalar, expectType, strict } from "../misc/bind-helpers.js";
import { TimestampType } from "../../types/data-type.js";
import { localToUtcMicros, utcToLocalMicros } from "../../values/datetime/zone-conversion.js";
import { stringInput } from "./dt-helpers.js";

export const fromUtcTimestamp = defineScalar({
  name: "from_utc_timestamp",
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(TimestampType(), [expectType(name, args, 0, TimestampType()), stringInput(name, args, 1)], (m: bigint, tz: string) =>
      utcToLocalMicros(m, tz),
    ),
});

export const toUtcTimestamp = defineScalar({
  name: "to_utc_timestamp",
  minArgs: 2,
  bind: (args, _c, name) =>
    strict(TimestampType(), [expectType(name, args, 0, TimestampType()), stringInput(name, args, 1)], (m: bigint, tz: string) =>
      localToUtcMicros(m, tz),
    ),
});
