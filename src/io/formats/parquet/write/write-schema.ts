// Spark schema → the Parquet schema Spark writes (non-legacy layout): INT8/INT16 logical types
// on INT32, decimals as INT32/INT64/FIXED_LEN_BYTE_ARRAY by precision, strings as BYTE_ARRAY
// STRING, timestamps as INT64 TIMESTAMP(MICROS) adjusted to UTC (timestamp) or not
// (timestamp_ntz), 3-level lists (`list`/`element`) and maps (`key_value`/`key`/`value`).
// Also the writer's tree of nodes that shredding walks.

import type { DataType, StructType } from "../../../../types/data-type.js";
import { AnalysisException, quoteId } from "../../../../errors/spark-error.js";
import { typeSql } from "../../common/type-names.js";
import { ConvertedType, PhysicalType, Repetition, type LogicalType, type SchemaElement } from "../metadata.js";

/** Bytes of a FIXED_LEN_BYTE_ARRAY holding `precision` decimal digits (Spark's minBytesForPrecision). */
export function minBytesForPrecision(precision: number): number {
  let n = 1;
  while (2 ** (8 * n - 1) < 10 ** precision) n++;
  return n;
}

export interface LeafSpec {
  readonly physical: PhysicalType;
  readonly typeLength: number;
  readonly type: DataType;
  readonly maxDef: number;
  readonly maxRep: number;
  readonly path: readonly string[];
}

export type WriteNode =
  | { readonly k: "leaf"; readonly optional: boolean; readonly def: number; readonly leaf: number }
  | { readonly k: "struct"; readonly optional: boolean; readonly def: number; readonly children: readonly WriteNode[] }
  | {
      readonly k: "list" | "map";
      readonly optional: boolean;
      readonly def: number;
      /** Repetition level of the repeated group. */
      readonly rep: number;
      readonly element: WriteNode;
      readonly value: WriteNode | null;
    };

export interface WriteSchema {
  readonly elements: SchemaElement[];
  readonly leaves: LeafSpec[];
  /** One node per top-level field. */
  readonly fields: WriteNode[];
}

function primitive(t: DataType): { physical: PhysicalType; typeLength?: number; logical?: LogicalType; converted?: ConvertedType; scale?: number; precision?: number } {
  switch (t.kind) {
    case "boolean":
      return { physical: PhysicalType.BOOLEAN };
    case "byte":
      return { physical: PhysicalType.INT32, logical: { type: "INTEGER", bitWidth: 8, isSigned: true }, converted: ConvertedType.INT_8 };
    case "short":
      return { physical: PhysicalType.INT32, logical: { type: "INTEGER", bitWidth: 16, isSigned: true }, converted: ConvertedType.INT_16 };
    case "integer":
    case "year_month_interval":
      return { physical: PhysicalType.INT32 };
    case "long":
    case "day_time_interval":
      return { physical: PhysicalType.INT64 };
    case "float":
      return { physical: PhysicalType.FLOAT };
    case "double":
      return { physical: PhysicalType.DOUBLE };
    case "null":
      return { physical: PhysicalType.INT32, logical: { type: "UNKNOWN" } };
    case "date":
      return { physical: PhysicalType.INT32, logical: { type: "DATE" }, converted: ConvertedType.DATE };
    case "timestamp":
      return { physical: PhysicalType.INT64, logical: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MICROS" }, converted: ConvertedType.TIMESTAMP_MICROS };
    case "timestamp_ntz":
      return { physical: PhysicalType.INT64, logical: { type: "TIMESTAMP", isAdjustedToUTC: false, unit: "MICROS" } };
    case "string":
    case "char":
    case "varchar":
      return { physical: PhysicalType.BYTE_ARRAY, logical: { type: "STRING" }, converted: ConvertedType.UTF8 };
    case "binary":
      return { physical: PhysicalType.BYTE_ARRAY };
    case "decimal": {
      const dec = { logical: { type: "DECIMAL", scale: t.scale, precision: t.precision } as LogicalType, converted: ConvertedType.DECIMAL, scale: t.scale, precision: t.precision };
      if (t.precision <= 9) return { physical: PhysicalType.INT32, ...dec };
      if (t.precision <= 18) return { physical: PhysicalType.INT64, ...dec };
      return { physical: PhysicalType.FIXED_LEN_BYTE_ARRAY, typeLength: minBytesForPrecision(t.precision), ...dec };
    }
    default:
      throw new Error(`no Parquet type for ${t.kind}`);
  }
}

const SUPPORTED = new Set([
  "null", "boolean", "byte", "short", "integer", "long", "float", "double", "decimal", "string", "char", "varchar",
  "binary", "date", "timestamp", "timestamp_ntz", "year_month_interval", "day_time_interval", "array", "map", "struct",
]);

function unsupportedIn(t: DataType): boolean {
  if (!SUPPORTED.has(t.kind)) return true;
  if (t.kind === "array") return unsupportedIn(t.elementType);
  if (t.kind === "map") return unsupportedIn(t.keyType) || unsupportedIn(t.valueType);
  if (t.kind === "struct") return t.fields.some((f) => unsupportedIn(f.dataType));
  return false;
}

/** UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE for calendar intervals (anywhere in a column's type). */
export function checkParquetWriteSchema(schema: StructType): void {
  for (const f of schema.fields) {
    if (unsupportedIn(f.dataType)) {
      throw new AnalysisException("UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE", {
        columnName: quoteId(f.name),
        columnType: `"${typeSql(f.dataType)}"`,
        format: "Parquet",
      });
    }
  }
}

/** Builds the Parquet schema elements and the writer's node tree for a Spark schema. */
export function buildWriteSchema(schema: StructType): WriteSchema {
  const elements: SchemaElement[] = [{ name: "spark_schema", numChildren: schema.fields.length }];
  const leaves: LeafSpec[] = [];

  const visit = (name: string, t: DataType, repetition: Repetition, parentDef: number, parentRep: number, path: readonly string[]): WriteNode => {
    const optional = repetition === Repetition.OPTIONAL;
    const def = parentDef + (repetition === Repetition.REQUIRED ? 0 : 1);
    const rep = parentRep + (repetition === Repetition.REPEATED ? 1 : 0);
    const myPath = [...path, name];
    switch (t.kind) {
      case "struct": {
        elements.push({ name, repetition, numChildren: t.fields.length });
        const children = t.fields.map((f) =>
          visit(f.name, f.dataType, f.nullable ? Repetition.OPTIONAL : Repetition.REQUIRED, def, rep, myPath),
        );
        return { k: "struct", optional, def, children };
      }
      case "array": {
        elements.push({ name, repetition, numChildren: 1, convertedType: ConvertedType.LIST, logicalType: { type: "LIST" } });
        elements.push({ name: "list", repetition: Repetition.REPEATED, numChildren: 1 });
        const element = visit("element", t.elementType, t.containsNull ? Repetition.OPTIONAL : Repetition.REQUIRED, def + 1, rep + 1, [...myPath, "list"]);
        return { k: "list", optional, def, rep: rep + 1, element, value: null };
      }
      case "map": {
        elements.push({ name, repetition, numChildren: 1, convertedType: ConvertedType.MAP, logicalType: { type: "MAP" } });
        elements.push({ name: "key_value", repetition: Repetition.REPEATED, numChildren: 2 });
        const kvPath = [...myPath, "key_value"];
        const key = visit("key", t.keyType, Repetition.REQUIRED, def + 1, rep + 1, kvPath);
        const value = visit("value", t.valueType, t.valueContainsNull ? Repetition.OPTIONAL : Repetition.REQUIRED, def + 1, rep + 1, kvPath);
        return { k: "map", optional, def, rep: rep + 1, element: key, value };
      }
      default: {
        const p = primitive(t);
        elements.push({
          name,
          repetition,
          type: p.physical,
          typeLength: p.typeLength,
          convertedType: p.converted,
          logicalType: p.logical,
          scale: p.scale,
          precision: p.precision,
        });
        leaves.push({ physical: p.physical, typeLength: p.typeLength ?? 0, type: t, maxDef: def, maxRep: rep, path: myPath });
        return { k: "leaf", optional, def, leaf: leaves.length - 1 };
      }
    }
  };

  const fields = schema.fields.map((f) => visit(f.name, f.dataType, f.nullable ? Repetition.OPTIONAL : Repetition.REQUIRED, 0, 0, []));
  return { elements, leaves, fields };
}
