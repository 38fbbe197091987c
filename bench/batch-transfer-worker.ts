// Worker side of bench/batch-transfer.ts: acknowledges each message after rebuilding the batch.
import { parentPort } from "node:worker_threads";
import { fromTransferable, type TransferableBatch } from "../src/exec/batch/transfer.js";

parentPort!.on("message", (m: { kind: "clone"; strings: string[] } | { kind: "batch"; batch: TransferableBatch }) => {
  if (m.kind === "clone") parentPort!.postMessage(m.strings.length);
  else parentPort!.postMessage(fromTransferable(m.batch).numRows);
});
