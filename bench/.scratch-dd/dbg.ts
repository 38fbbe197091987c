import { SparkSession, functions as F } from "../../src/index.js";
const spark = SparkSession.builder.master("local[1]").create();
const df = spark.createDataFrame([["a", 1, 2.5, null],["b", null, 3.5, "x"],["a", 3, null, "y"]], "k STRING, n INT, d DOUBLE, s STRING");
console.log((await df.na.drop(2).collect()).length, (await df.na.drop().collect()).length, (await df.collect()).length);
console.log(await df.na.drop(2).queryExecution().explainString("extended"));
