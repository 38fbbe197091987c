// Peak resident memory and CPU time of a process and all its descendants (the JVM and Python
// workers of PySpark; the worker threads of Faísca live in one process), sampled from /proc
// (Linux). CPU time is the figure that a loaded machine distorts least: under contention the
// scheduler shares the cores per runnable thread, not per program.
import { readdirSync, readFileSync } from "node:fs";

const PAGE = 4096;
const TICKS = 100; // USER_HZ

/** Fields after "pid (comm)" of /proc/<pid>/stat: [state, ppid, ...]; comm may hold spaces. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function parentOf(pid: number): number {
  const f = statFields(pid);
  return f ? Number(f[1]) : -1;
}

/** User + system CPU seconds used so far by `pid` (all its threads). */
function cpuSeconds(pid: number): number {
  const f = statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) / TICKS : 0;
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** `root` and its descendants now. */
function treePids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ppid = parentOf(pid);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Samples the tree of `pid` every `ms` until stop(): peak resident bytes (sum over the tree)
 *  and CPU seconds (last value seen per process, summed; a process living less than one
 *  sampling period is missed). */
export function sampleTree(pid: number, ms = 200): { stop(): { peakRss: number; cpu: number } } {
  let peak = 0;
  const cpu = new Map<number, number>();
  const tick = () => {
    let rss = 0;
    for (const p of treePids(pid)) {
      rss += rssBytes(p);
      const c = cpuSeconds(p);
      if (c > 0) cpu.set(p, c);
    }
    peak = Math.max(peak, rss);
  };
  tick();
  const timer = setInterval(tick, ms);
  return {
    stop() {
      clearInterval(timer);
      let total = 0;
      for (const c of cpu.values()) total += c;
      return { peakRss: peak, cpu: total };
    },
  };
}
