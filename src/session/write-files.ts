// Bridge from DataFrameWriter to the file formats and the commit protocol (src/io).
import type { DataFrame } from "../api/dataframe.js";
import type { WriteSpec } from "../api/dataframe-writer.js";

export async function writeDataFrame(df: DataFrame, spec: WriteSpec, target: { path?: string; table?: string; insert?: boolean }): Promise<void> {
  void df;
  void target;
  throw new Error(`writing ${spec.format} files is not available yet`);
}
