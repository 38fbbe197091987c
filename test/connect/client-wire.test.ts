// The client's side of the wire against an in-process gRPC server standing in for Spark
// Connect: what every call carries (token, connection-string headers, session and user ids),
// messages larger than gRPC's 4 MiB default, and reattachment when a result stream ends
// without ResultComplete.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import {
  ConfigRequestSchema,
  ConfigResponseSchema,
  ExecutePlanRequestSchema,
  ExecutePlanResponseSchema,
  ReattachExecuteRequestSchema,
  ReleaseExecuteRequestSchema,
  ReleaseExecuteResponseSchema,
  type ConfigRequest,
  type ExecutePlanResponse,
} from "../../src/connect/proto/gen/spark/connect/base_pb.js";
import { ConnectClient } from "../../src/connect/client.js";
import { parseConnectionString } from "../../src/connect/connection-string.js";

const SERVER_SESSION = "server-side-1";
const seen: { metadata: grpc.Metadata; request: ConfigRequest }[] = [];
const reattachRequests: { operationId: string; lastResponseId?: string }[] = [];
let server: grpc.Server;
let port = 0;

const codec = <T>(schema: Parameters<typeof toBinary>[0]) => ({
  ser: (m: T) => Buffer.from(toBinary(schema, m as never)),
  de: (b: Buffer) => fromBinary(schema, b) as T,
});

/** Three batches per operation; the first stream stops after one without ResultComplete. */
function batches(operationId: string): ExecutePlanResponse[] {
  const out = [1, 2, 3].map((i) =>
    create(ExecutePlanResponseSchema, { operationId, responseId: `r${i}`, serverSideSessionId: SERVER_SESSION, responseType: { case: "sqlCommandResult", value: {} } }),
  );
  out.push(create(ExecutePlanResponseSchema, { operationId, responseId: "r4", serverSideSessionId: SERVER_SESSION, responseType: { case: "resultComplete", value: {} } }));
  return out;
}

before(async () => {
  server = new grpc.Server();
  const cfg = codec<ConfigRequest>(ConfigRequestSchema);
  const cfgOut = codec(ConfigResponseSchema);
  const exec = codec(ExecutePlanRequestSchema);
  const reattach = codec(ReattachExecuteRequestSchema);
  const execOut = codec<ExecutePlanResponse>(ExecutePlanResponseSchema);
  const release = codec(ReleaseExecuteRequestSchema);
  const releaseOut = codec(ReleaseExecuteResponseSchema);
  server.addService(
    {
      Config: { path: "/spark.connect.SparkConnectService/Config", requestStream: false, responseStream: false, requestSerialize: cfg.ser, requestDeserialize: cfg.de, responseSerialize: cfgOut.ser, responseDeserialize: cfgOut.de },
      ExecutePlan: { path: "/spark.connect.SparkConnectService/ExecutePlan", requestStream: false, responseStream: true, requestSerialize: exec.ser, requestDeserialize: exec.de, responseSerialize: execOut.ser, responseDeserialize: execOut.de },
      ReattachExecute: { path: "/spark.connect.SparkConnectService/ReattachExecute", requestStream: false, responseStream: true, requestSerialize: reattach.ser, requestDeserialize: reattach.de, responseSerialize: execOut.ser, responseDeserialize: execOut.de },
      ReleaseExecute: { path: "/spark.connect.SparkConnectService/ReleaseExecute", requestStream: false, responseStream: false, requestSerialize: release.ser, requestDeserialize: release.de, responseSerialize: releaseOut.ser, responseDeserialize: releaseOut.de },
    },
    {
      Config: (call: grpc.ServerUnaryCall<ConfigRequest, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        seen.push({ metadata: call.metadata, request: call.request });
        const key = call.request.operation?.opType.case === "get" ? call.request.operation.opType.value.keys[0] : "";
        // "big" answers with a 6 MiB value: above gRPC's 4 MiB default receive limit.
        const value = key === "big" ? "x".repeat(6 * 1024 * 1024) : "v";
        cb(null, create(ConfigResponseSchema, { sessionId: call.request.sessionId, serverSideSessionId: SERVER_SESSION, pairs: [{ key, value }] }));
      },
      ExecutePlan: (call: grpc.ServerWritableStream<{ operationId?: string }, ExecutePlanResponse>) => {
        call.write(batches(call.request.operationId ?? "")[0]!);
        call.end(); // cut: no ResultComplete
      },
      ReattachExecute: (call: grpc.ServerWritableStream<{ operationId: string; lastResponseId?: string }, ExecutePlanResponse>) => {
        reattachRequests.push({ operationId: call.request.operationId, ...(call.request.lastResponseId ? { lastResponseId: call.request.lastResponseId } : {}) });
        const all = batches(call.request.operationId);
        const from = all.findIndex((r) => r.responseId === call.request.lastResponseId) + 1;
        for (const r of all.slice(from)) call.write(r);
        call.end();
      },
      ReleaseExecute: (call: grpc.ServerUnaryCall<{ operationId: string }, unknown>, cb: grpc.sendUnaryData<unknown>) =>
        cb(null, create(ReleaseExecuteResponseSchema, { operationId: call.request.operationId, serverSideSessionId: SERVER_SESSION })),
    } as grpc.UntypedServiceImplementation,
  );
  port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
});

after(() => {
  server.forceShutdown();
});

test("token, user id, session id and extra parameters travel on every call", async () => {
  const sessionId = "2b1f6c4e-8f3a-4c55-9b7d-0e9d1c2a3b4c";
  const client = new ConnectClient(parseConnectionString(`sc://localhost:${port}/;token=s3cret;user_id=ana;session_id=${sessionId};x-databricks-cluster-id=0123-abc;X-Custom=Yes`));
  try {
    const res = await client.config({ opType: { case: "get", value: { keys: ["k"] } } });
    assert.equal(res.pairs[0]?.value, "v");
    const { metadata, request } = seen.at(-1)!;
    assert.deepEqual(metadata.get("authorization"), ["Bearer s3cret"]);
    assert.deepEqual(metadata.get("x-databricks-cluster-id"), ["0123-abc"]);
    assert.deepEqual(metadata.get("x-custom"), ["Yes"]);
    assert.equal(request.sessionId, sessionId);
    assert.equal(request.userContext?.userId, "ana");
    assert.match(request.clientType ?? "", /^faisca\//);
    // Known parameters are not echoed as headers.
    assert.deepEqual(metadata.get("token"), []);
    assert.deepEqual(metadata.get("user_id"), []);
  } finally {
    await client.close();
  }
});

test("no token, no authorization header", async () => {
  const client = new ConnectClient(parseConnectionString(`sc://127.0.0.1:${port}`));
  try {
    await client.config({ opType: { case: "get", value: { keys: ["k"] } } });
    assert.deepEqual(seen.at(-1)!.metadata.get("authorization"), []);
  } finally {
    await client.close();
  }
});

test("messages above gRPC's 4 MiB default arrive (limit raised to 128 MiB); a lower limit is honoured", async () => {
  const client = new ConnectClient(parseConnectionString(`sc://127.0.0.1:${port}`));
  try {
    const res = await client.config({ opType: { case: "get", value: { keys: ["big"] } } });
    assert.equal(res.pairs[0]?.value?.length, 6 * 1024 * 1024);
  } finally {
    await client.close();
  }
  const small = new ConnectClient(parseConnectionString(`sc://127.0.0.1:${port}/;grpc_max_message_size=1048576`));
  try {
    await assert.rejects(small.config({ opType: { case: "get", value: { keys: ["big"] } } }), /RESOURCE_EXHAUSTED/);
  } finally {
    await small.close();
  }
});

test("a result stream that ends without ResultComplete is reattached after the last response", async () => {
  const client = new ConnectClient(parseConnectionString(`sc://127.0.0.1:${port}`));
  try {
    const ids: string[] = [];
    for await (const r of client.execute({ opType: { case: "command", value: { commandType: { case: "sqlCommand", value: {} } } } })) ids.push(r.responseId);
    assert.deepEqual(ids, ["r1", "r2", "r3"]);
    assert.equal(client.stats.reattaches, 1);
    assert.equal(reattachRequests.at(-1)?.lastResponseId, "r1");
  } finally {
    await client.close();
  }
});

test("a token to a non-loopback host always uses TLS", () => {
  assert.equal(parseConnectionString("sc://spark.example.com/;token=t").useSsl, true);
  assert.equal(parseConnectionString("sc://10.0.0.5:15002/;token=t;use_ssl=false").useSsl, true);
  assert.equal(parseConnectionString("sc://spark.example.com/;use_ssl=false").useSsl, false);
  assert.equal(parseConnectionString("sc://localhost/;token=t;use_ssl=true").useSsl, true);
});
