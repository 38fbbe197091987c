// Interval values. YearMonthIntervalType → months; DayTimeIntervalType → microseconds;
// CalendarIntervalType → (months, days, microseconds) as Spark's CalendarInterval.
export class YearMonthInterval {
  constructor(readonly months: number) {}
}
export class DayTimeInterval {
  constructor(readonly micros: bigint) {}
}
export class CalendarInterval {
  constructor(
    readonly months: number,
    readonly days: number,
    readonly micros: bigint,
  ) {}
}
