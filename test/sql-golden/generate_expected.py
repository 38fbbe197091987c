"""Fills the expected outputs of the golden SQL files by running every case in PySpark.

    python3 test/sql-golden/generate_expected.py [file.sql ...]

One Spark (local[1], session time zone UTC, a fresh temporary warehouse); each file runs in its
own session after setup.sql. A case's expected output is `df._jdf.showString(20, 20, False)` or,
when Spark raises, `-- error <ERROR_CLASS>`. Lines before `-- query` (comments, `-- known-failure:`
marks) are kept as they are. Expected outputs must come from Spark, never from our engine.
"""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(text):
    """[(preamble_lines, sql)] and the file header (lines before the first case)."""
    lines = text.split("\n")
    header, cases, pre, i = [], [], [], 0
    first = True
    while i < len(lines):
        line = lines[i]
        if line.strip() == "-- query":
            i += 1
            sql = []
            while i < len(lines) and lines[i].strip() != "" and not lines[i].startswith("-- expected") and not lines[i].startswith("-- error"):
                sql.append(lines[i])
                i += 1
            if i < len(lines) and lines[i].startswith("-- expected"):
                i += 1
                while i < len(lines) and lines[i].strip() != "":
                    i += 1
            elif i < len(lines) and lines[i].startswith("-- error"):
                i += 1
            cases.append((pre, "\n".join(sql)))
            pre = []
            first = False
            continue
        if first:
            header.append(line)
        elif line.strip() != "":
            pre.append(line)
        i += 1
    while header and header[-1].strip() == "":
        header.pop()
    return header, cases


def error_class(e):
    for getter in ("getCondition", "getErrorClass"):
        f = getattr(e, getter, None)
        if f:
            try:
                c = f()
                if c:
                    return c
            except Exception:
                pass
    return "UNKNOWN"


def run_case(spark, sql):
    try:
        df = spark.sql(sql)
        return df._jdf.showString(20, 20, False).rstrip("\n").split("\n"), None
    except Exception as e:  # noqa: BLE001 - any Spark failure is the expected answer
        return None, error_class(e)


def setup_statements():
    text = open(os.path.join(HERE, "setup.sql")).read()
    body = "\n".join(l for l in text.split("\n") if not l.startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def main():
    from pyspark.sql import SparkSession

    warehouse = tempfile.mkdtemp(prefix="golden-wh-")
    spark = (
        SparkSession.builder.master("local[1]")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.warehouse.dir", warehouse)
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("OFF")
    files = sys.argv[1:] or sorted(f for f in os.listdir(HERE) if f.endswith(".sql") and f != "setup.sql")
    for name in files:
        path = os.path.join(HERE, os.path.basename(name))
        header, cases = parse(open(path).read())
        session = spark.newSession()
        for stmt in setup_statements():
            session.sql(stmt).collect()
        out = header + [""]
        for pre, sql in cases:
            out += pre + ["-- query", sql]
            rows, err = run_case(session, sql)
            if err is not None:
                out.append("-- error " + err)
            else:
                out += ["-- expected"] + rows
            out.append("")
        open(path, "w").write("\n".join(out))
        print(f"{name}: {len(cases)} cases")
    spark.stop()


if __name__ == "__main__":
    main()
