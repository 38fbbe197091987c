// Running from TypeScript sources (tsx): registering tsx inside each worker costs ~1.5 s, so the
// driver instead bundles the executor entry and the executor plugins into one ES module with
// esbuild (tsx's own dependency) and starts workers from it. Compiled dist/ needs none of this.
// Bundles are content-addressed files under node_modules/.cache/faisca/.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface EsbuildLike {
  buildSync(options: Record<string, unknown>): { outputFiles?: { text: string }[]; errors: unknown[] };
}

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();

/** A file:// URL of an ES module bundling the given modules (file URLs of .ts/.js sources). */
export function bundleModules(moduleUrls: readonly string[]): string {
  const key = moduleUrls.join("\n");
  const hit = cache.get(key);
  if (hit) return hit;
  const esbuild = require("esbuild") as EsbuildLike;
  const contents = moduleUrls.map((u) => `import ${JSON.stringify(fileURLToPath(u))};`).join("\n");
  const result = esbuild.buildSync({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: "faisca-executor-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles![0]!.text;
  const dir = join(dirname(require.resolve("esbuild/package.json")), "..", ".cache", "faisca");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `executor-${createHash("sha1").update(text).digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  }
  const url = pathToFileURL(file).href;
  cache.set(key, url);
  return url;
}
