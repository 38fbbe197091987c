// sequence(start, stop[, step]) over dates and timestamps: element i is start + i * step (so a
// month step from Jan 30 gives Feb 29, then Mar 30), stepping while it stays on stop's side.
// The step is an interval (year-month, day-time or calendar); omitted it is 1 day toward stop.
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { ArrayType, type DataType } from "../../types/data-type.js";
import { CalendarInterval } from "../../values/interval.js";
import { localToUtcMicros, utcToLocalMicros } from "../../values/datetime/zone-conversion.js";
import { addMonthsToDays } from "../operators/datetime-arithmetic.js";
import type { BoundScalar } from "../function-definition.js";

const MICROS_PER_DAY = 86_400_000_000n;
/** Spark's limit on the number of elements of one array. */
const MAX_ELEMENTS = 2147483632;

type Step = { months: number; days: number; micros: bigint };

function stepOf(v: unknown, t: DataType | undefined, forward: boolean): Step {
  if (t === undefined) return { months: 0, days: forward ? 1 : -1, micros: 0n };
  if (t.kind === "year_month_interval") return { months: v as number, days: 0, micros: 0n };
  if (t.kind === "day_time_interval") return { months: 0, days: 0, micros: v as bigint };
  const c = v as CalendarInterval;
  return { months: c.months, days: c.days, micros: c.micros };
}

const floorDiv = (a: bigint, b: bigint): bigint => (a < 0n && a % b !== 0n ? a / b - 1n : a / b);

/** Timestamp + i * step in the session zone (months and days move the local date). */
function addToTimestamp(start: bigint, s: Step, i: number, timeZone: string): bigint {
  let t = start;
  if (s.months !== 0 || s.days !== 0) {
    const local = utcToLocalMicros(t, timeZone);
    const days = floorDiv(local, MICROS_PER_DAY);
    const timeOfDay = local - days * MICROS_PER_DAY;
    const shifted = BigInt(addMonthsToDays(Number(days), s.months * i) + s.days * i) * MICROS_PER_DAY + timeOfDay;
    t = localToUtcMicros(shifted, timeZone);
  }
  return t + s.micros * BigInt(i);
}

export function bindDatetimeSequence(elementType: DataType, argTypes: readonly DataType[], timeZone: string): BoundScalar {
  const isDate = elementType.kind === "date";
  const stepType = argTypes[2];
  return {
    returnType: ArrayType(elementType, false),
    nullable: false,
    nullIntolerant: true,
    inputTypes: [elementType, elementType, ...(stepType ? [stepType] : [])],
    kernel: (start: number | bigint, stop: number | bigint, stepValue?: unknown) => {
      const s = stepOf(stepValue, stepType, start <= stop);
      if (isDate && s.micros % MICROS_PER_DAY !== 0n) {
        throw new SparkRuntimeException("INVALID_PARAMETER_VALUE.SEQUENCE_STEP" as string, { step: String(stepValue) });
      }
      const dayStep: Step = isDate ? { months: s.months, days: s.days + Number(s.micros / MICROS_PER_DAY), micros: 0n } : s;
      const out: unknown[] = [];
      for (let i = 0; i < MAX_ELEMENTS; i++) {
        const v = isDate
          ? addMonthsToDays(start as number, dayStep.months * i) + dayStep.days * i
          : addToTimestamp(start as bigint, dayStep, i, timeZone);
        if (start <= stop ? v > stop : v < stop) break;
        out.push(v);
        if (i > 0 && v === out[out.length - 2]) break; // a zero step yields start once
      }
      return out;
    },
  };
}
