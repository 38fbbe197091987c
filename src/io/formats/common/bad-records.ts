// What happens to a malformed record under each parse mode (Spark's FailureSafeParser):
// PERMISSIVE keeps the row (nulls where parsing failed; the raw record in the corrupt-record
// column when the schema has one), DROPMALFORMED drops it, FAILFAST stops the read with
// MALFORMED_RECORD_IN_PARSING wrapped in FAILED_READ_FILE.NO_HINT, as Spark 4 reports it.

import { SparkError, SparkRuntimeException } from "../../../errors/spark-error.js";
import type { ParseMode } from "./options.js";

export class BadRecordHandler {
  constructor(
    readonly mode: ParseMode,
    readonly hasCorruptColumn: boolean,
  ) {}

  /** "keep" or "drop"; throws in FAILFAST mode. `render` shows the record in the error. */
  onMalformed(render: () => string, path: string): "keep" | "drop" {
    if (this.mode === "PERMISSIVE") return "keep";
    if (this.mode === "DROPMALFORMED") return "drop";
    throw failFastError(render(), path);
  }
}

export function failFastError(badRecord: string, path: string, cause?: unknown): SparkError {
  const inner = new SparkRuntimeException(
    "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
    { badRecord, failFastMode: "FAILFAST" },
    cause === undefined ? undefined : { cause },
  );
  return new SparkRuntimeException("FAILED_READ_FILE.NO_HINT", { path: fileUri(path) }, { cause: inner });
}

/** Spark prints the file of a failed read as file:///path. */
function fileUri(qualified: string): string {
  return qualified.replace(/^file:\/(?!\/)/, "file:///");
}
