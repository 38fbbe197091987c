// Faísca: Apache Spark, native to TypeScript.
export { SparkSession, Builder } from "./api/spark-session.js";
export { DataFrame } from "./api/dataframe.js";
export { Column } from "./api/column.js";
export { functions } from "./api/functions.js";
export { Window, WindowSpec } from "./api/window.js";
export { GroupedData } from "./api/grouped-data.js";
export { DataFrameReader } from "./api/dataframe-reader.js";
export { DataFrameWriter } from "./api/dataframe-writer.js";
export * as types from "./types/data-type.js";
export * from "./types/data-type.js";
export { Row } from "./values/row.js";
export { Decimal } from "./values/decimal.js";
export { SparkDate } from "./values/spark-date.js";
export { Timestamp, TimestampNTZ } from "./values/timestamp.js";
export { YearMonthInterval, DayTimeInterval, CalendarInterval } from "./values/interval.js";
export { SparkError, AnalysisException, ParseException, SparkArithmeticException } from "./errors/spark-error.js";
export {
  SparkContext,
  SparkConf,
  RDD,
  HashPartitioner,
  RangePartitioner,
  StorageLevel,
  capture,
  Broadcast,
  Accumulator,
  TaskContext,
  SparkException,
} from "./rdd/index.js";
import "./functions/all.js";
