package org.newsgraph.pipeline;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import org.newsgraph.link.Linker;
import org.newsgraph.store.Credentials;

/**
 * What {@code build} was asked to do, for whichever {@link Engine} runs it. The options only one
 * engine reads are null when not given.
 *
 * @param input the folder of articles
 * @param output the graph file (or, for Spark, a folder of sorted N-Quads shards or an .nq file)
 * @param maxFileSize the largest input file read
 * @param followLinks whether a link in the input folder may lead outside it (else it is reported
 *     and not read); {@code articles.tsv} follows the same rule
 * @param articleTimeLimit the processor time each stage of one article's work may take
 * @param threads threads for the per-article stages (local), or null for one per core
 * @param spillAbove articles above which the local runner spills to temporary files, or null
 * @param linker the Wikidata linker
 * @param quiet no progress lines
 * @param master Spark's master URL ({@code local[N]}, {@code spark://HOST:PORT}), or null
 * @param partitions Spark partitions of the articles, or null for the engine's choice
 * @param store a TDB2 store to load the graph into (Spark), or null
 * @param endpoint a Fuseki dataset to send each article graph to (Spark), or null
 * @param credentials for the endpoint's basic authentication, or null
 * @param out where the result lines go
 * @param err where problems and progress go
 */
public record BuildRequest(Path input, Path output, long maxFileSize, boolean followLinks,
    java.time.Duration articleTimeLimit, Integer threads, Integer spillAbove, Linker linker, boolean quiet, String master, Integer partitions, Path store, URI endpoint,
    Credentials credentials, PrintWriter out, PrintWriter err) {

  /** The reader of the input folder this build asks for. */
  public org.newsgraph.corpus.ArticleReader reader() {
    return org.newsgraph.corpus.ArticleReader.withMaxBytes(maxFileSize).followingLinks(followLinks);
  }

  /** The per-article stages, with the time limit this build asks for. */
  public ArticleStages stages() {
    return ArticleStages.standard().withBudget(articleTimeLimit);
  }

  /** Says a progress line on {@link #err} (none when quiet). */
  public void progress(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }
}
