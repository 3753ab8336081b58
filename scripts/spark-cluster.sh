#!/usr/bin/env bash
# A standalone Spark cluster on this machine, on 127.0.0.1, from the Maven artifacts (no Spark
# installation): Spark's own Master and one Worker, each in its own JVM, as SparkStandaloneIT
# starts them. For trying --master spark://… and for the bench's executor runs.
#
#   scripts/spark-cluster.sh start [CORES] [MEMORY]   # worker with CORES cores (default 2), MEMORY (default 4g)
#   scripts/spark-cluster.sh stop
#
# Then, e.g. two executors of one core each:
#   NEWSGRAPH_JAVA_OPTS="-Xmx2g -Dspark.cores.max=2 -Dspark.executor.cores=1 -Dspark.executor.memory=1500m" \
#     ./newsgraph bench --engine spark --master spark://127.0.0.1:7077 --articles 1000
# The executors find newsgraph's classes and Spark's through target/spark-home/jars (links to the
# jars); the folder, logs and process ids are under target/spark-home.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$here/target/spark-home"
port="${SPARK_MASTER_PORT:-7077}"
case "${1:-}" in
  start)
    cores="${2:-2}"
    memory="${3:-4g}"
    if [[ ! -f "$here/target/newsgraph-spark.jar" || ! -f "$here/target/spark.classpath" ]]; then
      (cd "$here" && mvn -B -q -DskipTests package)
    fi
    rm -rf "$home/jars"
    mkdir -p "$home/jars" "$home/logs" "$home/work"
    tr ':' '\n' <"$here/target/spark.classpath" | while read -r jar; do ln -sf "$jar" "$home/jars/"; done
    ln -sf "$here/target/newsgraph-spark.jar" "$home/jars/"
    cp="$home/jars/*"
    # shellcheck disable=SC2046 # the options are words
    opts=$(cat "$here/target/spark-java-options.txt")
    export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
    # shellcheck disable=SC2086
    nohup java -Xmx512m $opts -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
      --webui-port 18080 >"$home/logs/master.log" 2>&1 &
    echo $! >"$home/master.pid"
    for _ in $(seq 1 120); do grep -q "I have been elected leader" "$home/logs/master.log" 2>/dev/null && break; sleep 0.5; done
    # shellcheck disable=SC2086
    nohup java -Xmx512m $opts -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" \
      --memory "$memory" --webui-port 18081 --work-dir "$home/work" "spark://127.0.0.1:$port" >"$home/logs/worker.log" 2>&1 &
    echo $! >"$home/worker.pid"
    for _ in $(seq 1 120); do grep -q "Successfully registered with master" "$home/logs/worker.log" 2>/dev/null && break; sleep 0.5; done
    grep -q "Successfully registered with master" "$home/logs/worker.log" \
      || { echo "spark-cluster: the worker did not register; see $home/logs" >&2; exit 1; }
    echo "spark-cluster: master spark://127.0.0.1:$port, one worker with $cores cores and $memory (logs: $home/logs)"
    ;;
  stop)
    for p in worker master; do
      if [[ -f "$home/$p.pid" ]]; then
        pid=$(cat "$home/$p.pid")
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
        rm -f "$home/$p.pid"
      fi
    done
    echo "spark-cluster: stopped"
    ;;
  *)
    echo "usage: $0 start [CORES] [MEMORY] | stop" >&2
    exit 2
    ;;
esac
