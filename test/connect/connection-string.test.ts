import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConnectionString } from "../../src/connect/connection-string.js";

test("host, default port 15002, no TLS on plain URLs", () => {
  const o = parseConnectionString("sc://spark.example.com");
  assert.equal(o.host, "spark.example.com");
  assert.equal(o.port, 15002);
  assert.equal(o.useSsl, false);
  assert.deepEqual(o.headers, {});
});

test("known parameters and unknown ones as headers", () => {
  const o = parseConnectionString("sc://h:443/;use_ssl=true;token=abc;user_id=ana;x-databricks-cluster-id=0123-abc;session_id=2b1f6c4e-8f3a-4c55-9b7d-0e9d1c2a3b4c");
  assert.equal(o.port, 443);
  assert.equal(o.useSsl, true);
  assert.equal(o.token, "abc");
  assert.equal(o.userId, "ana");
  assert.equal(o.sessionId, "2b1f6c4e-8f3a-4c55-9b7d-0e9d1c2a3b4c");
  assert.deepEqual(o.headers, { "x-databricks-cluster-id": "0123-abc" });
});

test("a token forces TLS unless the host is loopback", () => {
  assert.equal(parseConnectionString("sc://cluster:15002/;token=t").useSsl, true);
  assert.equal(parseConnectionString("sc://localhost:15002/;token=t").useSsl, false);
  assert.equal(parseConnectionString("sc://127.0.0.1:15002/;token=t").useSsl, false);
  assert.equal(parseConnectionString("sc://[::1]:15002/;token=t").useSsl, false);
});

test("malformed URLs are rejected with the reason", () => {
  assert.throws(() => parseConnectionString("http://h:1"), /must start with 'sc:\/\/'/);
  assert.throws(() => parseConnectionString("sc://h:1/path"), /path component must be empty/);
  assert.throws(() => parseConnectionString("sc://h:99999"), /out of range/);
  assert.throws(() => parseConnectionString("sc://h/;session_id=nope"), /not a UUID/);
  assert.throws(() => parseConnectionString("sc://h/;flag"), /key=value/);
});
