// Per-task metrics, as Spark's TaskMetrics (the names the UI and listeners expect).

export interface TaskMetrics {
  executorDeserializeTime: number;
  executorRunTime: number;
  resultSize: number;
  jvmGcTime: number;
  peakExecutionMemory: number;
  memoryBytesSpilled: number;
  diskBytesSpilled: number;
  inputRecordsRead: number;
  inputBytesRead: number;
  outputRecordsWritten: number;
  outputBytesWritten: number;
  shuffleRecordsRead: number;
  shuffleBytesRead: number;
  shuffleFetchWaitTime: number;
  shuffleRecordsWritten: number;
  shuffleBytesWritten: number;
  shuffleWriteTime: number;
}

export const emptyTaskMetrics = (): TaskMetrics => ({
  executorDeserializeTime: 0,
  executorRunTime: 0,
  resultSize: 0,
  jvmGcTime: 0,
  peakExecutionMemory: 0,
  memoryBytesSpilled: 0,
  diskBytesSpilled: 0,
  inputRecordsRead: 0,
  inputBytesRead: 0,
  outputRecordsWritten: 0,
  outputBytesWritten: 0,
  shuffleRecordsRead: 0,
  shuffleBytesRead: 0,
  shuffleFetchWaitTime: 0,
  shuffleRecordsWritten: 0,
  shuffleBytesWritten: 0,
  shuffleWriteTime: 0,
});
