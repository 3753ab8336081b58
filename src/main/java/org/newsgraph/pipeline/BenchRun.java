package org.newsgraph.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What an engine's bench build made ({@link Engine#bench}): the article graphs stored, their quads,
 * the problems, and the figures only that engine measures (Spark: bytes shuffled, executors' CPU
 * and memory), for the bench's report.
 */
public record BenchRun(int articles, long quads, List<String> problems, Map<String, Object> extra) {}
