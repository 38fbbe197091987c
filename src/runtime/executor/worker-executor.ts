// A worker-thread executor. From compiled dist/ the worker runs executor-main.js and imports the
// executor plugins itself. From TypeScript sources (tsx), loader hooks given with --import do not
// reach worker threads on Node 20 and registering tsx in each worker is slow, so the worker runs
// one esbuild bundle of executor-main.ts plus the plugins (source-bundle.ts).

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskDescription } from "../task/task-description.js";
import type { ExecutorBackend, ExecutorCallbacks } from "./executor-backend.js";
import type { ExecutorStartData, FromExecutor, ToExecutor } from "./protocol.js";
import { bundleModules } from "./source-bundle.js";

const compiledEntry = new URL("./executor-main.js", import.meta.url);
const fromSources = !existsSync(fileURLToPath(compiledEntry));

function spawn(data: ExecutorStartData): Worker {
  if (!fromSources) return new Worker(compiledEntry, { workerData: data });
  const entry = bundleModules([new URL("./executor-main.ts", import.meta.url).href, ...data.plugins]);
  return new Worker(new URL(entry), { execArgv: [], workerData: { ...data, plugins: [] } });
}

/** The URL a worker imports for a plugin registered after it started. */
const pluginUrl = (url: string): string => (fromSources && /\.[cm]?ts$/.test(url) ? bundleModules([url]) : url);

export class WorkerExecutor implements ExecutorBackend {
  readonly cores = 1;
  private worker: Worker;
  private isAlive = true;
  private stopping = false;
  readonly ready: Promise<void>;

  constructor(
    readonly id: string,
    data: ExecutorStartData,
    private readonly callbacks: ExecutorCallbacks,
  ) {
    this.worker = spawn(data);
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (m: FromExecutor) => {
        if (m.type === "ready") resolve();
        else if (m.type === "status") {
          if (this.isAlive) this.callbacks.onStatus(this.id, m.result);
        }
        else if (m.type === "fatal") {
          reject(new Error(`Executor ${id} failed to start: ${m.stack}`));
          this.lost(`executor error: ${m.message}`);
        }
      });
      this.worker.on("error", (e) => {
        reject(e);
        this.lost(`worker error: ${e.stack ?? e.message}`);
      });
      this.worker.on("exit", (code) => {
        reject(new Error(`Executor ${id} exited with code ${code} before it was ready`));
        this.lost(`worker exited with code ${code}`);
      });
    });
    this.ready.catch(() => undefined);
  }

  get alive(): boolean {
    return this.isAlive;
  }

  private lost(reason: string): void {
    if (!this.isAlive) return;
    this.isAlive = false;
    if (!this.stopping) this.callbacks.onLost(this.id, reason);
  }

  private send(m: ToExecutor): void {
    if (this.isAlive) this.worker.postMessage(m);
  }

  launch(task: TaskDescription, broadcasts: readonly (readonly [number, unknown])[]): void {
    this.send({ type: "launch", task, broadcasts });
  }
  removeRdd(rddId: number): void {
    this.send({ type: "remove-rdd", rddId });
  }
  removeBroadcast(id: number): void {
    this.send({ type: "remove-broadcast", id });
  }
  loadPlugin(url: string): void {
    this.send({ type: "load-plugin", url: pluginUrl(url) });
  }
  /** Kills the executor. worker.terminate() while the thread is inside v8.deserialize aborts
   *  the whole process (a Node fatal error), so the executor is declared lost at once (its
   *  tasks and shuffle outputs are recomputed elsewhere) and its thread is asked to stop after
   *  the task it is running; late messages from it are ignored. */
  async kill(): Promise<void> {
    this.lost("executor killed");
    this.worker.postMessage({ type: "stop" } satisfies ToExecutor);
    const force = setTimeout(() => void this.worker.terminate(), 30_000);
    force.unref();
    this.worker.once("exit", () => clearTimeout(force));
  }
  async stop(): Promise<void> {
    this.stopping = true;
    this.send({ type: "stop" });
    this.isAlive = false;
    await this.worker.terminate();
  }
}
