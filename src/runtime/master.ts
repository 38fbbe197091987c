// Parses the master URL. As in Spark, `local` and `local[N]` attempt each task once and
// `local[N,F]` allows F attempts. Faísca runs N single-core worker-thread executors for
// local[N] (Spark runs one N-core executor in-process; see docs/adr/0003).

import { availableParallelism } from "node:os";

export interface LocalMaster {
  readonly numExecutors: number;
  readonly maxFailures: number;
}

export function parseMaster(master: string): LocalMaster {
  const m = master.trim();
  if (m === "local") return { numExecutors: 1, maxFailures: 1 };
  const r = /^local\[\s*(\d+|\*)\s*(?:,\s*(\d+)\s*)?\]$/.exec(m);
  if (r) {
    const n = r[1] === "*" ? availableParallelism() : Number(r[1]);
    if (n < 1) throw new Error(`Master ${master}: the number of threads must be positive`);
    const f = r[2] === undefined ? 1 : Number(r[2]);
    if (f < 1) throw new Error(`Master ${master}: the number of task attempts must be positive`);
    return { numExecutors: n, maxFailures: f };
  }
  if (/^(spark|yarn|k8s|mesos|sc):/.test(m) || m === "yarn") {
    throw new Error(
      `Master "${master}" is not supported by the embedded engine — use a remote Spark session (SparkSession.builder.remote("sc://host:15002")) for clusters`,
    );
  }
  throw new Error(`Could not parse master URL: '${master}'`);
}
