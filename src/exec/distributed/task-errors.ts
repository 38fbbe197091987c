// Errors of failed DataFrame jobs as the user sees them: when the task failed with one of
// Spark's error classes ([DIVIDE_BY_ZERO], [CAST_INVALID_INPUT], ...), the query raises that
// error — the same class and message as on the driver path (PySpark shows the error class, not
// "Job aborted") — with the job failure as its cause. Other failures stay SparkException.
// Task failures cross the thread boundary as name, message and stack only, so the executor side
// appends the error's message parameters to the stack (withErrorParameters) and the driver
// side takes them back (callers such as INSERT read them to rewrap errors).

import * as errors from "../../errors/spark-error.js";
import { SparkError } from "../../errors/spark-error.js";
import { SparkException } from "../../runtime/errors.js";

const CLASSES = new Map<string, typeof SparkError>(
  Object.values(errors)
    .filter((v): v is typeof SparkError => typeof v === "function" && (v === SparkError || v.prototype instanceof SparkError))
    .map((c) => [c.name, c]),
);

const MARK = "\n    [faisca.messageParameters] ";

/** Runs `body` on an executor; a Spark error it throws carries its message parameters along. */
export function withErrorParameters<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof SparkError && !(e.stack ?? "").includes(MARK)) e.stack = (e.stack ?? "") + MARK + JSON.stringify(e.messageParameters);
    throw e;
  }
}

/** The Spark error a failed job's task raised, rebuilt on the driver; else `e` itself. */
export function userFacingError(e: unknown): unknown {
  if (!(e instanceof SparkException) || !(e.cause instanceof Error)) return e;
  const cause = e.cause;
  const m = /^\[([A-Z0-9_.]+)\] /.exec(cause.message);
  const Cls = CLASSES.get(cause.name) ?? (m ? SparkError : undefined);
  if (!m || !Cls) return e;
  const out = Object.create(Cls.prototype) as SparkError & { cause?: unknown };
  const sqlState = / SQLSTATE: ([0-9A-Z]{5})$/.exec(cause.message)?.[1];
  let stack = cause.stack ?? "";
  let messageParameters: Record<string, string> = {};
  const at = stack.indexOf(MARK);
  if (at >= 0) {
    const end = stack.indexOf("\n", at + MARK.length);
    try {
      messageParameters = JSON.parse(stack.slice(at + MARK.length, end < 0 ? undefined : end)) as Record<string, string>;
    } catch {
      // not ours after all: keep the stack as it is
    }
    stack = stack.slice(0, at) + (end < 0 ? "" : stack.slice(end));
  }
  Object.defineProperties(out, {
    name: { value: cause.name, writable: true, configurable: true },
    message: { value: cause.message, writable: true, configurable: true },
    stack: { value: stack, writable: true, configurable: true },
    errorClass: { value: m[1], enumerable: true },
    messageParameters: { value: messageParameters, enumerable: true },
    sqlState: { value: sqlState, enumerable: true },
    cause: { value: e, writable: true, configurable: true },
  });
  return out;
}
