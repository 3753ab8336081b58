package org.newsgraph.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A way to run the build over the same stages ({@link ArticleStages}, {@link CrossArticle}):
 * {@code local} (this JVM's threads, {@link Pipeline}) is always there; others, such as {@code
 * spark}, are found on the classpath ({@code META-INF/services/org.newsgraph.pipeline.Engine}) and
 * are missing from a jar built without them.
 */
public interface Engine {
  /** The name {@code build --engine} takes. */
  String name();

  /** Builds what is asked and writes it; returns an exit code ({@link ExitCodes}). */
  int build(BuildRequest request) throws IOException;

  /**
   * The bench's build: the articles of {@code request.input()} into the new TDB2 store {@code
   * request.store()} ({@code bulk}: through TDB2's sequential bulk loader from the first triple;
   * else the store's graph-by-graph transactions, where the engine has them), each stage's time
   * added to {@code times} (the load as {@link StageTimes.Stage#LOAD}).
   */
  BenchRun bench(BuildRequest request, boolean bulk, StageTimes times) throws IOException;

  /**
   * Whether an option only some engines read is given when it should not be: a line saying so, or
   * null when the request suits this engine.
   */
  String refuse(BuildRequest request);

  /** The engine of that name, if it is on the classpath. */
  static Optional<Engine> named(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Every engine on the classpath, local first. */
  static List<Engine> all() {
    List<Engine> all = new ArrayList<>();
    all.add(new LocalEngine());
    ServiceLoader.load(Engine.class).forEach(all::add);
    return all;
  }
}
