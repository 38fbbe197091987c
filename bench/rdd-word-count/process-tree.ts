// Peak resident memory of a process and all its descendants (the JVM and Python workers of
// PySpark, the worker threads of Faísca live in one process), sampled from /proc (Linux).
import { readdirSync, readFileSync } from "node:fs";

const PAGE = 4096;

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return -1;
  }
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Resident bytes of `root` and its descendants now. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ppid = parentOf(pid);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples treeRss(pid) every `ms` until stop() is called; stop() returns the peak. */
export function samplePeakRss(pid: number, ms = 200): { stop(): number } {
  let peak = 0;
  const tick = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  tick();
  const timer = setInterval(tick, ms);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
