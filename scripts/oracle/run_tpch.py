"""Runs TPC-H queries on real PySpark (the oracle) over Parquet files and records its answers.

    python3 scripts/oracle/run_tpch.py <request.json> <answers.jsonl>

The request is written by test/differential/tpch-oracle.ts:
    {"version": "4.1.1", "dataDir": "<dir with parquet/<table>.parquet>", "tables": [names],
     "cases": [{"key", "id", "sql"}]}
Every table is registered as a temp view over its Parquet file (a classic local session, the
same settings as run_cases.py); one JSON line per query, as soon as it is known:
    {"key", "id", "ok": true, "schema": [{"name", "type", "nullable"}], "rows": [[canonical]], "ms": n}
    {"key", "id", "ok": false, "error": {"class", "message", "parameters"}, "ms": n}
"""

import json
import os
import sys
import time

os.environ["TZ"] = "UTC"
time.tzset()

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_cases import error_of, start_session  # noqa: E402
from values import encode, encode_schema  # noqa: E402


def main():
    request_path, answers_path = sys.argv[1], sys.argv[2]
    with open(request_path, encoding="utf-8") as f:
        request = json.load(f)
    import pyspark

    if pyspark.__version__ != request["version"]:
        sys.exit(f"oracle: pyspark {pyspark.__version__} found, {request['version']} pinned (run scripts/install-oracle.sh)")
    spark = start_session()
    for name in request["tables"]:
        spark.read.parquet(os.path.join(request["dataDir"], "parquet", f"{name}.parquet")).createOrReplaceTempView(name)
    with open(answers_path, "a", encoding="utf-8") as out:
        for case in request["cases"]:
            t0 = time.time()
            try:
                df = spark.sql(case["sql"])
                schema = df.schema
                rows = df.collect()
                answer = {
                    "ok": True,
                    "schema": encode_schema(schema),
                    "rows": [[encode(r[i], f.dataType) for i, f in enumerate(schema.fields)] for r in rows],
                }
            except Exception as e:  # noqa: BLE001 - every failure is an answer to record
                answer = {"ok": False, "error": error_of(e)}
            answer.update(key=case["key"], id=case["id"], ms=round((time.time() - t0) * 1000))
            out.write(json.dumps(answer, ensure_ascii=False) + "\n")
            out.flush()
    spark.stop()


if __name__ == "__main__":
    main()
