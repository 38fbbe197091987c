// Schema inference from footers: Spark's own schema from the `org.apache.spark.sql.parquet.row.
// metadata` key when a file has it (exact types: byte, char/varchar as string, intervals...),
// else the mapping of the Parquet schema. mergeSchema=true merges the schemas of all files;
// otherwise the first file decides (Spark reads one footer too).

import { ArrayType, MapType, StructField, StructType, type DataType } from "../../../types/data-type.js";
import { dataTypeFromJson } from "../../../types/type-json.js";
import { SparkRuntimeException } from "../../../errors/spark-error.js";
import { typeSql } from "../common/type-names.js";
import type { FileStatus, FileSystem } from "../../fs/file-system.js";
import type { FormatOptions } from "../file-format.js";
import { OptionReader } from "../common/options.js";
import { sparkSchemaOf } from "./infer-type.js";
import { readFooterOrThrow } from "./reader.js";
import type { ParquetFooter } from "./footer.js";

export const SPARK_ROW_METADATA_KEY = "org.apache.spark.sql.parquet.row.metadata";

/** The Spark schema of one file. */
export function schemaOfFooter(footer: ParquetFooter): StructType {
  const json = footer.metadata.keyValueMetadata.get(SPARK_ROW_METADATA_KEY);
  if (json) {
    try {
      const t = dataTypeFromJson(json);
      if (t.kind === "struct" && t.fields.length === footer.schema.children.length) return t;
    } catch {
      // fall back to the Parquet schema, as Spark does for an unparsable value
    }
  }
  return sparkSchemaOf(footer.schema);
}

/** Spark's DataType.asNullable: file sources read every column (and nested value) as nullable. */
export function asNullable<T extends DataType>(t: T): T {
  switch (t.kind) {
    case "struct":
      return StructType(t.fields.map((f) => StructField(f.name, asNullable(f.dataType), true, f.metadata))) as T;
    case "array":
      return ArrayType(asNullable(t.elementType), true) as T;
    case "map":
      return MapType(asNullable(t.keyType), asNullable(t.valueType), true) as T;
    default:
      return t;
  }
}

class MergeConflict extends Error {}

function mergeTypes(a: DataType, b: DataType): DataType {
  if (a.kind === "struct" && b.kind === "struct") return mergeStructs(a, b);
  if (a.kind === "array" && b.kind === "array") return ArrayType(mergeTypes(a.elementType, b.elementType), a.containsNull || b.containsNull);
  if (a.kind === "map" && b.kind === "map") {
    return MapType(mergeTypes(a.keyType, b.keyType), mergeTypes(a.valueType, b.valueType), a.valueContainsNull || b.valueContainsNull);
  }
  if (a.kind === "decimal" && b.kind === "decimal") {
    if (a.precision === b.precision && a.scale === b.scale) return a;
    throw new MergeConflict();
  }
  if (a.kind !== b.kind || typeSql(a) !== typeSql(b)) throw new MergeConflict();
  return a;
}

/** Spark's StructType.merge (names compared case-insensitively, right-only fields appended). */
export function mergeStructs(a: StructType, b: StructType): StructType {
  const fields: StructField[] = [];
  const rightByName = new Map(b.fields.map((f) => [f.name.toLowerCase(), f]));
  const seen = new Set<string>();
  for (const f of a.fields) {
    const g = rightByName.get(f.name.toLowerCase());
    seen.add(f.name.toLowerCase());
    fields.push(g ? StructField(f.name, mergeTypes(f.dataType, g.dataType), f.nullable || g.nullable, f.metadata) : f);
  }
  for (const g of b.fields) if (!seen.has(g.name.toLowerCase())) fields.push(g);
  return StructType(fields);
}

export async function inferParquetSchema(files: readonly FileStatus[], options: FormatOptions, fs: FileSystem): Promise<StructType | null> {
  const data = files.filter((f) => !f.isDirectory && f.size > 0);
  if (data.length === 0) return null;
  const merge = new OptionReader(options).bool("mergeSchema", false);
  const targets = merge ? data : data.slice(0, 1);
  const schemas = await Promise.all(targets.map(async (f) => schemaOfFooter(await readFooterOrThrow(fs, f.path, f.size, f.mtimeMs))));
  let merged = schemas[0]!;
  for (let i = 1; i < schemas.length; i++) {
    try {
      merged = mergeStructs(merged, schemas[i]!);
    } catch (e) {
      if (!(e instanceof MergeConflict)) throw e;
      throw new SparkRuntimeException("CANNOT_MERGE_SCHEMAS", { left: `"${typeSql(merged)}"`, right: `"${typeSql(schemas[i]!)}"` });
    }
  }
  return asNullable(merged);
}
