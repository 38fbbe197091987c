// gRPC failures to Faísca's error types. Spark puts its error class, SQLSTATE, message
// parameters, exception class hierarchy and an error id in a google.rpc.ErrorInfo carried by
// the `grpc-status-details-bin` trailer; with the error id, FetchErrorDetails returns the full
// (untruncated) message and parameters. The error raised is the same SparkError subclass the
// local engine raises for that Java exception, carrying the server's message verbatim.
import * as grpc from "@grpc/grpc-js";
import { fromBinary } from "@bufbuild/protobuf";
import { ErrorInfoSchema, StatusSchema } from "./proto/gen/google/rpc/status_pb.js";
import type { FetchErrorDetailsResponse } from "./proto/gen/spark/connect/base_pb.js";
import {
  AnalysisException,
  ParseException,
  SparkArithmeticException,
  SparkDateTimeException,
  SparkError,
  SparkIllegalArgumentException,
  SparkNumberFormatException,
  SparkRuntimeException,
  SparkUnsupportedOperationException,
} from "../errors/spark-error.js";

export interface ServerErrorInfo {
  readonly message: string;
  readonly errorClass?: string;
  readonly sqlState?: string;
  readonly messageParameters: Record<string, string>;
  /** Java exception classes, most specific first. */
  readonly classes: readonly string[];
  readonly errorId?: string;
}

/** What the status trailer says, or null when the failure is not a Spark error (network...). */
export function readStatusDetails(err: grpc.ServiceError): ServerErrorInfo | null {
  const raw = err.metadata?.get("grpc-status-details-bin")?.[0];
  if (!raw || typeof raw === "string") return null;
  const status = fromBinary(StatusSchema, raw);
  for (const any of status.details) {
    if (!any.typeUrl.endsWith("/google.rpc.ErrorInfo")) continue;
    const info = fromBinary(ErrorInfoSchema, any.value);
    const md = info.metadata;
    const parse = <T>(s: string | undefined, fallback: T): T => {
      if (!s) return fallback;
      try {
        return JSON.parse(s) as T;
      } catch {
        return fallback;
      }
    };
    return {
      message: status.message || err.details,
      ...(md.errorClass ? { errorClass: md.errorClass } : {}),
      ...(md.sqlState ? { sqlState: md.sqlState } : {}),
      messageParameters: parse<Record<string, string>>(md.messageParameters, {}),
      classes: parse<string[]>(md.classes, info.reason ? [info.reason] : []),
      ...(md.errorId ? { errorId: md.errorId } : {}),
    };
  }
  return null;
}

/** Merges what FetchErrorDetails returned (root error) into the trailer's information. */
export function withFetchedDetails(info: ServerErrorInfo, details: FetchErrorDetailsResponse): ServerErrorInfo {
  const root = details.errors[details.rootErrorIdx ?? 0];
  if (!root) return info;
  const t = root.sparkThrowable;
  return {
    message: root.message || info.message,
    ...(t?.errorClass ?? info.errorClass ? { errorClass: (t?.errorClass ?? info.errorClass)! } : {}),
    ...(t?.sqlState ?? info.sqlState ? { sqlState: (t?.sqlState ?? info.sqlState)! } : {}),
    messageParameters: t && Object.keys(t.messageParameters).length > 0 ? { ...t.messageParameters } : info.messageParameters,
    classes: root.errorTypeHierarchy.length > 0 ? root.errorTypeHierarchy : info.classes,
    ...(info.errorId ? { errorId: info.errorId } : {}),
  };
}

type SparkErrorClass = new (errorClass: string, params?: Record<string, string>, options?: { cause?: unknown }) => SparkError;

// Most specific first: ParseException is an AnalysisException in Spark.
const BY_JAVA_CLASS: readonly [string, SparkErrorClass][] = [
  ["ParseException", ParseException],
  ["AnalysisException", AnalysisException],
  ["SparkArithmeticException", SparkArithmeticException],
  ["ArithmeticException", SparkArithmeticException],
  ["SparkNumberFormatException", SparkNumberFormatException],
  ["NumberFormatException", SparkNumberFormatException],
  ["SparkDateTimeException", SparkDateTimeException],
  ["DateTimeException", SparkDateTimeException],
  ["SparkIllegalArgumentException", SparkIllegalArgumentException],
  ["IllegalArgumentException", SparkIllegalArgumentException],
  ["SparkUnsupportedOperationException", SparkUnsupportedOperationException],
  ["UnsupportedOperationException", SparkUnsupportedOperationException],
];

function classFor(classes: readonly string[]): SparkErrorClass {
  for (const [suffix, cls] of BY_JAVA_CLASS) {
    if (classes.some((c) => c === suffix || c.endsWith("." + suffix))) return cls;
  }
  return SparkRuntimeException;
}

/** The error to raise for a server-side failure described by `info`. */
export function sparkErrorFromServer(info: ServerErrorInfo, cause: unknown): SparkError {
  const Cls = classFor(info.classes);
  const err = new Cls(info.errorClass ?? "CONNECT_SERVER_ERROR", info.messageParameters, { cause });
  // Keep the server's own text (already formatted by Spark) and SQLSTATE.
  Object.defineProperty(err, "message", { value: info.message, writable: true, configurable: true, enumerable: false });
  if (info.sqlState) Object.defineProperty(err, "sqlState", { value: info.sqlState, configurable: true });
  Object.defineProperty(err, "javaClasses", { value: info.classes, configurable: true });
  return err;
}

/** A failure that never reached Spark (server down, TLS, auth) as a plain, explicit Error. */
export function transportError(err: grpc.ServiceError, target: string): Error {
  const name = grpc.status[err.code] ?? String(err.code);
  return new Error(`Spark Connect call to ${target} failed (${name}): ${err.details || err.message}`, { cause: err });
}

export const isServiceError = (e: unknown): e is grpc.ServiceError =>
  e instanceof Error && typeof (e as grpc.ServiceError).code === "number" && "metadata" in e;
