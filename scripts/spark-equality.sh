#!/usr/bin/env bash
# Builds one folder of articles with both engines and compares: the local build's sorted N-Quads
# file against the Spark build's (the shards put end to end), byte for byte (sha256), and the
# problems each reported, in order. Exit 0 when both are the same, 1 when they differ.
#
#   scripts/spark-equality.sh [DIR] [MASTER] [PARTITIONS]
#   DIR defaults to ../shared/corpus/polnear-train (the 840 PolNeAR articles), MASTER to local[2],
#   PARTITIONS to 8. Uses the launcher (./newsgraph), so it needs only Java 17 and Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(cd "${1:-$here/../shared/corpus/polnear-train}" && pwd)"
master="${2:-local[2]}"
partitions="${3:-8}"
work="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-equality.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "spark-equality: $dir ($(find "$dir" -maxdepth 1 -type f | wc -l) files), Spark on $master, $partitions partitions"
start=$(date +%s)
set +e
"$here/newsgraph" build -q --input "$dir" --output "$work/local.nq" >"$work/local.out" 2>"$work/local.err"
local_code=$?
mid=$(date +%s)
"$here/newsgraph" build -q --engine spark --master "$master" --partitions "$partitions" --input "$dir" \
  --output "$work/shards" >"$work/spark.out" 2>"$work/spark.err"
spark_code=$?
end=$(date +%s)
set -e
for side in local spark; do
  if ! grep -q '^wrote ' "$work/$side.out"; then
    echo "the $side build wrote nothing; its last lines:"; tail -20 "$work/$side.err"; exit 1
  fi
done
cat "$work"/shards/part-*.nq >"$work/spark.nq"
grep '^problem: ' "$work/local.err" >"$work/local.problems" || true
grep '^problem: ' "$work/spark.err" >"$work/spark.problems" || true
local_sum=$(sha256sum <"$work/local.nq" | cut -d' ' -f1)
spark_sum=$(sha256sum <"$work/spark.nq" | cut -d' ' -f1)
echo "local: exit $local_code, $(cat "$work/local.out"), $((mid - start)) s, sha256 $local_sum"
echo "spark: exit $spark_code, $(cat "$work/spark.out"), $(ls "$work"/shards/part-*.nq | wc -l) shards, $((end - mid)) s, sha256 $spark_sum"
echo "lines: local $(wc -l <"$work/local.nq"), spark $(wc -l <"$work/spark.nq"); problems: local $(wc -l <"$work/local.problems"), spark $(wc -l <"$work/spark.problems")"
same=true
if [[ "$local_code" != "$spark_code" ]]; then
  echo "DIFFERENT exit codes"; same=false
fi
if [[ "$local_sum" != "$spark_sum" ]]; then
  echo "DIFFERENT N-Quads:"; diff "$work/local.nq" "$work/spark.nq" | head -20 || true; same=false
fi
if ! cmp -s "$work/local.problems" "$work/spark.problems"; then
  echo "DIFFERENT problems:"; diff "$work/local.problems" "$work/spark.problems" | head -20 || true; same=false
fi
if $same; then
  echo "SAME: byte-identical N-Quads and the same problems"
  exit 0
fi
exit 1
