"""The Spark side of Tests/EndToEnd/spark-job: runs blogthread as the mapper of RDD.pipe."""
import json
import os
import sys
import time

from pyspark.sql import SparkSession

binary, corpus = sys.argv[1], sys.argv[2]
paths = sorted(os.path.join(corpus, name) for name in os.listdir(corpus) if name.endswith((".html", ".htm")))

spark = (SparkSession.builder.master("local[2]").appName("blogthread")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.driver.memory", "512m").getOrCreate())
context = spark.sparkContext
context.setLogLevel("ERROR")
failures = []

# Paths on standard input, as `find | blogthread --files-from -`; four partitions, four mappers.
started = time.time()
lines = context.parallelize(paths, 4).pipe(f"{binary} --format jsonl --files-from - --jobs 1").collect()
files = [json.loads(line)["source"]["file"] for line in lines]
if sorted(files) != paths:
    failures.append(f"paths: {len(files)} lines for {len(paths)} pages; missing {sorted(set(paths) - set(files))[:5]}")
print(f"spark job (paths): {len(files)} of {len(paths)} pages came back in {time.time() - started:.1f} s")

# The pages themselves as JSON lines, as a job holding crawled records would hand them over.
def as_line(path):
    with open(path, "rb") as page:
        return json.dumps({"url": "file://" + path, "html": page.read().decode("utf-8", "replace")})

started = time.time()
lines = context.parallelize(paths, 4).map(as_line).pipe(f"{binary} --input jsonl --format jsonl --jobs 1").collect()
if len(lines) != len(paths):
    failures.append(f"JSON lines: {len(lines)} lines for {len(paths)} pages")
print(f"spark job (JSON lines): {len(lines)} of {len(paths)} pages came back in {time.time() - started:.1f} s")

spark.stop()
for failure in failures:
    print("spark job: FAILED:", failure)
sys.exit(1 if failures else 0)
