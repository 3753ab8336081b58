#!/usr/bin/env python3
"""The scale-out model of the Spark build, from bench JSON files (bench --engine spark --json F).

    scripts/spark-scale-model.py CALIBRATION.json [CHECK.json ...] [--articles 1000000]

CALIBRATION is a Spark bench run (best: one executor of one core, see scripts/spark-cluster.sh).
From it, per article: the executors' task CPU (the per-article stages and the entity resolution
by blocks, parallel), the driver's serial time (only in runs older than the resolution by blocks,
which resolved every name on the driver: sparkDriverResolveSeconds), the bytes shuffled and the
bytes sent to the driver, and the TDB2 load (one sequential bulk load). The model of the build's
wall time on E executors of one core each:

    T(E) = N * cpu / E  +  N * driver  +  N * shuffle / (E * bandwidth)  +  N * load  +  start

The resolution's rounds of label propagation (sparkResolveRounds) are a few jobs each: they are in
the start-up term, as the calibration measures them; the largest block (sparkResolveLargestBlockNames)
is resolved by one task, so a corpus where it grows with N stops scaling there.

(bandwidth: 100 MB/s per executor, a 1 Gb/s network, unless --bandwidth says otherwise; start:
the calibration run's time not covered by the terms above). Each CHECK file (the same corpus on
another number of executors, its executor count read from sparkExecutorPeakHeapMiB or given as
FILE:E) is compared with the model's time for it. Then the model's time for --articles on 1, 8
and 64 executors, and which term dominates: where it stops scaling.
"""
import json
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def split(arg):
    """FILE or FILE:E (E: the run's executors)."""
    if ":" in arg.rsplit("/", 1)[-1]:
        f, e = arg.rsplit(":", 1)
        return f, int(e)
    return arg, None


def executors(run, given):
    if given:
        return given
    heap = run.get("sparkExecutorPeakHeapMiB", {})
    ids = [e for e in heap if e != "driver"]
    return max(1, len(ids))


def terms(run):
    n = run["articlesBuilt"]
    load_s = run["stageSeconds"]["TDB2 load"]
    return {
        "cpu": run["sparkTaskCpuSeconds"] / n,
        "driver": run.get("sparkDriverResolveSeconds", 0.0) / n,
        "shuffle": run["sparkShuffleWriteBytes"] / n,
        "toDriver": run["sparkResultBytes"] / n,
        "load": load_s / n,
    }


def model(t, n, e, bandwidth, start):
    parts = {
        "per-article stages (parallel)": n * t["cpu"] / e,
        "entity resolution on the driver (serial)": n * t["driver"],
        "shuffles (parallel)": n * t["shuffle"] / (e * bandwidth),
        "TDB2 bulk load (serial)": n * t["load"],
        "start-up": start,
    }
    return sum(parts.values()), parts


def main(argv):
    articles = 1_000_000
    bandwidth = 100e6
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--articles":
            articles = int(argv[i + 1]); i += 2
        elif argv[i] == "--bandwidth":
            bandwidth = float(argv[i + 1]); i += 2
        else:
            files.append(argv[i]); i += 1
    if not files:
        print(__doc__)
        return 2
    cal_path, given = split(files[0])
    cal = load(cal_path)
    e0 = executors(cal, given)
    n0 = cal["articlesBuilt"]
    t = terms(cal)
    measured0 = cal["buildAndLoadSeconds"]
    covered, _ = model(t, n0, e0, bandwidth, 0.0)
    start = max(0.0, measured0 - covered)
    print(f"calibration: {cal_path}: {n0} articles on {e0} executor(s), {measured0:.1f} s build + load")
    if "sparkResolveBlocks" in cal:
        print(f"  resolution by blocks: {cal['sparkResolveBlocks']} blocks, the largest "
              f"{cal['sparkResolveLargestBlockNames']} names, {cal['sparkResolveRounds']} rounds, "
              f"{cal['sparkResolveSeconds']:.1f} s")
    print(f"  per article: task CPU {t['cpu'] * 1e3:.1f} ms, driver {t['driver'] * 1e3:.2f} ms, shuffled "
          f"{t['shuffle'] / 1e3:.1f} kB, to the driver {t['toDriver'] / 1e3:.1f} kB, TDB2 load {t['load'] * 1e3:.1f} ms;"
          f" start-up {start:.1f} s")
    for path in files[1:]:
        p, given = split(path)
        run = load(p)
        e = executors(run, given)
        n = run["articlesBuilt"]
        predicted, _ = model(t, n, e, bandwidth, start)
        measured = run["buildAndLoadSeconds"]
        print(f"check: {p}: {n} articles on {e} executor(s): measured {measured:.1f} s, model {predicted:.1f} s "
              f"({(predicted - measured) / measured * 100:+.0f}%)")
    print(f"model for {articles:,} articles (executors of one core, {bandwidth / 1e6:.0f} MB/s each):")
    for e in (1, 8, 64):
        total, parts = model(t, articles, e, bandwidth, start)
        top = max(parts, key=parts.get)
        print(f"  {e:3d} executor(s): {total / 3600:8.2f} h; largest term: {top} ({parts[top] / 3600:.2f} h)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
