// Errors raised by the Connect client itself (before anything reaches the server).

/** A feature that cannot run on a remote Spark (JS UDFs, RDDs, SQL-only plan shapes). */
export class ConnectUnsupportedError extends Error {
  constructor(what: string, hint = "") {
    super(`[NOT_SUPPORTED_WITH_SPARK_CONNECT] ${what} is not supported on a Spark Connect session${hint ? `: ${hint}` : ""}.`);
    this.name = "ConnectUnsupportedError";
  }
}
