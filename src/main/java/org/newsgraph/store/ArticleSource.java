package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;

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

  /** Takes the article graphs of a build, one at a time. */
  @FunctionalInterface
  interface GraphSink {
    void accept(String graphIri, Graph graph);
  }

  /** What a build into a store gave: one line per input that failed, and what the store did. */
  record Stored(List<String> problems, SyncReport report) {}

  /**
   * Builds the articles of {@code inputDir} into a store through {@code sync}, each graph handed
   * over as it is made, and finishes the sync; on a failure the sync is aborted (a bulk load then
   * leaves nothing) and the failure goes on.
   */
  default Stored buildInto(Path inputDir, TdbStore.Sync sync) {
    try {
      List<String> problems = build(inputDir, sync::add);
      return new Stored(problems, sync.finish(0));
    } catch (RuntimeException e) {
      sync.abort(e);
      throw e;
    }
  }

  /**
   * Builds and hands each article graph to {@code sink} as it is made, so that a large directory
   * need not be held in memory at once; returns one line per input that failed. This default
   * builds everything first ({@link #build(Path)}) and hands the graphs over in IRI order.
   */
  default List<String> build(Path inputDir, GraphSink sink) {
    Built b = build(inputDir);
    DatasetGraph dsg = b.dataset().asDatasetGraph();
    for (Node n : TdbStore.namedGraphs(dsg)) {
      sink.accept(n.getURI(), dsg.getGraph(n));
    }
    return b.problems();
  }
}
