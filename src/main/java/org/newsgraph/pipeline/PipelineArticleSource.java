package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.rdf.RdfWriter;
import org.newsgraph.store.ArticleSource;

/** The extraction pipeline as the store sees it: a directory of articles in, graphs out. */
public final class PipelineArticleSource implements ArticleSource {
  private final Consumer<String> progress;

  public PipelineArticleSource() {
    this(s -> {});
  }

  public PipelineArticleSource(Consumer<String> progress) {
    this.progress = progress;
  }

  @Override
  public Built build(Path inputDir) {
    Pipeline.BuildResult r = Pipeline.standard().progress(progress).build(inputDir);
    return new Built(r.dataset(), r.problems());
  }

  /** The graphs go to {@code sink} as the pipeline checks them, in input order: no dataset is gathered. */
  @Override
  public List<String> build(Path inputDir, GraphSink sink) {
    RdfWriter writer = new RdfWriter();
    List<String> problems = new ArrayList<>();
    Pipeline.standard().progress(progress).build(inputDir, problems,
        (g, graph) -> sink.accept(writer.graphName(g.article()).getURI(), graph));
    return problems;
  }
}
