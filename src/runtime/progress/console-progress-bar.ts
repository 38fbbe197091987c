// Spark's console progress bar, e.g. "[Stage 3:=====>          (12 + 2) / 40]", drawn on stderr
// for stages running longer than half a second, only when stderr is a TTY. Off with
// spark.ui.showConsoleProgress=false. It is a listener: it reads only listener events.

import type { RuntimeConf } from "../conf.js";
import type { ListenerBus } from "../events/listener-bus.js";
import type { SparkListener } from "../events/listener-events.js";

interface StageProgress {
  readonly id: number;
  readonly total: number;
  readonly started: number;
  done: number;
  running: number;
}

const FIRST_DELAY_MS = 500;
const UPDATE_MS = 200;

export function renderProgress(stages: readonly { id: number; total: number; done: number; running: number }[], width: number): string {
  const per = Math.floor(width / Math.max(1, stages.length));
  return stages
    .map((s) => {
      const header = `[Stage ${s.id}:`;
      const tailer = `(${s.done} + ${s.running}) / ${s.total}]`;
      const w = per - header.length - tailer.length;
      if (w <= 0) return header + tailer;
      const percent = s.total === 0 ? w : Math.floor((w * s.done) / s.total);
      const bar = percent >= w ? "=".repeat(w) : "=".repeat(percent) + ">" + " ".repeat(w - percent - 1);
      return header + bar + tailer;
    })
    .join("");
}

export class ConsoleProgressBar implements SparkListener {
  private readonly stages = new Map<number, StageProgress>();
  private timer: NodeJS.Timeout | null = null;
  private lastLine = "";

  private constructor(private readonly out: NodeJS.WriteStream) {}

  static create(conf: RuntimeConf, bus: ListenerBus): ConsoleProgressBar | null {
    const out = process.stderr;
    if (!conf.getBoolean("spark.ui.showConsoleProgress", true) || !out.isTTY) return null;
    const bar = new ConsoleProgressBar(out);
    bus.addListener(bar);
    return bar;
  }

  onStageSubmitted(e: { stageInfo: { stageId: number; numTasks: number } }): void {
    this.stages.set(e.stageInfo.stageId, { id: e.stageInfo.stageId, total: e.stageInfo.numTasks, started: Date.now(), done: 0, running: 0 });
    this.ensureTimer();
  }
  onStageCompleted(e: { stageInfo: { stageId: number } }): void {
    this.stages.delete(e.stageInfo.stageId);
    if (this.stages.size === 0) this.clear();
  }
  onTaskStart(e: { stageId: number }): void {
    const s = this.stages.get(e.stageId);
    if (s) s.running++;
  }
  onTaskEnd(e: { stageId: number; reason: { kind: string } }): void {
    const s = this.stages.get(e.stageId);
    if (!s) return;
    s.running = Math.max(0, s.running - 1);
    if (e.reason.kind === "Success") s.done++;
  }
  onJobEnd(): void {
    if (this.stages.size === 0) this.clear();
  }

  private ensureTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.refresh(), UPDATE_MS);
    this.timer.unref();
  }

  private refresh(): void {
    const now = Date.now();
    const show = [...this.stages.values()].filter((s) => now - s.started >= FIRST_DELAY_MS).sort((a, b) => a.id - b.id).slice(0, 3);
    if (show.length === 0) return;
    const line = renderProgress(show, (this.out.columns || 80) - 1);
    if (line !== this.lastLine) {
      this.out.write("\r" + line);
      this.lastLine = line;
    }
  }

  private clear(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    if (this.lastLine) {
      this.out.write("\r" + " ".repeat(this.lastLine.length) + "\r");
      this.lastLine = "";
    }
  }

  stop(): void {
    this.clear();
  }
}
