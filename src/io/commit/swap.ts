// Replacing a directory with a fully written staging directory without ever destroying the old
// data first, and without renaming over an existing directory (not possible on Windows).
// Protocol (docs/adr/0002-write-commit-protocol.md):
//   1. write the swap marker (a JSON list of {target, staging, trash}) atomically
//   2. for each entry: rename target → trash (when target exists), rename staging → target
//   3. delete the trash, then the marker
// A crash at any point leaves either the old target, or the marker from which the next reader or
// writer (recoverSwap) finishes steps 2–3. Every step is idempotent, so a recovery racing with a
// live writer converges on the same end state.

import type { FileSystem } from "../fs/file-system.js";

export interface SwapEntry {
  readonly target: string;
  readonly staging: string;
  readonly trash: string;
}

export interface SwapMarker {
  readonly version: 1;
  readonly jobId: string;
  readonly entries: readonly SwapEntry[];
}

/** Hook for tests: called before each protocol step with its name; throwing simulates a crash. */
export type CrashHook = (step: string) => void;

export async function writeMarkerAtomically(fs: FileSystem, markerPath: string, marker: SwapMarker): Promise<void> {
  const tmp = markerPath + ".tmp";
  await fs.delete(tmp);
  await fs.writeFile(tmp, JSON.stringify(marker));
  await fs.delete(markerPath);
  await fs.rename(tmp, markerPath);
}

export async function readMarker(fs: FileSystem, markerPath: string): Promise<SwapMarker | null> {
  if (!(await fs.exists(markerPath))) return null;
  try {
    const text = new TextDecoder().decode(await fs.readFile(markerPath));
    const m = JSON.parse(text) as SwapMarker;
    return m && Array.isArray(m.entries) ? m : null;
  } catch {
    // A marker is only ever published by rename, so a torn one cannot be seen; ignore garbage.
    return null;
  }
}

/** Runs the swap described by a marker that is already written; idempotent. */
export async function completeSwap(fs: FileSystem, markerPath: string, marker: SwapMarker, crash?: CrashHook): Promise<void> {
  for (const e of marker.entries) {
    const stagingExists = await fs.exists(e.staging);
    if (stagingExists) {
      // Step 2a: move the old target aside (skip when already moved).
      if (await fs.exists(e.target)) {
        crash?.("move-old-aside");
        await tolerate(fs.rename(e.target, e.trash), async () => !(await fs.exists(e.target)));
      }
      // Step 2b: move the new data into place.
      crash?.("move-new-into-place");
      await tolerate(fs.rename(e.staging, e.target), async () => !(await fs.exists(e.staging)) && (await fs.exists(e.target)));
    }
  }
  // Trash before marker: a crash in between leaves the marker, whose recovery finds nothing
  // left to move and finishes the cleanup; the other order could orphan the trash.
  crash?.("delete-trash");
  for (const e of marker.entries) await fs.delete(e.trash, true);
  crash?.("delete-marker");
  await fs.delete(markerPath);
}

/** Runs a step; when it fails, succeeds anyway if `done()` says a concurrent recovery did it. */
async function tolerate(step: Promise<void>, done: () => Promise<boolean>): Promise<void> {
  try {
    await step;
  } catch (err) {
    if (!(await done())) throw err;
  }
}

/** The marker of a whole-directory swap lives next to the directory: `.<name>.faisca-swap`. */
export function siblingMarkerPath(fs: FileSystem, target: string): string | null {
  const parent = fs.parent(target);
  if (parent === null) return null;
  return fs.join(parent, `.${fs.basename(target)}.faisca-swap`);
}

/** Markers of partition-level swaps (dynamic overwrite) live inside the output directory. */
export const IN_DIR_MARKER_PREFIX = "_faisca-swap-";
