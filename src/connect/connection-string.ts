// Spark Connect connection strings, as PySpark and the other Connect clients read them:
//   sc://host[:port][/;param=value;param=value...]
// Known parameters: token, use_ssl, user_id, user_agent, session_id, grpc_max_message_size.
// Every other parameter becomes a gRPC metadata header on each call (Databricks reads
// x-databricks-cluster-id this way).

export const DEFAULT_CONNECT_PORT = 15002;

export interface ConnectionOptions {
  readonly host: string;
  readonly port: number;
  readonly token?: string;
  /** TLS: asked with use_ssl=true, and forced when a token goes to a non-loopback host. */
  readonly useSsl: boolean;
  readonly userId?: string;
  readonly userAgent: string;
  readonly sessionId?: string;
  readonly maxMessageSize: number;
  /** Extra headers sent with every call (the unknown parameters). */
  readonly headers: Readonly<Record<string, string>>;
}

const KNOWN = new Set(["token", "use_ssl", "user_id", "user_agent", "session_id", "grpc_max_message_size"]);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function invalid(url: string, why: string): never {
  throw new Error(`[INVALID_CONNECT_URL] Invalid URL for Spark Connect: '${url}', ${why}.`);
}

export function parseConnectionString(url: string, defaults: { userAgent?: string } = {}): ConnectionOptions {
  if (!url.startsWith("sc://")) invalid(url, "the URL must start with 'sc://'");
  const rest = url.slice("sc://".length);
  const slash = rest.indexOf("/");
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const tail = slash < 0 ? "" : rest.slice(slash + 1);
  if (tail !== "" && !tail.startsWith(";")) invalid(url, "the path component must be empty; parameters follow '/;'");

  let host = authority;
  let port = DEFAULT_CONNECT_PORT;
  const m = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(authority);
  if (!m || !m[1]) invalid(url, "the host is missing");
  host = m[1];
  if (m[2] !== undefined) port = Number(m[2]);
  if (!(port > 0 && port < 65536)) invalid(url, `the port ${m[2]} is out of range`);

  const params: Record<string, string> = {};
  for (const part of tail.split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) invalid(url, `parameter '${part}' is not of the form key=value`);
    params[decodeURIComponent(part.slice(0, eq))] = decodeURIComponent(part.slice(eq + 1));
  }

  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (!KNOWN.has(k)) headers[k.toLowerCase()] = v;

  const sessionId = params.session_id;
  if (sessionId !== undefined && !UUID_RE.test(sessionId)) invalid(url, `session_id '${sessionId}' is not a UUID`);
  const token = params.token;
  const askedSsl = (params.use_ssl ?? "false").toLowerCase() === "true";
  const maxMessageSize = params.grpc_max_message_size ? Number(params.grpc_max_message_size) : 128 * 1024 * 1024;
  if (!Number.isInteger(maxMessageSize) || maxMessageSize <= 0) invalid(url, "grpc_max_message_size must be a positive integer");
  return {
    host,
    port,
    ...(token !== undefined ? { token } : {}),
    useSsl: askedSsl || (token !== undefined && !isLoopback(host)),
    ...(params.user_id !== undefined ? { userId: params.user_id } : {}),
    userAgent: params.user_agent ?? defaults.userAgent ?? "faisca",
    ...(sessionId !== undefined ? { sessionId } : {}),
    maxMessageSize,
    headers,
  };
}
