// Starts one real Spark Connect server (scripts/start-connect-server.py, PySpark's bundled
// spark-connect jar, Java 17) for a test file, on a free loopback port with a random token.
// A machine without PySpark or Java fails the tests with the script's message; nothing is
// skipped.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ConnectServer {
  readonly port: number;
  readonly token: string;
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The server for one test file. FAISCA_CONNECT_URL (`sc://host:port/;token=...`) points the
 * tests at a server that is already running instead (then `extraConf` is not applied).
 */
export async function startConnectServer(extraConf: Record<string, string> = {}, timeoutMs = 150_000): Promise<ConnectServer> {
  const given = process.env.FAISCA_CONNECT_URL;
  if (given) {
    const m = /^sc:\/\/[^:/]+:(\d+)(?:\/;.*token=([^;]*))?/.exec(given);
    return { port: Number(m?.[1] ?? 15002), token: m?.[2] ?? "", url: given, stop: async () => undefined };
  }
  const python = process.env.FAISCA_ORACLE_PYTHON || process.env.PYSPARK_PYTHON || "python3";
  const port = await freePort();
  const token = randomUUID();
  const args = [path.join(ROOT, "scripts/start-connect-server.py"), "--port", String(port), "--token", token, "--exit-on-stdin-eof"];
  for (const [k, v] of Object.entries(extraConf)) args.push("--conf", `${k}=${v}`);
  const child: ChildProcess = spawn(python, args, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Spark Connect server did not become ready within ${timeoutMs / 1000} s.\n${stderr}`));
    }, timeoutMs);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes(`READY ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${python} to start the Spark Connect server: ${e.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Spark Connect server exited (code ${code}) before it was ready. It needs PySpark (pinned in ORACLE_VERSION; set FAISCA_ORACLE_PYTHON) and Java 17.\n${stderr}`));
    });
  });
  return {
    port,
    token,
    url: `sc://127.0.0.1:${port}/;token=${token}`,
    async stop() {
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(t);
    },
  };
}
