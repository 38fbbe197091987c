// spark.range(start, end, step, numPartitions): ids split into contiguous slices per partition
// as Spark slices them.

import type { RangeScan } from "../../plan/logical/resolved.js";
import type { Batch } from "../batch/column-vector.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";

export function execRangeScan(node: RangeScan, ctx: ExecContext): Partitions {
  const { start, end, step } = node;
  const count = step > 0n ? (end > start ? (end - start + step - 1n) / step : 0n) : start > end ? (start - end - step - 1n) / -step : 0n;
  const n = BigInt(Math.max(1, node.numPartitions));
  const parts: Partitions = [];
  for (let p = 0n; p < n; p++) {
    const lo = (p * count) / n;
    const hi = ((p + 1n) * count) / n;
    const batches: Batch[] = [];
    for (let i = lo; i < hi; i += BigInt(ctx.batchSize)) {
      const m = Number(hi - i < BigInt(ctx.batchSize) ? hi - i : BigInt(ctx.batchSize));
      const values = new BigInt64Array(m);
      let v = start + i * step;
      for (let k = 0; k < m; k++, v += step) values[k] = v;
      batches.push({ numRows: m, selection: null, columns: [{ encoding: "flat", type: node.output[0]!.dataType, length: m, validity: null, values }] });
    }
    parts.push(batches);
  }
  return parts;
}
