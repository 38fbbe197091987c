// Child process for killed-write.test.ts: overwrites a Parquet directory with many batches from
// several tasks, printing "writing" once task files exist, "committing" before the job commit
// and "done" at the end, so the parent can SIGKILL it at a chosen point.
import { writeFiles } from "../../../src/io/commit/write-files.js";
import { IntegerType, StringType, StructField, StructType } from "../../../src/types/data-type.js";
import { batchOf } from "../helpers.js";
import type { Batch } from "../../../src/exec/batch/column-vector.js";

const [path, tag, batchesArg] = process.argv.slice(2) as [string, string, string];
const schema = StructType([StructField("i", IntegerType()), StructField("s", StringType())]);
const batchesPerTask = Number(batchesArg);

async function* task(t: number): AsyncIterable<Batch> {
  for (let b = 0; b < batchesPerTask; b++) {
    const rows = Array.from({ length: 1000 }, (_, k) => [t * 1_000_000 + b * 1000 + k, tag]);
    yield batchOf(schema, rows);
    if (t === 0 && b === 0) console.log("writing");
    await new Promise((r) => setTimeout(r, 2));
  }
}

await writeFiles({
  path,
  format: "parquet",
  mode: "overwrite",
  schema,
  partitions: [0, 1, 2].map((t) => () => task(t)),
  crash: (step) => {
    if (step === "job-commit") console.log("committing");
  },
});
console.log("done");
