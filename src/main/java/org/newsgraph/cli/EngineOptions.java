package org.newsgraph.cli;

import org.newsgraph.pipeline.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --engine}, {@code --master}, {@code --partitions}: which engine runs a build (a mixin of build and bench). */
public final class EngineOptions {
  @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
      description = {"What runs the build: local (this machine's threads; default) or spark (Apache Spark:",
          "local[N] through the launcher, or a cluster; writes sorted N-Quads; see README)."})
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark: local[N] (default: local[*]) or a cluster's spark://HOST:PORT.")
  String master;

  @Option(names = "--partitions", paramLabel = "P",
      description = "Spark: partitions of the articles and shards of the output (default: 4 per core).")
  Integer partitions;

  /** The engine named, or a usage error listing the ones this build has. */
  Engine pick(CommandLine cl) {
    return Engine.named(engine).orElseThrow(() -> new ParameterException(cl, "no engine " + engine
        + " here; this build has: " + String.join(", ", Engine.all().stream().map(Engine::name).toList())));
  }
}
