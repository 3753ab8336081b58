package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.store.ArticleSource;

/** The extraction pipeline as the store sees it: a directory of articles in, graphs out. */
final class PipelineArticleSource implements ArticleSource {
  private final Consumer<String> progress;

  PipelineArticleSource() {
    this(s -> {});
  }

  PipelineArticleSource(Consumer<String> progress) {
    this.progress = progress;
  }

  @Override
  public Built build(Path inputDir) {
    Pipeline.BuildResult r = Pipeline.standard().progress(progress).build(inputDir);
    return new Built(r.dataset(), r.problems());
  }
}
