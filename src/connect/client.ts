// The Spark Connect client: one gRPC channel, the session's ids and headers, unary calls, and
// ExecutePlan as a reattachable stream (ReattachExecute when the stream ends without
// ResultComplete or breaks with a retryable status; ReleaseExecute as responses are consumed).
import { randomUUID } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { create, fromBinary, toBinary, type DescMessage, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";
import {
  AnalyzePlanRequestSchema,
  AnalyzePlanResponseSchema,
  ConfigRequestSchema,
  ConfigResponseSchema,
  ExecutePlanRequestSchema,
  ExecutePlanResponseSchema,
  FetchErrorDetailsRequestSchema,
  FetchErrorDetailsResponseSchema,
  InterruptRequestSchema,
  InterruptRequest_InterruptType,
  InterruptResponseSchema,
  ReattachExecuteRequestSchema,
  ReleaseExecuteRequestSchema,
  ReleaseExecuteResponseSchema,
  ReleaseSessionRequestSchema,
  ReleaseSessionResponseSchema,
  type AnalyzePlanResponse,
  type ConfigResponse,
  type ExecutePlanResponse,
  type Plan,
} from "./proto/gen/spark/connect/base_pb.js";
import type { ConnectionOptions } from "./connection-string.js";
import { isServiceError, readStatusDetails, sparkErrorFromServer, transportError, withFetchedDetails } from "./grpc-errors.js";

const SERVICE = "/spark.connect.SparkConnectService/";
const CLIENT_TYPE = `faisca/0.1 node/${process.versions.node}`;
const RETRYABLE = new Set([grpc.status.UNAVAILABLE]);
const MAX_REATTACH = 16;

interface Method<I extends DescMessage, O extends DescMessage> {
  readonly name: string;
  readonly input: I;
  readonly output: O;
}
const m = <I extends DescMessage, O extends DescMessage>(name: string, input: I, output: O): Method<I, O> => ({ name, input, output });
const METHODS = {
  executePlan: m("ExecutePlan", ExecutePlanRequestSchema, ExecutePlanResponseSchema),
  reattachExecute: m("ReattachExecute", ReattachExecuteRequestSchema, ExecutePlanResponseSchema),
  analyzePlan: m("AnalyzePlan", AnalyzePlanRequestSchema, AnalyzePlanResponseSchema),
  config: m("Config", ConfigRequestSchema, ConfigResponseSchema),
  interrupt: m("Interrupt", InterruptRequestSchema, InterruptResponseSchema),
  releaseExecute: m("ReleaseExecute", ReleaseExecuteRequestSchema, ReleaseExecuteResponseSchema),
  releaseSession: m("ReleaseSession", ReleaseSessionRequestSchema, ReleaseSessionResponseSchema),
  fetchErrorDetails: m("FetchErrorDetails", FetchErrorDetailsRequestSchema, FetchErrorDetailsResponseSchema),
};

type AnalyzeInit = MessageInitShape<typeof AnalyzePlanRequestSchema>["analyze"];
type ConfigOpInit = NonNullable<MessageInitShape<typeof ConfigRequestSchema>["operation"]>;

export class ConnectClient {
  readonly sessionId: string;
  readonly target: string;
  private readonly grpcClient: grpc.Client;
  private serverSideSessionId?: string;
  private closed = false;
  /** Counters for tests and diagnostics. */
  readonly stats = { executions: 0, reattaches: 0, errorDetailsFetched: 0 };

  constructor(readonly options: ConnectionOptions) {
    this.sessionId = options.sessionId ?? randomUUID();
    this.target = `${options.host}:${options.port}`;
    const creds = options.useSsl ? grpc.credentials.createSsl() : grpc.credentials.createInsecure();
    this.grpcClient = new grpc.Client(this.target, creds, {
      "grpc.max_receive_message_length": options.maxMessageSize,
      "grpc.max_send_message_length": options.maxMessageSize,
      "grpc.primary_user_agent": options.userAgent,
    });
  }

  /** Fields every request carries. */
  private base() {
    return {
      sessionId: this.sessionId,
      userContext: { userId: this.options.userId ?? process.env.USER ?? "" },
      clientType: CLIENT_TYPE,
      ...(this.serverSideSessionId ? { clientObservedServerSideSessionId: this.serverSideSessionId } : {}),
    };
  }

  private metadata(): grpc.Metadata {
    const md = new grpc.Metadata();
    for (const [k, v] of Object.entries(this.options.headers)) md.set(k, v);
    if (this.options.token !== undefined) md.set("authorization", `Bearer ${this.options.token}`);
    return md;
  }

  /** Remembers the server's session id; a change means the server lost our session. */
  private observe(serverSideSessionId: string): void {
    if (!serverSideSessionId) return;
    if (this.serverSideSessionId === undefined) this.serverSideSessionId = serverSideSessionId;
    else if (this.serverSideSessionId !== serverSideSessionId) {
      throw new Error(
        `[INVALID_HANDLE.SESSION_CHANGED] The existing Spark server driver instance has restarted. Please reconnect. ` +
          `(session ${this.sessionId}: server-side id was ${this.serverSideSessionId}, now ${serverSideSessionId})`,
      );
    }
  }

  private unary<I extends DescMessage, O extends DescMessage>(method: Method<I, O>, req: MessageInitShape<I>): Promise<MessageShape<O>> {
    this.checkOpen();
    return new Promise((resolve, reject) => {
      this.grpcClient.makeUnaryRequest(
        SERVICE + method.name,
        (msg: MessageShape<I>) => Buffer.from(toBinary(method.input, msg)),
        (buf: Buffer) => fromBinary(method.output, buf),
        create(method.input, req),
        this.metadata(),
        {},
        (err, res) => {
          if (err) this.toError(err).then(reject, reject);
          else resolve(res!);
        },
      );
    });
  }

  private serverStream<I extends DescMessage>(method: Method<I, typeof ExecutePlanResponseSchema>, req: MessageInitShape<I>): grpc.ClientReadableStream<ExecutePlanResponse> {
    this.checkOpen();
    return this.grpcClient.makeServerStreamRequest(
      SERVICE + method.name,
      (msg: MessageShape<I>) => Buffer.from(toBinary(method.input, msg)),
      (buf: Buffer) => fromBinary(ExecutePlanResponseSchema, buf),
      create(method.input, req),
      this.metadata(),
      {},
    );
  }

  private checkOpen(): void {
    if (this.closed) throw new Error("[NO_ACTIVE_SESSION] This Spark Connect session was stopped.");
  }

  /** A gRPC failure as the error users should see (fetching the server's details if offered). */
  async toError(err: unknown): Promise<Error> {
    if (!isServiceError(err)) return err instanceof Error ? err : new Error(String(err));
    let info = readStatusDetails(err);
    if (!info) return transportError(err, this.target);
    if (info.errorId && !this.closed) {
      try {
        const details = await this.unary(METHODS.fetchErrorDetails, { ...this.base(), errorId: info.errorId });
        info = withFetchedDetails(info, details);
        this.stats.errorDetailsFetched++;
      } catch {
        // The trailer's information is still right, only possibly truncated.
      }
    }
    return sparkErrorFromServer(info, err);
  }

  async analyze(analyze: AnalyzeInit): Promise<AnalyzePlanResponse> {
    const res = await this.unary(METHODS.analyzePlan, { ...this.base(), analyze });
    this.observe(res.serverSideSessionId);
    return res;
  }

  async config(operation: ConfigOpInit): Promise<ConfigResponse> {
    const res = await this.unary(METHODS.config, { ...this.base(), operation });
    this.observe(res.serverSideSessionId);
    return res;
  }

  /**
   * Runs a plan and yields its responses. The operation is reattachable: if the stream ends
   * before ResultComplete (servers cut long streams) or breaks with UNAVAILABLE, the client
   * reattaches after the last response it saw; consumed responses are released as it goes.
   */
  async *execute(plan: MessageInitShape<typeof ExecutePlanRequestSchema>["plan"] | Plan, tags: readonly string[] = []): AsyncGenerator<ExecutePlanResponse> {
    const operationId = randomUUID();
    this.stats.executions++;
    let stream = this.serverStream(METHODS.executePlan, {
      ...this.base(),
      plan,
      operationId,
      tags: [...tags],
      requestOptions: [{ requestOption: { case: "reattachOptions", value: { reattachable: true } } }],
    });
    let lastResponseId: string | undefined;
    let complete = false;
    let reattaches = 0;
    try {
      for (;;) {
        try {
          for await (const res of stream as AsyncIterable<ExecutePlanResponse>) {
            this.observe(res.serverSideSessionId);
            if (res.responseId) lastResponseId = res.responseId;
            if (res.responseType.case === "resultComplete") complete = true;
            else yield res;
          }
        } catch (err) {
          if (!(isServiceError(err) && RETRYABLE.has(err.code) && lastResponseId !== undefined && reattaches < MAX_REATTACH)) throw await this.toError(err);
          await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** reattaches)));
        }
        if (complete) return;
        if (++reattaches > MAX_REATTACH * 64) throw new Error(`Spark Connect operation ${operationId} did not complete after ${reattaches} reattaches`);
        this.stats.reattaches++;
        stream = this.serverStream(METHODS.reattachExecute, { ...this.base(), operationId, ...(lastResponseId ? { lastResponseId } : {}) });
        if (lastResponseId) this.releaseUntil(operationId, lastResponseId);
      }
    } finally {
      if (!complete) stream.cancel();
      // Frees whatever the server still buffers for this operation (fire and forget).
      if (!this.closed) {
        this.unary(METHODS.releaseExecute, { ...this.base(), operationId, release: { case: "releaseAll", value: {} } }).catch(() => undefined);
      }
    }
  }

  private releaseUntil(operationId: string, responseId: string): void {
    this.unary(METHODS.releaseExecute, { ...this.base(), operationId, release: { case: "releaseUntil", value: { responseId } } }).catch(() => undefined);
  }

  /** Interrupts every running operation of this session; returns the interrupted ids. */
  async interruptAll(): Promise<string[]> {
    const res = await this.unary(METHODS.interrupt, { ...this.base(), interruptType: InterruptRequest_InterruptType.ALL });
    return res.interruptedIds;
  }

  /** Interrupts, releases the server session and closes the channel. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.interruptAll().catch(() => undefined);
      await this.unary(METHODS.releaseSession, { sessionId: this.sessionId, userContext: this.base().userContext, clientType: CLIENT_TYPE }).catch(() => undefined);
    } finally {
      this.closed = true;
      this.grpcClient.close();
    }
  }
}
