// Runs one engine in its own child process, collects its result lines, and measures the peak
// resident memory of the whole process tree (PySpark's JVM is a grandchild) by sampling /proc.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { RESULT_PREFIX, epochNow } from "./protocol.js";

export interface ChildMessage {
  kind: "hello" | "query" | "done";
  payload: any;
}

export interface ChildOutcome {
  messages: ChildMessage[];
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnEpochMs: number;
  wallMs: number;
  /** Peak RSS of the process tree in bytes (max of sampling and the child's own report). */
  peakRssBytes: number;
  stderrTail: string;
}

let pageSize = 0;
function getPageSize(): number {
  if (pageSize === 0) {
    const r = spawnSync("getconf", ["PAGESIZE"], { encoding: "utf8" });
    pageSize = Number(r.stdout?.trim()) || 4096;
  }
  return pageSize;
}

const HAVE_PROC = process.platform === "linux" && existsSync("/proc/self/stat");

/** Sum of RSS over `root` and all its descendants, in bytes (Linux; 0 elsewhere). */
export function treeRssBytes(root: number): number {
  if (!HAVE_PROC) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "latin1");
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name, which is in parentheses and may contain spaces.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(name);
    const ppid = Number(f[1]);
    rss.set(pid, Number(f[21]) * getPageSize());
    let list = children.get(ppid);
    if (!list) children.set(ppid, (list = []));
    list.push(pid);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    for (const k of children.get(p) ?? []) stack.push(k);
  }
  return total;
}

// Engines still running when the harness exits (Ctrl-C, crash) are killed with it.
const live = new Set<() => void>();
let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const k of live) k();
  };
  process.on("exit", killAll);
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      killAll();
      process.exit(130);
    });
  }
}

export function runChild(command: string, args: string[], opts: { timeoutMs: number; startupTimeoutMs?: number; cwd: string; env?: NodeJS.ProcessEnv; onMessage?: (m: ChildMessage) => void }): Promise<ChildOutcome> {
  hookExit();
  return new Promise((resolve) => {
    const spawnEpochMs = epochNow();
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
    const messages: ChildMessage[] = [];
    let peak = 0;
    let stderr = "";
    let buf = "";
    let timedOut = false;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
    };
    const sampler = setInterval(sample, 50);
    const killTree = () => {
      try {
        if (child.pid !== undefined) process.kill(process.platform === "win32" ? child.pid : -child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    };
    // The timeout is per message: a child running many queries gets timeoutMs for each one.
    const onTimeout = () => {
      timedOut = true;
      killTree();
    };
    // Until the first message (the engine's hello) the start-up allowance applies: a JVM on a
    // loaded machine can take a minute to start.
    let timer = setTimeout(onTimeout, Math.max(opts.timeoutMs, opts.startupTimeoutMs ?? 0));
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.startsWith(RESULT_PREFIX)) continue;
        try {
          const m = JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildMessage;
          messages.push(m);
          clearTimeout(timer);
          timer = setTimeout(onTimeout, opts.timeoutMs);
          opts.onMessage?.(m);
        } catch {
          /* a torn line from a killed child */
        }
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const done = messages.find((m) => m.kind === "done");
      const selfReported = Number(done?.payload?.maxRssBytes ?? 0);
      resolve({
        messages,
        exitCode: code,
        signal,
        timedOut,
        spawnEpochMs,
        wallMs: epochNow() - spawnEpochMs,
        peakRssBytes: Math.max(peak, selfReported),
        stderrTail: stderr,
      });
    });
    live.add(killTree);
    child.on("close", () => live.delete(killTree));
  });
}
