// TimestampType value: microseconds since the epoch (UTC instant). Prints in the session time zone.
export class Timestamp {
  constructor(readonly micros: bigint) {}
}

// TimestampNTZType value: microseconds of a local date-time without zone.
export class TimestampNTZ {
  constructor(readonly micros: bigint) {}
}
