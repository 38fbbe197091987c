"""PySpark side of the Faisca micro-benchmarks (see bench/lib/micro-defs.ts).

Usage: python3 bench/micro/pyspark_micro.py '<MicroTask JSON>' '<micro defs JSON>'
"""
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "engines"))
from pyspark_tpch import cell, emit, first_line  # noqa: E402


def main():
    task = json.loads(sys.argv[1])
    defs = {d["name"]: d for d in json.loads(sys.argv[2])}
    extra = json.loads(sys.argv[3])
    from pyspark.sql import SparkSession, functions as F

    spark = (SparkSession.builder.appName("faisca-micro").master(task["options"].get("master", "local[*]"))
             .config("spark.driver.memory", task["options"].get("driverMemory", "4g"))
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    f = task["files"]
    spark.read.option("header", "true").schema(f["regionDdl"]).csv(f["region"]).createOrReplaceTempView("region_csv")
    spark.read.option("header", "true").schema(f["csvDdl"]).csv(f["csv"]).createOrReplaceTempView("lineitem_csv")
    spark.read.parquet(f["parquet"]).createOrReplaceTempView("lineitem_pq")
    emit("hello", {"readyEpochMs": time.time() * 1000})
    built = False
    for name in task["benches"]:
        d = defs[name]
        run = {"name": name, "ok": False, "ms": []}
        try:
            if d["group"] == "memory" and not built:
                t = spark.range(task["rows"]).selectExpr(*extra["T_EXPRS"]).cache()
                t.count()
                t.createOrReplaceTempView("t")
                dd = spark.range(extra["D_ROWS"]).selectExpr(*extra["D_EXPRS"]).cache()
                dd.count()
                dd.createOrReplaceTempView("d")
                built = True
            for _ in range(1 if d["group"] == "startup" else task["runs"]):
                t0 = time.perf_counter()
                if name == "sort":
                    rows = spark.table("t").select("id", "k_high", "v").orderBy(F.col("v").desc(), F.col("id")).tail(extra["SORT_TAIL"])
                else:
                    rows = spark.sql(d["sql"]).collect()
                run["ms"].append((time.perf_counter() - t0) * 1000)
                run.setdefault("endEpochMs", time.time() * 1000)
                run["cells"] = [[cell(v) for v in r] for r in rows]
            run["ok"] = True
        except Exception as e:  # noqa: BLE001
            run["error"] = first_line(e)
        emit("query", run)
    emit("done", {"maxRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024})
    spark.stop()


if __name__ == "__main__":
    main()
