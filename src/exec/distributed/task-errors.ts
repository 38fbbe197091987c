// Errors of failed DataFrame jobs as the user sees them: when the task failed with one of
// Spark's error classes ([DIVIDE_BY_ZERO], [CAST_INVALID_INPUT], ...), the query raises that
// error — the same class and message as on the driver path (PySpark shows the error class, not
// "Job aborted") — with the job failure as its cause. Other failures stay SparkException.

import * as errors from "../../errors/spark-error.js";
import { SparkError } from "../../errors/spark-error.js";
import { SparkException } from "../../runtime/errors.js";

const CLASSES = new Map<string, typeof SparkError>(
  Object.values(errors)
    .filter((v): v is typeof SparkError => typeof v === "function" && (v === SparkError || v.prototype instanceof SparkError))
    .map((c) => [c.name, c]),
);

/** The Spark error a failed job's task raised, rebuilt on the driver; else `e` itself. */
export function userFacingError(e: unknown): unknown {
  if (!(e instanceof SparkException) || !(e.cause instanceof Error)) return e;
  const cause = e.cause;
  const m = /^\[([A-Z0-9_.]+)\] /.exec(cause.message);
  const Cls = CLASSES.get(cause.name) ?? (m ? SparkError : undefined);
  if (!m || !Cls) return e;
  const out = Object.create(Cls.prototype) as SparkError & { cause?: unknown };
  const sqlState = / SQLSTATE: ([0-9A-Z]{5})$/.exec(cause.message)?.[1];
  Object.defineProperties(out, {
    name: { value: cause.name, writable: true, configurable: true },
    message: { value: cause.message, writable: true, configurable: true },
    stack: { value: cause.stack, writable: true, configurable: true },
    errorClass: { value: m[1], enumerable: true },
    messageParameters: { value: {}, enumerable: true },
    sqlState: { value: sqlState, enumerable: true },
    cause: { value: e, writable: true, configurable: true },
  });
  return out;
}
