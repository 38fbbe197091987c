// Roll-forward of interrupted commits, run by readers (before listing) and writers (before
// writing): whole-directory swaps, partition-level swaps and file-moving job commits.

import type { FileSystem } from "../fs/file-system.js";
import { completeSwap, IN_DIR_MARKER_PREFIX, readMarker, siblingMarkerPath } from "./swap.js";
import { recoverJobCommits, TEMPORARY_DIR } from "./job-commit.js";

export async function recoverInterruptedSwap(fs: FileSystem, path: string): Promise<void> {
  const sibling = siblingMarkerPath(fs, path);
  if (sibling !== null) {
    const m = await readMarker(fs, sibling);
    if (m !== null) await completeSwap(fs, sibling, m);
  }
  const st = await fs.stat(path);
  if (st === null || !st.isDirectory) return;
  const children = await fs.list(path);
  for (const c of children) {
    const name = fs.basename(c.path);
    if (!c.isDirectory && name.startsWith(IN_DIR_MARKER_PREFIX) && !name.endsWith(".tmp")) {
      const m = await readMarker(fs, c.path);
      if (m !== null) await completeSwap(fs, c.path, m);
    } else if (c.isDirectory && name === TEMPORARY_DIR) {
      await recoverJobCommits(fs, path);
    }
  }
}
