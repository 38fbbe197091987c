// How tasks carry functions: as data. A user function travels as its source text plus the
// values it captured explicitly; a built-in (map, filter, reduceByKey's combiner, a DataFrame
// pipeline runner...) travels as a registered name plus arguments, which may themselves hold
// function references. See docs/adr/0003-executors-and-closures.md.

export interface UserFnRef {
  readonly $fn: "user";
  readonly id: number;
  /** A JavaScript expression that evaluates to the function. */
  readonly source: string;
  /** For messages: "map at wordcount.ts:12" style label of the call. */
  readonly label: string;
  readonly captureNames: readonly string[];
  /** Wire-encoded captured values (broadcast/accumulator markers resolved by the executor). */
  readonly captureValues: readonly unknown[];
}

export interface BuiltinFnRef {
  readonly $fn: "builtin";
  readonly name: string;
  readonly args: readonly unknown[];
}

export type FnRef = UserFnRef | BuiltinFnRef;

export const builtinFn = (name: string, ...args: unknown[]): BuiltinFnRef => ({ $fn: "builtin", name, args });

export const isFnRef = (v: unknown): v is FnRef =>
  typeof v === "object" && v !== null && ((v as FnRef).$fn === "user" || (v as FnRef).$fn === "builtin");

/** Objects that replace themselves with a marker when captured (Broadcast, Accumulator). */
export const SHIP_MARKER = Symbol.for("faisca.shipMarker");
export interface ShipMarker {
  readonly "\u0000ship": "broadcast" | "accumulator";
  readonly id: number;
  readonly accKind?: string;
}
export const isShipMarker = (v: unknown): v is ShipMarker =>
  typeof v === "object" && v !== null && (v as Record<string, unknown>)["\u0000ship"] !== undefined;
