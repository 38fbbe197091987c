// Shared shapes of the cast kernels (bindCast in bind-cast.ts).

/** ansi: invalid input and overflow throw (Spark 4 default); try: they give null (try_cast);
 *  legacy: non-ANSI Spark (null on bad input, Java wrapping on integral overflow). */
export type CastMode = "ansi" | "try" | "legacy";

/** Casts one non-null internal value; returns the internal result or null. */
export type CastKernel = (v: any) => unknown;

export interface CastContext {
  readonly mode: CastMode;
  /** Session time zone (IANA id or offset) for timestamp ↔ string/date casts. */
  readonly timeZone: string;
}
