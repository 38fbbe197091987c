#!/usr/bin/env python3
"""Starts a local Spark Connect server (PySpark's bundled spark-connect jar) on loopback.

Usage: python3 scripts/start-connect-server.py --port 15002 [--token SECRET] [--master local[2]]

Prints one line `READY <port>` on stdout once the gRPC endpoint accepts connections, then
serves until SIGTERM or SIGINT arrive (or stdin closes, with --exit-on-stdin-eof), and stops Spark cleanly (exit code 0).
Fails with a clear message (exit code 2) when PySpark or Java is missing.
"""
import argparse
import os
import shutil
import signal
import socket
import sys
import threading
import time


def fail(msg):
    print(f"start-connect-server: {msg}", file=sys.stderr, flush=True)
    sys.exit(2)


def wait_for_port(port, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--token", default=None, help="bearer token clients must send")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--exit-on-stdin-eof", action="store_true", help="stop when stdin closes (the parent died)")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="extra Spark setting (repeatable)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for readiness")
    args = ap.parse_args()

    try:
        import pyspark  # noqa: F401
        from pyspark.sql import SparkSession
    except ImportError:
        fail("PySpark is not installed (pip install pyspark==$(cat ORACLE_VERSION))")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        fail("no Java found (install Java 17 or set JAVA_HOME)")
    jars = os.path.join(os.path.dirname(pyspark.__file__), "jars")
    if not any(n.startswith("spark-connect_") for n in os.listdir(jars)):
        fail(f"this PySpark ({pyspark.__version__}) does not bundle the spark-connect jar in {jars}")

    builder = (
        SparkSession.builder.master(args.master)
        .appName("faisca-connect-test-server")
        .config("spark.plugins", "org.apache.spark.sql.connect.SparkConnectPlugin")
        .config("spark.connect.grpc.binding.address", "127.0.0.1")
        .config("spark.connect.grpc.binding.port", str(args.port))
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1")
    )
    for kv in args.conf:
        key, sep, value = kv.partition("=")
        if not sep:
            fail(f"--conf expects KEY=VALUE, got {kv!r}")
        builder = builder.config(key, value)
    if args.token:
        builder = builder.config("spark.connect.authenticate.token", args.token)
    # A classic (JVM-backed) session hosts the plugin; make sure the builder does not try to
    # become a Connect client itself.
    os.environ.pop("SPARK_CONNECT_MODE_ENABLED", None)
    os.environ.pop("SPARK_REMOTE", None)
    spark = builder.getOrCreate()

    if not wait_for_port(args.port, args.timeout):
        spark.stop()
        fail(f"Spark Connect did not listen on port {args.port} within {args.timeout:.0f} s")
    print(f"READY {args.port}", flush=True)

    done = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: done.set())

    def watch_stdin():
        try:
            while sys.stdin.read(4096):
                pass
        except Exception:
            pass
        done.set()

    if args.exit_on_stdin_eof:
        threading.Thread(target=watch_stdin, daemon=True).start()
    while not done.wait(0.5):
        pass
    spark.stop()
    print("STOPPED", flush=True)


if __name__ == "__main__":
    main()
