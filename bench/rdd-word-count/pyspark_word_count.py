# The PySpark side of the word-count benchmark: the same RDD program on the same file.
# Prints one JSON line: distinct words, total words, top 3, seconds (from interpreter start).
# Usage: python3 bench/rdd-word-count/pyspark_word_count.py <file> [master]
import json
import sys
import time
from operator import add

t0 = time.perf_counter()
from pyspark import SparkConf, SparkContext  # noqa: E402

path = sys.argv[1]
master = sys.argv[2] if len(sys.argv) > 2 else "local[*]"
sc = SparkContext(conf=SparkConf().setMaster(master).setAppName("rdd-word-count"))
sc.setLogLevel("ERROR")
counts = (
    sc.textFile(path)
    .flatMap(lambda line: line.split(" "))
    .filter(lambda w: len(w) > 0)
    .map(lambda w: (w, 1))
    .reduceByKey(add)
)
rows = counts.collect()
total = sum(n for _, n in rows)
top = sorted(rows, key=lambda kv: (-kv[1], kv[0]))[:3]
sc.stop()
print(json.dumps({"distinct": len(rows), "total": total, "top": top, "seconds": time.perf_counter() - t0}, ensure_ascii=False))
