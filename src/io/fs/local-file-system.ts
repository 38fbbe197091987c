// The local file system: plain OS paths and file:// URIs, through node:fs, node:path and node:url
// only (so Windows paths work). rename never overwrites an existing target (Windows semantics
// everywhere, so the commit protocol is tested against the strict behaviour).

import { promises as fsp, constants as fsConstants } from "node:fs";
import * as nodePath from "node:path";
import { fileURLToPath } from "node:url";
import type { FileStatus, FileSystem, OutputFile, ReadRange } from "./file-system.js";
import { globToRegExp, hasGlob } from "./glob.js";

const DEFAULT_CHUNK = 1 << 20;

export class LocalFileSystem implements FileSystem {
  readonly scheme = "file";

  resolve(pathOrUri: string): string {
    if (/^file:/i.test(pathOrUri)) {
      // file:///tmp/x (URL form) and file:/tmp/x (Hadoop form) both name /tmp/x.
      const url = pathOrUri.replace(/^file:(?!\/\/)/i, "file://");
      return fileURLToPath(url.replace(/[?#]/g, encodeURIComponent));
    }
    return nodePath.resolve(pathOrUri);
  }

  qualify(path: string): string {
    // Spark prints local paths as file:/abs/path (one slash, no authority, not percent-encoded).
    const abs = this.resolve(path);
    return nodePath.sep === "/" ? "file:" + abs : "file:/" + abs.split(nodePath.sep).join("/");
  }

  join(parent: string, ...children: string[]): string {
    return nodePath.join(parent, ...children);
  }

  parent(path: string): string | null {
    const p = nodePath.dirname(path);
    return p === path ? null : p;
  }

  basename(path: string): string {
    return nodePath.basename(path);
  }

  split(path: string): { root: string; names: string[] } {
    const abs = this.resolve(path);
    const root = nodePath.parse(abs).root;
    const names = abs.slice(root.length).split(nodePath.sep).filter((s) => s.length > 0);
    return { root, names };
  }

  async stat(path: string): Promise<FileStatus | null> {
    try {
      const s = await fsp.stat(path);
      return { path, isDirectory: s.isDirectory(), size: s.isDirectory() ? 0 : s.size, mtimeMs: Math.floor(s.mtimeMs) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async exists(path: string): Promise<boolean> {
    return (await this.stat(path)) !== null;
  }

  async list(dirOrGlob: string): Promise<FileStatus[]> {
    if (hasGlob(dirOrGlob)) return this.expandGlob(dirOrGlob);
    let entries: string[];
    try {
      entries = await fsp.readdir(dirOrGlob);
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    entries.sort();
    const out: FileStatus[] = [];
    for (const name of entries) {
      const st = await this.stat(nodePath.join(dirOrGlob, name));
      if (st) out.push(st);
    }
    return out;
  }

  /** Matches a glob component by component from the root (sorted results). */
  private async expandGlob(pattern: string): Promise<FileStatus[]> {
    const { root, names } = splitPattern(pattern);
    let current: string[] = [root];
    for (let i = 0; i < names.length; i++) {
      const comp = names[i]!;
      const next: string[] = [];
      if (!hasGlob(comp)) {
        const lit = comp.replace(/\\(.)/g, "$1");
        for (const dir of current) next.push(nodePath.join(dir, lit));
      } else {
        const re = globToRegExp(comp);
        for (const dir of current) {
          let entries: string[];
          try {
            entries = await fsp.readdir(dir);
          } catch {
            continue;
          }
          entries.sort();
          for (const e of entries) if (re.test(e)) next.push(nodePath.join(dir, e));
        }
      }
      current = next;
    }
    const out: FileStatus[] = [];
    for (const p of current) {
      const st = await this.stat(p);
      if (st) out.push(st);
    }
    return out;
  }

  async *open(path: string, range: ReadRange = {}): AsyncIterable<Uint8Array> {
    const handle = await fsp.open(path, "r");
    try {
      const size = (await handle.stat()).size;
      let pos = range.start ?? 0;
      const end = Math.min(range.end ?? size, size);
      const chunk = range.chunkSize ?? DEFAULT_CHUNK;
      while (pos < end) {
        const want = Math.min(chunk, end - pos);
        const buf = new Uint8Array(want);
        const { bytesRead } = await handle.read(buf, 0, want, pos);
        if (bytesRead === 0) break;
        pos += bytesRead;
        yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    const b = await fsp.readFile(path);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }

  async create(path: string): Promise<OutputFile> {
    await fsp.mkdir(nodePath.dirname(path), { recursive: true });
    const handle = await fsp.open(path, "w");
    let closed = false;
    return {
      path,
      async write(chunk: Uint8Array) {
        let off = 0;
        while (off < chunk.length) {
          const { bytesWritten } = await handle.write(chunk, off, chunk.length - off);
          off += bytesWritten;
        }
      },
      async close() {
        if (closed) return;
        closed = true;
        await handle.close();
      },
      async abort() {
        if (!closed) {
          closed = true;
          await handle.close().catch(() => undefined);
        }
        await fsp.rm(path, { force: true });
      },
    };
  }

  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    await fsp.mkdir(nodePath.dirname(path), { recursive: true });
    await fsp.writeFile(path, data);
  }

  async mkdirs(path: string): Promise<void> {
    await fsp.mkdir(path, { recursive: true });
  }

  async rename(from: string, to: string): Promise<void> {
    // Refuse to replace an existing target on every platform (POSIX rename would replace a file
    // or an empty directory silently; Windows refuses). Not atomic against concurrent writers.
    try {
      await fsp.access(to, fsConstants.F_OK);
      throw new Error(`Cannot rename ${from} to ${to}: destination exists`);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    await fsp.mkdir(nodePath.dirname(to), { recursive: true });
    await fsp.rename(from, to);
  }

  async delete(path: string, recursive = false): Promise<boolean> {
    const st = await this.stat(path);
    if (!st) return false;
    if (st.isDirectory) {
      if (recursive) await fsp.rm(path, { recursive: true, force: true });
      else await fsp.rmdir(path);
    } else {
      await fsp.rm(path, { force: true });
    }
    return true;
  }
}

function splitPattern(pattern: string): { root: string; names: string[] } {
  let p = pattern;
  if (/^file:/i.test(p)) p = p.replace(/^file:(\/\/)?/i, "");
  const abs = nodePath.isAbsolute(p) ? p : nodePath.join(process.cwd(), p);
  const root = nodePath.parse(abs).root;
  // On POSIX a backslash escapes a glob character, so split on "/" only there.
  const sepRe = nodePath.sep === "\\" ? /[\\/]/ : /\//;
  return { root, names: abs.slice(root.length).split(sepRe).filter((s) => s.length > 0) };
}

function isNotFound(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
