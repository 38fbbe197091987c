// Errors raised by the runtime to the user.

/** A job failed (Spark's SparkException "Job aborted due to stage failure: ..."). The cause is
 *  the last task failure, rebuilt with its executor-side stack. */
export class SparkException extends Error {
  override name = "SparkException";
  constructor(
    message: string,
    options?: { cause?: unknown },
    readonly stageId?: number,
    readonly taskIndex?: number,
    readonly attempt?: number,
  ) {
    super(message, options);
  }
}

/** Rebuilds an error from a task failure report (the stack is the executor's). */
export function remoteError(info: { name: string; message: string; stack: string }): Error {
  const e = new Error(info.message);
  e.name = info.name;
  e.stack = info.stack;
  return e;
}
