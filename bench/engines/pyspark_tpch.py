"""PySpark engine child for the Faisca benchmark harness (bench/run.ts).

Runs TPC-H SQL text on PySpark local[*] over the same Parquet/CSV files and prints one JSON line
per query (prefixed like the Node engines) with its own timings, so the JVM start-up, file reading
and warm runs are measured inside one process.
Usage: python3 bench/engines/pyspark_tpch.py '<EngineTask JSON>'
"""
import datetime
import decimal
import json
import os
import resource
import sys
import time

PREFIX = "@@FAISCA_BENCH "


def emit(kind, payload):
    sys.stdout.write(PREFIX + json.dumps({"kind": kind, "payload": payload}) + "\n")
    sys.stdout.flush()


def first_line(e):
    for line in str(e).splitlines():
        if line.strip():
            return line.strip()[:400]
    return type(e).__name__


def cell(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return "b:" + ("true" if v else "false")
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + repr(v)
    if isinstance(v, decimal.Decimal):
        return "d:" + format(v, "f")
    if isinstance(v, datetime.datetime):
        return "t:" + v.isoformat(sep=" ")
    if isinstance(v, datetime.date):
        return "D:" + v.isoformat()
    return "s:" + str(v)


def main():
    task = json.loads(sys.argv[1])
    start_wall = time.time()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("faisca-bench").master(task["options"].get("master", "local[*]"))
    builder = builder.config("spark.driver.memory", task["options"].get("driverMemory", "4g"))
    builder = builder.config("spark.ui.enabled", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    emit("hello", {"readyEpochMs": time.time() * 1000, "format": task["format"], "version": spark.version,
                   "note": "session start %.1f s" % (time.time() - start_wall)})
    tables = task["options"]["tables"]
    views_made = False
    for q in task["queries"]:
        run = {"query": q["name"], "ok": False}
        try:
            t0 = time.perf_counter()
            if not views_made:
                for name, ddl in tables.items():
                    path = os.path.join(task["dataDir"], task["format"], name + "." + task["format"])
                    if task["format"] == "parquet":
                        df = spark.read.parquet(path)
                    else:
                        df = spark.read.option("header", "true").schema(ddl).csv(path)
                    df.createOrReplaceTempView(name)
                views_made = True
            df = spark.sql(q["sql"])
            rows = df.collect()
            run["coldMs"] = (time.perf_counter() - t0) * 1000
            run["coldEndEpochMs"] = time.time() * 1000
            run["columns"] = [{"name": f.name, "type": f.dataType.simpleString()} for f in df.schema.fields]
            run["rows"] = [[cell(v) for v in r] for r in rows]
            run["warmMs"] = []
            for _ in range(task["warmRuns"]):
                t1 = time.perf_counter()
                spark.sql(q["sql"]).collect()
                run["warmMs"].append((time.perf_counter() - t1) * 1000)
            run["ok"] = True
        except Exception as e:  # noqa: BLE001 - any failure is reported, not raised
            run["error"] = first_line(e)
        emit("query", run)
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    emit("done", {"maxRssBytes": self_rss})
    spark.stop()


if __name__ == "__main__":
    main()
