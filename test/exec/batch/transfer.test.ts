import { test } from "node:test";
import assert from "node:assert/strict";
import type { Worker } from "node:worker_threads";
import { spawnTsWorker } from "./fixtures/spawn-ts-worker.js";
import {
  ArrayType, BinaryType, BooleanType, CalendarIntervalType, DataType, DateType, DecimalType, DoubleType, IntegerType,
  LongType, MapType, StringType, StructField, StructType, TimestampType,
} from "../../../src/types/data-type.js";
import { batchFromRows, batchToRows, makeBatch, sliceBatch } from "../../../src/exec/batch/batch-ops.js";
import { dictionaryEncode } from "../../../src/exec/batch/dictionary.js";
import { materializeStrings } from "../../../src/exec/batch/access.js";
import { fromTransferable, toSharedTransferable, toTransferable } from "../../../src/exec/batch/transfer.js";
import { murmur3Hash } from "../../../src/exec/hash/spark-hash.js";
import { CalendarInterval } from "../../../src/values/interval.js";
import { MapData } from "../../../src/values/map-data.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";

const types: DataType[] = [
  IntegerType(), LongType(), DoubleType(), BooleanType(), StringType(), StringType(), StringType(), BinaryType(),
  DecimalType(10, 2), DecimalType(38, 4), DateType(), TimestampType(), ArrayType(StringType()),
  MapType(StringType(), ArrayType(IntegerType())), StructType([StructField("a", LongType()), StructField("b", StringType())]),
  CalendarIntervalType(),
];
const rows: unknown[][] = [
  [1, 10n, 1.5, true, "a", "x", "p", new Uint8Array([1, 2]), 123n, 10n ** 30n + 7n, 19000, 1700000000000000n, ["a", null],
    new MapData(["k"], [[1, 2]]), [5n, "s"], new CalendarInterval(1, 2, 3n)],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [-7, -(2n ** 63n), -0, false, "héllo", "x", "q", new Uint8Array(0), -1n, -(10n ** 37n), -1, -1n, [],
    new MapData([], []), [null, null], new CalendarInterval(-1, 0, -5n)],
  [3, 2n, NaN, true, "日本😀", "y", "p", new Uint8Array([255]), 0n, 0n, 0, 0n, ["z"],
    new MapData(["a", "b"], [null, []]), [1n, ""], new CalendarInterval(0, 0, 0n)],
];

function sampleBatch(): Batch {
  const b = batchFromRows(types, rows);
  const cols = [...b.columns];
  cols[5] = dictionaryEncode(cols[5]!); // dict column
  cols[6] = materializeStrings(cols[6]!); // in-task strings column: must become utf8
  return makeBatch(cols, b.numRows, new Int32Array([0, 1, 2, 3]));
}

function allBuffers(b: Batch): ArrayBufferLike[] {
  const out: ArrayBufferLike[] = [];
  for (const c of b.columns) {
    if (c.validity) out.push(c.validity.buffer);
    if (c.encoding === "flat") out.push(c.values.buffer);
    if (c.encoding === "utf8") out.push(c.offsets.buffer, c.bytes.buffer);
    if (c.encoding === "dict") out.push(c.codes.buffer, c.dictionary.encoding === "utf8" ? c.dictionary.bytes.buffer : new ArrayBuffer(1));
  }
  return out;
}

function withWorker<T>(fn: (w: Worker) => Promise<T>): Promise<T> {
  const w = spawnTsWorker(new URL("./fixtures/echo-worker.ts", import.meta.url));
  return fn(w).finally(() => w.terminate());
}

const reply = (w: Worker) => new Promise<any>((resolve, reject) => {
  w.once("message", resolve);
  w.once("error", reject);
});

test("a batch crosses to a real worker by transfer and comes back identical", async () => {
  const batch = sampleBatch();
  const expectedHashes = rows.map((r) => murmur3Hash(r, types));
  const { message, transferList } = toTransferable(batch, types);
  const flatBuffer = (batch.columns[0] as { values: Int32Array }).values.buffer;
  await withWorker(async (w) => {
    const p = reply(w);
    w.postMessage({ batch: message }, transferList);
    // the sender's buffers are gone: moved, not copied
    assert.equal(flatBuffer.byteLength, 0);
    assert.ok(transferList.length >= 10);
    for (const b of transferList) assert.equal(b.byteLength, 0);
    const r = await p;
    assert.deepEqual(r.hashes, expectedHashes); // the worker saw the same values
    assert.equal(r.calendarInstances, 3); // class instances rebuilt on the other side
    assert.equal(r.mapInstances, 3);
    assert.equal(r.intSingleton, true);
    const back = fromTransferable(r.batch);
    assert.deepEqual(batchToRows(back), rows);
    assert.equal(back.columns[5]!.encoding, "dict");
    assert.equal(back.columns[6]!.encoding, "utf8");
    assert.deepEqual([...back.selection!], [0, 1, 2, 3]);
  });
});

test("copy mode keeps the sender's batch; partial views are copied, not detached", () => {
  const batch = batchFromRows(types, rows);
  const { transferList } = toTransferable(batch, types, { copy: true });
  for (const b of allBuffers(batch)) assert.ok(b.byteLength > 0 || b === undefined);
  assert.ok(!transferList.some((b) => allBuffers(batch).includes(b)));
  // a slice shares the parent's flat buffers: transferring the slice must not detach them
  const slice = sliceBatch(batch, 1, 3);
  const t = toTransferable(slice, types);
  const received = structuredClone(t.message, { transfer: t.transferList });
  assert.deepEqual(batchToRows(batch), rows);
  assert.deepEqual(batchToRows(fromTransferable(received)), rows.slice(1, 3));
});

test("SharedArrayBuffer-backed batches are readable by a worker without transfer", async () => {
  const batch = sampleBatch();
  const message = toSharedTransferable(batch, types);
  await withWorker(async (w) => {
    const p = reply(w);
    w.postMessage({ batch: message, shared: true });
    const r = await p;
    assert.deepEqual(r.hashes, rows.map((x) => murmur3Hash(x, types)));
    assert.equal(r.sharedSeen, true);
  });
  assert.deepEqual(batchToRows(batch), rows); // sender untouched
});
