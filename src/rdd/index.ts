// Public surface of the RDD API.

export { SparkContext, type SparkContextOptions } from "./spark-context.js";
export { SparkConf } from "./spark-conf.js";
export { RDD } from "./rdd.js";
export { HashPartitioner, RangePartitioner, type Partitioner } from "./partitioners.js";
export { StatCounter } from "./stat-counter.js";
export { StorageLevel } from "../runtime/storage/storage-level.js";
export { capture } from "../runtime/closure/capture.js";
export { ClosureError } from "../runtime/closure/ship-function.js";
export { Broadcast } from "../runtime/broadcast.js";
export { Accumulator, type AccumulatorParam } from "../runtime/accumulator.js";
export { TaskContext } from "../runtime/task/task-context.js";
export { SparkException } from "../runtime/errors.js";
export type { SparkListener, SparkListenerEvent } from "../runtime/events/listener-events.js";
