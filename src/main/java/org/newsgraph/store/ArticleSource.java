package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * Something that turns a directory of articles into RDF: one named graph per article, the graph IRI
 * being the article's IRI, the article node carrying {@code ng:sourceFile} and {@code
 * ng:contentHash}. The command line adapts the extraction pipeline to this; tests use a fixture.
 */
@FunctionalInterface
public interface ArticleSource {

  /** What one build produced: the graphs (in memory) and one line per input that failed. */
  record Built(Dataset dataset, List<String> problems) {
    public Built {
      problems = List.copyOf(problems);
    }
  }

  Built build(Path inputDir);
}
