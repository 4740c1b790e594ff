"""Run the batch CLI under Spark: each partition of a JSONL file is piped through
`onrecord extract --jsonl`, one process per partition, and the result lines are written back
in input order. Local mode here; on a cluster, ship the binary with `--files` (or install it
on the workers) and point INPUT/OUTPUT at shared storage.

    pip install pyspark          # needs a Java runtime
    python3 tests/batch/spark_pipe.py INPUT.jsonl OUTPUT_DIR [PARTITIONS]
"""
import os
import sys
import time

from pyspark.sql import SparkSession

src, out = sys.argv[1], sys.argv[2]
parts = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count() or 2
cli = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "onrecord"))

spark = SparkSession.builder.master(f"local[{parts}]").appName("onrecord").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
t0 = time.time()
lines = spark.sparkContext.textFile(src, minPartitions=parts)
# One CLI process per partition; each input line yields exactly one output line, in order.
results = lines.pipe(f"{cli} extract --jsonl --jobs 1")
results.saveAsTextFile(out)
n_in, n_out = lines.count(), spark.sparkContext.textFile(out).count()
print(f"{n_in} lines in, {n_out} lines out, {parts} partitions, {time.time() - t0:.1f} s")
spark.stop()
sys.exit(0 if n_in == n_out else 1)
