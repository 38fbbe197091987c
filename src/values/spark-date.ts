// DateType value: days since 1970-01-01 (proleptic Gregorian), as Spark stores it.
export class SparkDate {
  constructor(readonly days: number) {}
}
