// Storage levels as Spark names them. Replication (`_2`) is recorded but a single copy is kept:
// every executor of a local session shares one machine's memory and disk, so a second copy in
// another worker would not survive anything the first does not (docs/adr/0003). OFF_HEAP maps to
// serialized in-memory storage with disk fallback.

export interface StorageLevel {
  readonly useDisk: boolean;
  readonly useMemory: boolean;
  readonly useOffHeap: boolean;
  readonly deserialized: boolean;
  readonly replication: number;
}

const level = (useDisk: boolean, useMemory: boolean, useOffHeap: boolean, deserialized: boolean, replication = 1): StorageLevel =>
  Object.freeze({ useDisk, useMemory, useOffHeap, deserialized, replication });

export const StorageLevel = Object.freeze({
  NONE: level(false, false, false, false),
  DISK_ONLY: level(true, false, false, false),
  DISK_ONLY_2: level(true, false, false, false, 2),
  DISK_ONLY_3: level(true, false, false, false, 3),
  MEMORY_ONLY: level(false, true, false, true),
  MEMORY_ONLY_2: level(false, true, false, true, 2),
  MEMORY_ONLY_SER: level(false, true, false, false),
  MEMORY_ONLY_SER_2: level(false, true, false, false, 2),
  MEMORY_AND_DISK: level(true, true, false, true),
  MEMORY_AND_DISK_2: level(true, true, false, true, 2),
  MEMORY_AND_DISK_SER: level(true, true, false, false),
  MEMORY_AND_DISK_SER_2: level(true, true, false, false, 2),
  MEMORY_AND_DISK_DESER: level(true, true, false, true),
  OFF_HEAP: level(true, true, true, false),
});

export function storageLevelName(l: StorageLevel): string {
  for (const [name, v] of Object.entries(StorageLevel)) {
    if (name === "MEMORY_AND_DISK_DESER") continue;
    if (v.useDisk === l.useDisk && v.useMemory === l.useMemory && v.useOffHeap === l.useOffHeap && v.deserialized === l.deserialized && v.replication === l.replication) return name;
  }
  return `StorageLevel(${l.useDisk}, ${l.useMemory}, ${l.useOffHeap}, ${l.deserialized}, ${l.replication})`;
}

/** Spark's description string, e.g. "Memory Deserialized 1x Replicated". */
export function storageLevelDescription(l: StorageLevel): string {
  const parts: string[] = [];
  if (l.useDisk) parts.push("Disk");
  if (l.useMemory) parts.push(l.useOffHeap ? "Memory (off heap)" : "Memory");
  parts.push(l.deserialized ? "Deserialized" : "Serialized");
  return `${parts.join(" ")} ${l.replication}x Replicated`;
}

export const isStored = (l: StorageLevel): boolean => l.useDisk || l.useMemory;
