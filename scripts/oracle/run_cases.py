"""Runs differential-test cases on real PySpark (the oracle) and records its answers.

    python3 scripts/oracle/run_cases.py <request.json> <answers.jsonl>

The request is written by test/differential/oracle.ts:
    {"version": "4.1.1", "cases": [{"key", "id", "fixtures": [{"name", "schema", "rows"}],
      "conf": {k: v}, "sql": str | null, "py": str | null, "shows": [[n, truncate, vertical], ...],
      "renameColumns": bool, "defaultShow": "always" | "never" | "if-single-row"}]}
renameColumns: the result's columns are renamed c0, c1, ... (names are not compared).
shows[0] is the default show(); defaultShow says when it is worth a Spark job.

All cases run in ONE local SparkSession (startup dominates the cost). One JSON line per case
is appended to the answers file as soon as it is known, so a crash loses only the case it
happened in:
    {"key", "id", "ok": true, "schema": [{"name", "type", "nullable"}], "tree": str,
     "rows": [[canonical values]], "shows": [str | {"error": ...} | null (skipped)], "ms": n}
    {"key", "id", "ok": false, "error": {"class", "message", "parameters"}, "ms": n}

`py` is a PySpark snippet: one expression giving the DataFrame, or several lines that assign
it to `df`. Names in scope: spark, F, Window (also W), T (pyspark.sql.types), Row, Decimal,
date, datetime.
"""

import datetime
import decimal
import hashlib
import json
import os
import sys
import time

os.environ["TZ"] = "UTC"
time.tzset()

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from values import encode, encode_schema, fixture_value  # noqa: E402


def start_session():
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("faisca-differential-oracle")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def error_of(e):
    """(class, message, parameters) of any exception, Spark's error condition when it has one."""
    from pyspark.errors import PySparkException

    if isinstance(e, PySparkException):
        cls = None
        for getter in ("getCondition", "getErrorClass"):
            if hasattr(e, getter):
                cls = getattr(e, getter)()
                if cls:
                    break
        params = {}
        try:
            params = dict(e.getMessageParameters() or {})
        except Exception:  # noqa: BLE001 - parameters are best effort
            pass
        message = e.getMessage() if hasattr(e, "getMessage") else str(e)
        if cls:
            return {"class": cls, "message": message, "parameters": params}
        return {"class": "PYSPARK:" + type(e).__name__, "message": message, "parameters": params}
    java = getattr(e, "java_exception", None)
    if java is not None:
        # Not converted to a PySpark exception (e.g. wrapped in SparkException): look for a
        # SparkThrowable with a condition along the cause chain.
        t = java
        while t is not None:
            try:
                cond = t.getCondition()
            except Exception:  # noqa: BLE001 - not a SparkThrowable
                cond = None
            if cond:
                try:
                    params = {str(k): str(v) for k, v in dict(t.getMessageParameters()).items()}
                except Exception:  # noqa: BLE001
                    params = {}
                return {"class": cond, "message": str(t.getMessage()), "parameters": params}
            t = t.getCause()
        return {"class": "JAVA:" + java.getClass().getName(), "message": str(java.getMessage()), "parameters": {}}
    return {"class": "PYTHON:" + type(e).__name__, "message": str(e), "parameters": {}}


class Fixtures:
    """Registers fixture temp views, skipping ones already registered with the same content."""

    def __init__(self, spark):
        self.spark = spark
        self.registered = {}

    def ensure(self, fixture):
        from pyspark.sql.types import _parse_datatype_string

        digest = hashlib.sha256(json.dumps(fixture, sort_keys=True).encode()).hexdigest()
        name = fixture["name"]
        if self.registered.get(name) == digest:
            return
        schema = _parse_datatype_string(fixture["schema"])
        rows = [
            tuple(fixture_value(v, f.dataType) for v, f in zip(row, schema.fields))
            for row in fixture["rows"]
        ]
        df = self.spark.createDataFrame(rows, schema)
        # Cached, so queries scan memory rather than re-reading the Python-made RDD (~2x faster).
        df.cache().count()
        df.createOrReplaceTempView(name)
        self.registered[name] = digest


def build_df(spark, case):
    if case.get("sql") is not None:
        return spark.sql(case["sql"])
    from pyspark.sql import Row, Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    scope = {
        "spark": spark, "F": F, "Window": Window, "W": Window, "T": T, "Row": Row,
        "Decimal": decimal.Decimal, "date": datetime.date, "datetime": datetime.datetime,
    }
    code = case["py"].strip()
    if "\n" not in code:
        return eval(code, scope)  # noqa: S307 - case files are reviewed test code
    exec(code, scope)  # noqa: S102
    if "df" not in scope:
        raise NameError("a multi-line PySpark snippet must assign its result to `df`")
    return scope["df"]


def run_case(spark, fixtures, case):
    t0 = time.time()
    previous = {}
    try:
        for fixture in case.get("fixtures", []):
            fixtures.ensure(fixture)
        for k, v in case.get("conf", {}).items():
            previous[k] = spark.conf.get(k, None)
            spark.conf.set(k, v)
        df = build_df(spark, case)
        if case.get("renameColumns"):
            df = df.toDF(*[f"c{i}" for i in range(len(df.columns))])
        schema = df.schema
        rows = df.collect()
        out = {
            "ok": True,
            "schema": encode_schema(schema),
            "tree": df._jdf.schema().treeString(),
            "rows": [[encode(r[i], f.dataType) for i, f in enumerate(schema.fields)] for r in rows],
            "shows": [],
        }
        policy = case.get("defaultShow", "always")
        for i, (n, truncate, vertical) in enumerate(case.get("shows", [])):
            # The first show is the default one; it is only compared for deterministic results.
            if i == 0 and (policy == "never" or (policy == "if-single-row" and len(rows) > 1)):
                out["shows"].append(None)
                continue
            try:
                out["shows"].append(df._jdf.showString(n, truncate, vertical))
            except Exception as e:  # noqa: BLE001
                out["shows"].append({"error": error_of(e)})
    except Exception as e:  # noqa: BLE001 - every failure is an answer to record
        out = {"ok": False, "error": error_of(e)}
    finally:
        for k, v in previous.items():
            if v is None:
                spark.conf.unset(k)
            else:
                spark.conf.set(k, v)
    out["key"] = case["key"]
    out["id"] = case["id"]
    out["ms"] = round((time.time() - t0) * 1000)
    return out


def main():
    request_path, answers_path = sys.argv[1], sys.argv[2]
    with open(request_path, encoding="utf-8") as f:
        request = json.load(f)
    import pyspark

    if pyspark.__version__ != request["version"]:
        sys.exit(f"oracle: pyspark {pyspark.__version__} found, {request['version']} pinned (run scripts/install-oracle.sh)")
    spark = start_session()
    fixtures = Fixtures(spark)
    with open(answers_path, "a", encoding="utf-8") as out:
        for case in request["cases"]:
            out.write(json.dumps(run_case(spark, fixtures, case), ensure_ascii=False) + "\n")
            out.flush()
    spark.stop()


if __name__ == "__main__":
    main()
