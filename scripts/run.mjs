// Runs a TypeScript program of this repository (examples, benchmarks) after making sure the
// dependencies are installed. Usage: node scripts/run.mjs <file.ts> [args...]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { ensureDeps } from "./ensure-deps.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
ensureDeps(root);
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/run.mjs <file.ts> [args...]");
  process.exit(2);
}
const r = spawnSync(process.execPath, ["--import", "tsx", file, ...args], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
