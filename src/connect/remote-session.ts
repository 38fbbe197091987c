// Building a remote session: `SparkSession.builder.remote("sc://host:15002/;token=...")`.
// The session object is the same SparkSession class; its plans run through a RemoteBackend.
import type { SparkSession } from "../api/spark-session.js";
import { parseConnectionString } from "./connection-string.js";
import { ConnectClient } from "./client.js";
import { RemoteBackend } from "./remote-backend.js";

const backends = new WeakMap<SparkSession, RemoteBackend>();

/** Builder settings that describe the local process, never sent to the server. */
const LOCAL_ONLY = new Set(["spark.master", "spark.remote", "spark.app.name"]);

/**
 * Connects `session` to the Spark Connect server at `url`. The builder's config() pairs are
 * sent to the server's session conf first thing on the session's queue.
 */
export function connectRemote(session: SparkSession, url: string, builderOptions: Readonly<Record<string, string>> = {}): RemoteBackend {
  const client = new ConnectClient(parseConnectionString(url));
  const backend = new RemoteBackend(client, session.state.queue);
  backends.set(session, backend);
  const serverConf = Object.fromEntries(Object.entries(builderOptions).filter(([k]) => !LOCAL_ONLY.has(k)));
  if (Object.keys(serverConf).length > 0) void session.state.queue.enqueue(() => backend.conf.setAll(serverConf));
  return backend;
}

/** The remote back end of a session built with builder.remote(...), if it is one. */
export function remoteBackendOf(session: SparkSession): RemoteBackend | undefined {
  return backends.get(session);
}
