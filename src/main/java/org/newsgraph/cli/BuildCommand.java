package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Linkers;
import org.newsgraph.pipeline.BuildChecks;
import org.newsgraph.pipeline.BuildRequest;
import org.newsgraph.pipeline.Engine;
import org.newsgraph.store.Credentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code build}: articles in, a graph file out. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every article in a folder and writes the knowledge graph to a file.",
      "Articles are plain text, HTML pages, JSON Lines (one article per line, its",
      "text in \"text\") or RSS/Atom feeds (one article per item); the format",
      "follows the extension, else the content. Text is UTF-8; a file that is not",
      "is read as Windows-1252 when it plausibly is, else refused.",
      "An optional articles.tsv gives metadata (tab-separated columns: file,",
      "publisher, published (YYYY-MM-DD), headline, url; file may name an entry",
      "such as news.jsonl#3). Metadata precedence: articles.tsv, then what the",
      "document says, then the file name; the graph says where each value came from.",
      "Each article becomes a named graph; every fact carries the sentence that",
      "states it. A bad input is reported (file and reason) and left out; the",
      "others are still built."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph build --input data/articles --output graph.nq",
      "  newsgraph build --input my-articles --output graph.trig",
      "  newsgraph build --input saved-pages --max-file-size 50MB --output graph.nq",
      "  newsgraph build --input 'archive/2016-*/*.txt' --output graph.nq",
      "  newsgraph build --engine spark --master local[2] --input data/articles --output shards/",
      "",
      "Exit codes: 0 ok, 1 some input failed (the rest was built; with no article built, no file",
      "is written), 2 usage error, 3 could not write (disk full, no permission)."
    })
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--input"}, paramLabel = "DIR|GLOB", defaultValue = "data/articles",
      description = {"Folder of articles (default: ${DEFAULT-VALUE}), or a glob in quotes: the files it matches",
          "under the folders before its first star ('archive/2016-*/*.txt', 'feeds/**.html'); that folder's",
          "articles.tsv gives their metadata."})
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = {"Graph file to write; the format follows the extension: .nq (sorted N-Quads), .trig, .ttl (union of the article graphs), .jsonld, .nt.",
          "N-Quads and N-Triples are written graph by graph through sorted temporary files (any corpus size);",
          "the other formats hold the whole graph in memory for their layout."})
  Path output;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads for the per-article stages (default: one per core); the output is the same for any number.")
  Integer threads;

  @Option(names = "--spill-above", paramLabel = "N", hidden = true,
      description = "Annotations go to a temporary file when there are more than N articles (default 200).")
  Integer spillAbove;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MB", converter = SizeConverter.class,
      description = "Largest input file read; a larger one is reported and left out (default: ${DEFAULT-VALUE}; e.g. 50MB).")
  long maxFileSize;

  @Option(names = "--article-time-limit", paramLabel = "TIME", defaultValue = "60s", converter = DurationConverter.class,
      description = {"Processor time each stage of one article's work may take (language analysis, facts); an article",
          "that needs more is reported as too long to analyse and left out (default: ${DEFAULT-VALUE})."})
  java.time.Duration articleTimeLimit;

  @Option(names = "--follow-links", description = {
      "Also read files that links in the input folder lead to outside it; by default such a link is",
      "reported and not read, so that a link planted in the folder cannot put another file into the graph."})
  boolean followLinks;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Option(names = "--link-online", description = {
      "Also ask Wikidata's API for entities the offline gazetteer (data/wikidata) cannot link;",
      "responses are cached, and without a network the build goes on offline with a warning."})
  boolean linkOnline;

  @Option(names = "--wikidata-url", paramLabel = "URL", defaultValue = "https://www.wikidata.org/w/api.php",
      description = "Wikidata API for --link-online (default: ${DEFAULT-VALUE}).")
  java.net.URI wikidataUrl;

  @Option(names = "--wikidata-cache", paramLabel = "DIR",
      description = "Cache of Wikidata responses (default: ~/.cache/newsgraph/wikidata).")
  Path wikidataCache;

  @Mixin EngineOptions engine;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Spark: also load the graph into this new TDB2 store (TDB2's bulk loader).")
  Path store;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Spark: also send each article graph to this Fuseki dataset (Graph Store Protocol PUT).")
  java.net.URI endpoint;

  @Option(names = "--user", paramLabel = "NAME", description = "Spark, --endpoint: user name for basic authentication.")
  String user;

  @Option(names = "--password-file", paramLabel = "FILE", description = "Spark, --endpoint: file whose first line is"
      + " the password (else the environment variable " + Credentials.PASSWORD_ENV + ").")
  Path passwordFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (articleTimeLimit.isZero() || articleTimeLimit.isNegative()) {
      throw new ParameterException(spec.commandLine(), "--article-time-limit must be positive");
    }
    Engine runner = engine.pick(spec.commandLine());
    Linker linker = null;
    if (linkOnline) {
      Path cache = wikidataCache != null ? wikidataCache
          : Path.of(System.getProperty("user.home"), ".cache", "newsgraph", "wikidata");
      linker = Linkers.online(wikidataUrl, cache, line -> {
        err.println("wikidata: " + line);
        err.flush();
      });
    }
    Credentials credentials = null;
    if (user != null) {
      credentials = Credentials.resolve(user, passwordFile).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "--user needs a password: give --password-file FILE or set " + Credentials.PASSWORD_ENV));
    } else if (passwordFile != null) {
      throw new ParameterException(spec.commandLine(), "--password-file needs --user");
    }
    BuildRequest request = new BuildRequest(input, output, maxFileSize, followLinks, articleTimeLimit, threads,
        spillAbove, linker, quiet, engine.master, engine.partitions, store, endpoint, credentials, out, err);
    // everything that would stop the build at its end is refused before it starts
    String refused = BuildChecks.refuse(runner, request);
    if (refused != null) {
      throw new ParameterException(spec.commandLine(), refused);
    }
    return BuildChecks.build(runner, request);
  }
}
