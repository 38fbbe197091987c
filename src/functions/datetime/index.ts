// Date/time functions: each group in its own file; registered here. All time-zone-aware
// functions read the session time zone (FunctionContext.timeZone).
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { currentDate, currentTimestamp, currentTimezone, localTimestamp } from "./current.js";
import { addMonths, dateAdd, dateDiff, dateSub, monthsBetweenFn } from "./date-arithmetic.js";
import { dateFormat, fromUnixtime } from "./date-format.js";
import {
  dateFromUnixDate,
  timestampMicros,
  timestampMillis,
  timestampSeconds,
  unixDate,
  unixMicros,
  unixMillis,
  unixSeconds,
} from "./epoch.js";
import { datePart, extract } from "./extract.js";
import { day, dayofmonth, dayofweek, dayofyear, hour, minute, month, quarter, second, weekday, weekofyear, year } from "./fields.js";
import { makeDate, makeTimestamp, makeTimestampLtz, makeTimestampNtz, tryMakeTimestamp } from "./make-date.js";
import { lastDay, nextDay } from "./month-end.js";
import {
  toDate,
  toTimestamp,
  toTimestampLtz,
  toTimestampNtz,
  toUnixTimestamp,
  tryToDate,
  tryToTimestamp,
  unixTimestamp,
} from "./to-timestamp.js";
import { timestampAdd, timestampDiff } from "./timestamp-add-diff.js";
import { dateTrunc, trunc } from "./trunc.js";
import { fromUtcTimestamp, toUtcTimestamp } from "./utc-conversion.js";

export const DATETIME_FUNCTIONS: readonly FunctionDef[] = [
  currentDate, currentTimestamp, localTimestamp, currentTimezone,
  dateAdd, dateSub, dateDiff, addMonths, monthsBetweenFn,
  dateFormat, fromUnixtime,
  toDate, tryToDate, toTimestamp, toTimestampLtz, toTimestampNtz, tryToTimestamp, unixTimestamp, toUnixTimestamp,
  year, quarter, month, day, dayofmonth, dayofweek, weekday, dayofyear, weekofyear, hour, minute, second,
  trunc, dateTrunc, makeDate, makeTimestamp, makeTimestampLtz, makeTimestampNtz, tryMakeTimestamp, lastDay, nextDay,
  fromUtcTimestamp, toUtcTimestamp,
  dateFromUnixDate, unixDate, unixSeconds, unixMillis, unixMicros, timestampSeconds, timestampMillis, timestampMicros,
  extract, datePart, timestampAdd, timestampDiff,
];

for (const f of DATETIME_FUNCTIONS) registerFunction(f);
