// Builds MapData with Spark's checks: null keys raise NULL_MAP_KEY; duplicate keys raise
// DUPLICATED_MAP_KEY under spark.sql.mapKeyDedupPolicy=EXCEPTION (default) or keep the last
// value under LAST_WIN.
import { SparkRuntimeException } from "../../errors/spark-error.js";
import type { DataType } from "../../types/data-type.js";
import { MapData, canonicalKey } from "../../values/internal.js";
import { javaString } from "../string/format-string.js";

export function buildMap(keys: readonly unknown[], values: readonly unknown[], keyType: DataType, lastWin: boolean): MapData {
  const index = new Map<unknown, number>();
  const ks: unknown[] = [];
  const vs: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null || k === undefined) throw new SparkRuntimeException("NULL_MAP_KEY");
    const ck = canonicalKey(k, keyType);
    const at = index.get(ck);
    if (at !== undefined) {
      if (!lastWin) {
        throw new SparkRuntimeException("DUPLICATED_MAP_KEY", {
          key: javaString(k, keyType),
          mapKeyDedupPolicy: '"spark.sql.mapKeyDedupPolicy"',
        });
      }
      vs[at] = values[i];
      continue;
    }
    index.set(ck, ks.length);
    ks.push(k);
    vs.push(values[i]);
  }
  return new MapData(ks, vs);
}
