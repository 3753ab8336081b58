package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.ArticleSource;

/** The extraction pipeline as the store sees it: a directory of articles in, graphs out. */
final class PipelineArticleSource implements ArticleSource {
  @Override
  public Built build(Path inputDir) {
    // Wired to org.newsgraph.cli.Pipeline once it is on main (see the fuseki branch report).
    throw new UnsupportedOperationException(
        "Building from an article directory needs the extraction pipeline, which this build does"
            + " not have yet; give a built file with --data FILE.trig instead.");
  }
}
