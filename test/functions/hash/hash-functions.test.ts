// Expected values verified against PySpark 4.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Bin, I, L, NULL, S, call } from "../misc/call.js";

const b = (s: string) => Bin(new TextEncoder().encode(s));

test("digests", () => {
  assert.equal(call("md5", [b("Spark")]), "8cde774d6f7333752ed72cacddb05126");
  assert.equal(call("sha1", [b("Spark")]), "85f5955f4b27a9a4c2aab6ffe5d7189fc298b92c");
  assert.equal(call("sha", [b("Spark")]), "85f5955f4b27a9a4c2aab6ffe5d7189fc298b92c");
  assert.equal(call("sha2", [b("Spark"), I(256)]), "529bc3b07127ecb7e53a4dcf1991d9152c24537d919178022b2c42657f79a26b");
  assert.equal(call("sha2", [b("Spark"), I(0)]), "529bc3b07127ecb7e53a4dcf1991d9152c24537d919178022b2c42657f79a26b");
  assert.equal(call("sha2", [b("Spark"), I(224)]), "dbeab94971678d36af2195851c0f7485775a2a7c60073d62fc04549c");
  assert.equal(call("sha2", [b("Spark"), I(1)]), null);
  assert.equal(call("crc32", [b("Spark")]), 1557323817n);
  assert.equal(call("crc32", [b("")]), 0n);
  assert.equal(call("md5", [Bin(null)]), null);
});

test("hash / xxhash64", () => {
  assert.equal(call("hash", [S("Spark")]), 228093765);
  assert.equal(call("xxhash64", [S("Spark")]), -4294468057691064905n);
  assert.equal(call("hash", [I(1), S("a")]), -936062819);
  assert.equal(call("hash", [NULL]), 42);
  assert.equal(call("xxhash64", [L(1n)]), -7001672635703045582n);
});
