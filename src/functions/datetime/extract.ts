// extract(field FROM source) / date_part(field, source) / datepart: the parser passes the
// field as a string literal. Datetime sources support YEAR, YEAROFWEEK, QUARTER, MONTH, WEEK,
// DAY, DAYOFWEEK (1 = Sunday), DAYOFWEEK_ISO, DOY, HOUR, MINUTE, SECOND (DECIMAL(8,6) with the
// fraction) and their Spark synonyms; ANSI intervals support their own fields.
import type { ArgInfo, BoundScalar, FunctionContext } from "../function-definition.js";
import { defineScalar, strict } from "../misc/bind-helpers.js";
import { AnalysisException } from "../../errors/spark-error.js";
import {
  ByteType,
  DateType,
  DecimalType,
  IntegerType,
  TimestampType,
  type DataType,
} from "../../types/data-type.js";
import { DATE_FIELDS, TIME_FIELDS } from "./fields.js";
import { microsOfDay, toLocal, zoneFor } from "./dt-helpers.js";

const SYNONYMS: Record<string, string> = {};
const add = (field: string, names: string[]) => names.forEach((n) => (SYNONYMS[n] = field));
add("year", ["YEAR", "Y", "YEARS", "YR", "YRS"]);
add("yearofweek", ["YEAROFWEEK"]);
add("quarter", ["QUARTER", "QTR"]);
add("month", ["MONTH", "MON", "MONS", "MONTHS"]);
add("weekofyear", ["WEEK", "W", "WEEKS"]);
add("day", ["DAY", "D", "DAYS"]);
add("dayofweek", ["DAYOFWEEK", "DOW"]);
add("dayofweek_iso", ["DAYOFWEEK_ISO", "DOW_ISO"]);
add("dayofyear", ["DOY"]);
add("hour", ["HOUR", "H", "HOURS", "HR", "HRS"]);
add("minute", ["MINUTE", "M", "MIN", "MINS", "MINUTES"]);
add("second", ["SECOND", "S", "SEC", "SECONDS", "SECS"]);

const invalidField = (field: string, source: ArgInfo) =>
  new AnalysisException("INVALID_EXTRACT_FIELD", { field: "`" + field + "`", expr: `"${source.sql ?? "?"}"` });

function bindExtract(args: readonly ArgInfo[], ctx: FunctionContext): BoundScalar {
  const fieldArg = args[0]!;
  const source = args[1]!;
  const raw = fieldArg.foldable && typeof fieldArg.value === "string" ? fieldArg.value : null;
  if (raw === null) throw invalidField(fieldArg.sql ?? "?", source);
  const field = SYNONYMS[raw.toUpperCase()];
  const t = source.dataType;
  const k = t.kind;
  if (k === "year_month_interval") {
    if (field === "year") return strict(IntegerType(), [fieldArg.dataType, t], (_f: string, m: number) => Math.trunc(m / 12));
    if (field === "month") return strict(ByteType(), [fieldArg.dataType, t], (_f: string, m: number) => m % 12);
    throw invalidField(raw, source);
  }
  if (k === "day_time_interval") {
    const per: Record<string, [bigint, bigint]> = {
      day: [86_400_000_000n, 0n],
      hour: [3_600_000_000n, 24n],
      minute: [60_000_000n, 60n],
    };
    if (field === "second") {
      return strict(DecimalType(8, 6), [fieldArg.dataType, t], (_f: string, us: bigint) => us % 60_000_000n);
    }
    const p = field ? per[field] : undefined;
    if (!p) throw invalidField(raw, source);
    const [unit, mod] = p;
    const type = field === "day" ? IntegerType() : field === "hour" ? ByteType() : ByteType();
    return strict(type, [fieldArg.dataType, t], (_f: string, us: bigint) => Number(mod === 0n ? us / unit : (us / unit) % mod));
  }
  if (!field) throw invalidField(raw, source);
  if (k !== "date" && k !== "timestamp" && k !== "timestamp_ntz" && k !== "string" && k !== "null") throw invalidField(raw, source);
  const isTime = field === "hour" || field === "minute" || field === "second";
  if (!isTime) {
    const f = DATE_FIELDS[field]!;
    return strict(IntegerType(), [fieldArg.dataType, DateType()], (_f: string, d: number) => f(d));
  }
  // hour/minute/second: dates become local midnight timestamps (so they are 0)
  const st: DataType = k === "timestamp_ntz" ? t : TimestampType();
  const tz = zoneFor(st, ctx.timeZone);
  if (field === "second") {
    return strict(DecimalType(8, 6), [fieldArg.dataType, st], (_f: string, m: bigint) => microsOfDay(toLocal(m, tz)) % 60_000_000n);
  }
  const f = TIME_FIELDS[field]!;
  return strict(IntegerType(), [fieldArg.dataType, st], (_f: string, m: bigint) => f(toLocal(m, tz)));
}

export const extract = defineScalar({ name: "extract", minArgs: 2, bind: (a, c) => bindExtract(a, c) });
export const datePart = defineScalar({ name: "date_part", aliases: ["datepart"], minArgs: 2, bind: (a, c) => bindExtract(a, c) });

