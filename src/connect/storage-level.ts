// Storage level names (as PySpark spells them: persisted data is always serialized except the
// _DESER level) to Spark Connect's StorageLevel message, and back.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { StorageLevel, StorageLevelSchema } from "./proto/gen/spark/connect/common_pb.js";

type Level = MessageInitShape<typeof StorageLevelSchema>;
const level = (useDisk: boolean, useMemory: boolean, useOffHeap: boolean, deserialized: boolean, replication = 1): Level => ({ useDisk, useMemory, useOffHeap, deserialized, replication });

const LEVELS: Record<string, Level> = {
  NONE: level(false, false, false, false),
  DISK_ONLY: level(true, false, false, false),
  DISK_ONLY_2: level(true, false, false, false, 2),
  DISK_ONLY_3: level(true, false, false, false, 3),
  MEMORY_ONLY: level(false, true, false, false),
  MEMORY_ONLY_2: level(false, true, false, false, 2),
  MEMORY_AND_DISK: level(true, true, false, false),
  MEMORY_AND_DISK_2: level(true, true, false, false, 2),
  OFF_HEAP: level(true, true, true, false),
  MEMORY_AND_DISK_DESER: level(true, true, false, true),
};

export function toProtoStorageLevel(name: string): Level {
  const l = LEVELS[name.toUpperCase()];
  if (!l) throw new Error(`Unknown storage level '${name}'; expected one of ${Object.keys(LEVELS).join(", ")}`);
  return l;
}

/** The name of a level the server reports (a description when no name matches). */
export function storageLevelName(l: StorageLevel | undefined): string {
  if (!l) return "NONE";
  for (const [name, x] of Object.entries(LEVELS)) {
    if (x.useDisk === l.useDisk && x.useMemory === l.useMemory && x.useOffHeap === l.useOffHeap && x.deserialized === l.deserialized && x.replication === l.replication) return name;
  }
  return `StorageLevel(${l.useDisk}, ${l.useMemory}, ${l.useOffHeap}, ${l.deserialized}, ${l.replication})`;
}
