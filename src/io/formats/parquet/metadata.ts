// Typed views of Parquet's Thrift structures (parquet.thrift), decoded from the generic compact
// reader. Only the fields this reader and writer use are kept; enum values are Parquet's.

import { readThriftStruct, type ThriftStruct, type ThriftValue } from "./thrift/compact-reader.js";

export const enum PhysicalType {
  BOOLEAN = 0,
  INT32 = 1,
  INT64 = 2,
  INT96 = 3,
  FLOAT = 4,
  DOUBLE = 5,
  BYTE_ARRAY = 6,
  FIXED_LEN_BYTE_ARRAY = 7,
}

export const PHYSICAL_TYPE_NAMES = ["BOOLEAN", "INT32", "INT64", "INT96", "FLOAT", "DOUBLE", "BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY"];

export const enum Repetition {
  REQUIRED = 0,
  OPTIONAL = 1,
  REPEATED = 2,
}

export const enum ConvertedType {
  UTF8 = 0,
  MAP = 1,
  MAP_KEY_VALUE = 2,
  LIST = 3,
  ENUM = 4,
  DECIMAL = 5,
  DATE = 6,
  TIME_MILLIS = 7,
  TIME_MICROS = 8,
  TIMESTAMP_MILLIS = 9,
  TIMESTAMP_MICROS = 10,
  UINT_8 = 11,
  UINT_16 = 12,
  UINT_32 = 13,
  UINT_64 = 14,
  INT_8 = 15,
  INT_16 = 16,
  INT_32 = 17,
  INT_64 = 18,
  JSON = 19,
  BSON = 20,
  INTERVAL = 21,
}

export const enum Encoding {
  PLAIN = 0,
  PLAIN_DICTIONARY = 2,
  RLE = 3,
  BIT_PACKED = 4,
  DELTA_BINARY_PACKED = 5,
  DELTA_LENGTH_BYTE_ARRAY = 6,
  DELTA_BYTE_ARRAY = 7,
  RLE_DICTIONARY = 8,
  BYTE_STREAM_SPLIT = 9,
}

export const enum Codec {
  UNCOMPRESSED = 0,
  SNAPPY = 1,
  GZIP = 2,
  LZO = 3,
  BROTLI = 4,
  LZ4 = 5,
  ZSTD = 6,
  LZ4_RAW = 7,
}

export const CODEC_NAMES = ["UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD", "LZ4_RAW"];

export const enum PageType {
  DATA_PAGE = 0,
  INDEX_PAGE = 1,
  DICTIONARY_PAGE = 2,
  DATA_PAGE_V2 = 3,
}

export type TimeUnit = "MILLIS" | "MICROS" | "NANOS";

/** Parquet's LogicalType union, flattened. */
export type LogicalType =
  | { readonly type: "STRING" | "MAP" | "LIST" | "ENUM" | "DATE" | "UNKNOWN" | "JSON" | "BSON" | "UUID" | "FLOAT16" }
  | { readonly type: "DECIMAL"; readonly scale: number; readonly precision: number }
  | { readonly type: "TIME" | "TIMESTAMP"; readonly isAdjustedToUTC: boolean; readonly unit: TimeUnit }
  | { readonly type: "INTEGER"; readonly bitWidth: number; readonly isSigned: boolean };

export interface SchemaElement {
  readonly type?: PhysicalType;
  readonly typeLength?: number;
  readonly repetition?: Repetition;
  readonly name: string;
  readonly numChildren?: number;
  readonly convertedType?: ConvertedType;
  readonly scale?: number;
  readonly precision?: number;
  readonly fieldId?: number;
  readonly logicalType?: LogicalType;
}

export interface Statistics {
  /** Legacy min/max (signed order for ints; unreliable for byte arrays). */
  readonly max?: Uint8Array;
  readonly min?: Uint8Array;
  readonly nullCount?: number;
  readonly distinctCount?: number;
  readonly maxValue?: Uint8Array;
  readonly minValue?: Uint8Array;
}

export interface ColumnMetaData {
  readonly type: PhysicalType;
  readonly encodings: readonly Encoding[];
  readonly pathInSchema: readonly string[];
  readonly codec: Codec;
  readonly numValues: number;
  readonly totalUncompressedSize: number;
  readonly totalCompressedSize: number;
  readonly dataPageOffset: number;
  readonly dictionaryPageOffset?: number;
  readonly statistics?: Statistics;
}

export interface ColumnChunk {
  readonly filePath?: string;
  readonly fileOffset: number;
  readonly metaData: ColumnMetaData;
}

export interface RowGroup {
  readonly columns: readonly ColumnChunk[];
  readonly totalByteSize: number;
  readonly numRows: number;
  readonly fileOffset?: number;
  readonly totalCompressedSize?: number;
}

export interface FileMetaData {
  readonly version: number;
  readonly schema: readonly SchemaElement[];
  readonly numRows: number;
  readonly rowGroups: readonly RowGroup[];
  readonly keyValueMetadata: ReadonlyMap<string, string>;
  readonly createdBy?: string;
}

export interface DataPageHeader {
  readonly numValues: number;
  readonly encoding: Encoding;
  readonly definitionLevelEncoding: Encoding;
  readonly repetitionLevelEncoding: Encoding;
}

export interface DataPageHeaderV2 {
  readonly numValues: number;
  readonly numNulls: number;
  readonly numRows: number;
  readonly encoding: Encoding;
  readonly definitionLevelsByteLength: number;
  readonly repetitionLevelsByteLength: number;
  readonly isCompressed: boolean;
}

export interface DictionaryPageHeader {
  readonly numValues: number;
  readonly encoding: Encoding;
}

export interface PageHeader {
  readonly type: PageType;
  readonly uncompressedPageSize: number;
  readonly compressedPageSize: number;
  readonly dataPageHeader?: DataPageHeader;
  readonly dictionaryPageHeader?: DictionaryPageHeader;
  readonly dataPageHeaderV2?: DataPageHeaderV2;
}

const utf8 = new TextDecoder();

const num = (v: ThriftValue | undefined): number | undefined => (typeof v === "number" ? v : undefined);
const req = (s: ThriftStruct, id: number, what: string): number => {
  const v = s[id];
  if (typeof v !== "number") throw new Error(`missing required field ${what}`);
  return v;
};
const str = (v: ThriftValue | undefined): string | undefined => (v instanceof Uint8Array ? utf8.decode(v) : undefined);
const bytes = (v: ThriftValue | undefined): Uint8Array | undefined => (v instanceof Uint8Array ? v : undefined);
const struct = (v: ThriftValue | undefined): ThriftStruct | undefined =>
  v !== undefined && typeof v === "object" && !(v instanceof Uint8Array) && !Array.isArray(v) && !(v instanceof Map)
    ? (v as ThriftStruct)
    : undefined;
const list = (v: ThriftValue | undefined): ThriftValue[] => (Array.isArray(v) ? v : []);

function timeUnit(s: ThriftStruct | undefined): TimeUnit {
  if (s?.[1] !== undefined) return "MILLIS";
  if (s?.[3] !== undefined) return "NANOS";
  return "MICROS";
}

function logicalType(s: ThriftStruct | undefined): LogicalType | undefined {
  if (!s) return undefined;
  const simple: Record<number, LogicalType["type"]> = {
    1: "STRING", 2: "MAP", 3: "LIST", 4: "ENUM", 6: "DATE", 11: "UNKNOWN", 12: "JSON", 13: "BSON", 14: "UUID", 15: "FLOAT16",
  };
  for (const key of Object.keys(s)) {
    const id = Number(key);
    const body = struct(s[id]);
    if (id === 5) return { type: "DECIMAL", scale: num(body?.[1]) ?? 0, precision: num(body?.[2]) ?? 0 };
    if (id === 7 || id === 8) {
      return { type: id === 7 ? "TIME" : "TIMESTAMP", isAdjustedToUTC: body?.[1] === true, unit: timeUnit(struct(body?.[2])) };
    }
    if (id === 10) return { type: "INTEGER", bitWidth: num(body?.[1]) ?? 32, isSigned: body?.[2] !== false };
    const t = simple[id];
    if (t) return { type: t } as LogicalType;
  }
  return undefined;
}

function schemaElement(s: ThriftStruct): SchemaElement {
  return {
    type: num(s[1]) as PhysicalType | undefined,
    typeLength: num(s[2]),
    repetition: num(s[3]) as Repetition | undefined,
    name: str(s[4]) ?? "",
    numChildren: num(s[5]),
    convertedType: num(s[6]) as ConvertedType | undefined,
    scale: num(s[7]),
    precision: num(s[8]),
    fieldId: num(s[9]),
    logicalType: logicalType(struct(s[10])),
  };
}

function statistics(s: ThriftStruct | undefined): Statistics | undefined {
  if (!s) return undefined;
  return {
    max: bytes(s[1]),
    min: bytes(s[2]),
    nullCount: num(s[3]),
    distinctCount: num(s[4]),
    maxValue: bytes(s[5]),
    minValue: bytes(s[6]),
  };
}

function columnMetaData(s: ThriftStruct): ColumnMetaData {
  return {
    type: req(s, 1, "ColumnMetaData.type"),
    encodings: list(s[2]) as Encoding[],
    pathInSchema: list(s[3]).map((v) => str(v) ?? ""),
    codec: req(s, 4, "ColumnMetaData.codec"),
    numValues: req(s, 5, "ColumnMetaData.num_values"),
    totalUncompressedSize: req(s, 6, "ColumnMetaData.total_uncompressed_size"),
    totalCompressedSize: req(s, 7, "ColumnMetaData.total_compressed_size"),
    dataPageOffset: req(s, 9, "ColumnMetaData.data_page_offset"),
    dictionaryPageOffset: num(s[11]),
    statistics: statistics(struct(s[12])),
  };
}

function rowGroup(s: ThriftStruct): RowGroup {
  return {
    columns: list(s[1]).map((c) => {
      const cs = struct(c)!;
      const md = struct(cs[3]);
      if (!md) throw new Error("column chunk without meta_data (external column chunks are not supported)");
      return { filePath: str(cs[1]), fileOffset: num(cs[2]) ?? 0, metaData: columnMetaData(md) };
    }),
    totalByteSize: num(s[2]) ?? 0,
    numRows: req(s, 3, "RowGroup.num_rows"),
    fileOffset: num(s[5]),
    totalCompressedSize: num(s[6]),
  };
}

/** Decodes the FileMetaData struct of a footer. */
export function decodeFileMetaData(buf: Uint8Array): FileMetaData {
  const { value: s } = readThriftStruct(buf);
  const kv = new Map<string, string>();
  for (const e of list(s[5])) {
    const es = struct(e);
    const k = str(es?.[1]);
    if (k !== undefined) kv.set(k, str(es?.[2]) ?? "");
  }
  return {
    version: num(s[1]) ?? 1,
    schema: list(s[2]).map((e) => schemaElement(struct(e)!)),
    numRows: req(s, 3, "FileMetaData.num_rows"),
    rowGroups: list(s[4]).map((r) => rowGroup(struct(r)!)),
    keyValueMetadata: kv,
    createdBy: str(s[6]),
  };
}

/** Decodes a page header at `start`; returns it and the offset of the page's data. */
export function decodePageHeader(buf: Uint8Array, start: number, end: number): { header: PageHeader; dataStart: number } {
  const { value: s, end: dataStart } = readThriftStruct(buf, start, end);
  const dp = struct(s[5]);
  const dict = struct(s[7]);
  const v2 = struct(s[8]);
  const header: PageHeader = {
    type: req(s, 1, "PageHeader.type"),
    uncompressedPageSize: req(s, 2, "PageHeader.uncompressed_page_size"),
    compressedPageSize: req(s, 3, "PageHeader.compressed_page_size"),
    dataPageHeader: dp && {
      numValues: req(dp, 1, "DataPageHeader.num_values"),
      encoding: req(dp, 2, "DataPageHeader.encoding"),
      definitionLevelEncoding: num(dp[3]) ?? Encoding.RLE,
      repetitionLevelEncoding: num(dp[4]) ?? Encoding.RLE,
    },
    dictionaryPageHeader: dict && { numValues: req(dict, 1, "DictionaryPageHeader.num_values"), encoding: num(dict[2]) ?? 0 },
    dataPageHeaderV2: v2 && {
      numValues: req(v2, 1, "DataPageHeaderV2.num_values"),
      numNulls: num(v2[2]) ?? 0,
      numRows: num(v2[3]) ?? 0,
      encoding: req(v2, 4, "DataPageHeaderV2.encoding"),
      definitionLevelsByteLength: num(v2[5]) ?? 0,
      repetitionLevelsByteLength: num(v2[6]) ?? 0,
      isCompressed: v2[7] !== false,
    },
  };
  return { header, dataStart };
}
