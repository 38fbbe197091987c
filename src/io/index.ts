// Public surface of file IO for the engine (reader/writer APIs build on these).

export type { FileStatus, FileSystem, OutputFile, ReadRange } from "./fs/file-system.js";
export { LocalFileSystem } from "./fs/local-file-system.js";
export { getFileSystem, registerFileSystem, schemeOf } from "./fs/registry.js";
export { listLeafFiles, isHiddenName } from "./fs/list-files.js";
export type { FileFormat, FileSplit, FormatWriter, FormatOptions } from "./formats/file-format.js";
export { getFileFormat, registerFileFormat, hasFileFormat } from "./formats/registry.js";
export { planFileScan, readFileSplit, type FileScanPlan, type PlanFileScanOptions } from "./file-scan.js";
export { writeFiles, type WriteFilesRequest, type WriteFilesResult } from "./commit/write-files.js";
export {
  setupWriteJob,
  runWriteTask,
  commitWriteJob,
  abortWriteJob,
  type SaveMode,
  type WriteJob,
  type WriteJobRequest,
  type TaskCommitMessage,
} from "./commit/write-job.js";
export { recoverInterruptedSwap } from "./commit/recover.js";
export { discoverPartitions } from "./partitioning/discovery.js";
export { escapePathName, unescapePathName, DEFAULT_PARTITION_NAME } from "./partitioning/path-escaping.js";
