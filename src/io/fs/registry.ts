// File systems by URI scheme. Plain paths (including Windows drive paths) are local.

import type { FileSystem } from "./file-system.js";
import { LocalFileSystem } from "./local-file-system.js";

const factories = new Map<string, () => FileSystem>();
const instances = new Map<string, FileSystem>();

factories.set("file", () => new LocalFileSystem());

/** Registers a file system for a scheme (tests, or a future s3a/hdfs implementation). */
export function registerFileSystem(scheme: string, factory: () => FileSystem): void {
  factories.set(scheme.toLowerCase(), factory);
  instances.delete(scheme.toLowerCase());
}

/** The URI scheme of a path: "file" for plain paths and Windows drive letters. */
export function schemeOf(pathOrUri: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(pathOrUri);
  if (!m || m[1]!.length === 1) return "file";
  return m[1]!.toLowerCase();
}

export function getFileSystem(pathOrUri: string): FileSystem {
  const scheme = schemeOf(pathOrUri);
  let fs = instances.get(scheme);
  if (fs) return fs;
  const factory = factories.get(scheme);
  if (!factory) {
    throw new Error(
      `Scheme '${scheme}' is not supported by the embedded engine; use a remote Spark session (SparkSession.builder.remote(...))`,
    );
  }
  fs = factory();
  instances.set(scheme, fs);
  return fs;
}
