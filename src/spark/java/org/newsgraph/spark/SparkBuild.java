package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.corpus.Admission;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.corpus.CorpusException;
import org.newsgraph.corpus.InputProblem;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.EntityResolver;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Merge;
import org.newsgraph.link.LinkStage;
import org.newsgraph.pipeline.ArticleStages;
import org.newsgraph.pipeline.CrossArticle;
import org.newsgraph.pipeline.StageTimes;
import scala.Tuple2;

/**
 * The build on Spark, over the same stages as the local runner ({@link ArticleStages}, {@link
 * CrossArticle}), giving the same N-Quads lines:
 *
 * <ol>
 *   <li>the driver lists the folder; each file is read and cleaned on an executor; the driver
 *       decides from each article's key alone (name, text hash, slug) which are built and numbers
 *       them in folder order ({@link Admission}), as the local reader does;
 *   <li>language analysis and names per partition ({@code mapPartitions}, one set of OpenNLP tools
 *       and models per partition), kept (memory and disk);
 *   <li>the cross-article step as shuffles ({@link Resolution}): the names of every article (not
 *       their text) grouped into blocks by their keys, each block resolved on an executor by the
 *       same resolver as the local build, the refs minted across blocks; each article's mentions
 *       go back to it in a join, with the corpus's entity index (forms and labels) broadcast;
 *   <li>facts per partition; the merges of cases and statements across articles decided on the
 *       driver from each graph's summary ({@link Merge#summary}), broadcast; then the link index
 *       as a shuffle: each graph's linkable resources grouped by resource, their entries added in
 *       article order, each resource linked once on an executor, and the links joined back to the
 *       graphs that describe them;
 *   <li>links, RDF and the SHACL gate per partition; the N-Quads lines of the graphs that pass.
 * </ol>
 *
 * <p>Problems are given in the order the local build gives them: reading, then analysis, then the
 * facts that spent their article's budget, then the SHACL gate, each in article order. The rules of
 * the local reader hold: no link out of the input folder unless asked, {@code articles.tsv} read
 * as an article file, each stage of an article's work within its budget ({@link ArticleStages}).
 */
public final class SparkBuild {
  private final JavaSparkContext sc;
  private final ArticleStages stages;
  private final long maxBytes;
  private final boolean followLinks;
  private final int partitions;
  private final Consumer<String> progress;

  /**
   * A build with these stages (and their time limit per article), reading files of at most {@code
   * maxBytes} and, unless {@code followLinks}, no link out of the input folder ({@link
   * ArticleReader#followingLinks}; {@code articles.tsv} too).
   */
  public SparkBuild(JavaSparkContext sc, ArticleStages stages, long maxBytes, boolean followLinks, int partitions,
      Consumer<String> progress) {
    this.sc = sc;
    this.stages = stages;
    this.maxBytes = maxBytes;
    this.followLinks = followLinks;
    this.partitions = partitions;
    this.progress = progress;
  }

  /**
   * The outcome: the N-Quads lines of every article graph that passed (not yet sorted; see {@link
   * Shards}), how many graphs and quads, the problems, and the time of each stage over the
   * executors.
   */
  public record Built(JavaRDD<Checked> graphs, long articles, long quads, List<String> problems, StageTimes times,
      double resolveSeconds, Resolution.Sizes resolution) {
    /** The N-Quads lines of the graphs that passed. */
    public JavaRDD<String> lines() {
      return graphs.flatMap(c -> c.lines().iterator());
    }

    /** Lets go of what the build keeps on the executors. */
    public void release() {
      graphs.unpersist(false);
    }
  }

  /** One analysed article: its annotations and names, or why it failed. */
  record Analysed(org.newsgraph.nlp.AnnotatedArticle doc, EntityResolver.Found names, String problem)
      implements Serializable {}

  /** One checked article graph: its name, N-Quads lines and quads, or why the gate refused it. */
  public record Checked(String graph, List<String> lines, long quads, String problem) implements Serializable {}

  /** What the driver needs of a file read: its problems and, for each entry, name, problem and key. */
  record Entry(String name, InputProblem problem, Admission.Key key) implements Serializable {}

  record FileKeys(String fileName, List<InputProblem> problems, List<Entry> entries) implements Serializable {}

  public Built run(Path dir) throws CorpusException {
    long t0 = System.nanoTime();
    StageAccumulator times = StageAccumulator.register(sc);
    // 1. reading: files on the executors, admission on the driver
    ArticleReader folderReader = ArticleReader.withMaxBytes(maxBytes).followingLinks(followLinks);
    List<String> files = folderReader.listFiles(dir).stream().map(Path::toString).toList();
    Admission admission = folderReader.admission(dir);
    Broadcast<HashMap<String, ArticleMeta>> rows = sc.broadcast(new HashMap<>(admission.rows()));
    long maxFileBytes = maxBytes;
    boolean follow = followLinks;
    int slices = Math.max(1, Math.min(partitions, files.size()));
    JavaPairRDD<Integer, ArticleReader.FileRead> read = sc.parallelize(indexed(files), slices)
        .mapPartitionsToPair(it -> {
          ArticleReader reader = ArticleReader.withMaxBytes(maxFileBytes).followingLinks(follow);
          StageTimes local = new StageTimes();
          List<Tuple2<Integer, ArticleReader.FileRead>> out = new ArrayList<>();
          while (it.hasNext()) {
            Tuple2<Integer, String> f = it.next();
            long s = local.start();
            out.add(new Tuple2<>(f._1(), reader.readFile(Path.of(f._2()), rows.value())));
            local.since(StageTimes.Stage.READ, s);
          }
          times.add(local.toArray());
          return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Tuple2<Integer, FileKeys>> keys = new ArrayList<>(read.mapValues(SparkBuild::keys).collect());
    keys.sort(Comparator.comparing(Tuple2::_1));
    Map<Long, Integer> numbers = new HashMap<>();
    for (Tuple2<Integer, FileKeys> k : keys) {
      admission.file(k._2().fileName(), k._2().problems());
      List<Entry> entries = k._2().entries();
      for (int e = 0; e < entries.size(); e++) {
        int n = admission.admit(entries.get(e).name(), entries.get(e).problem(), entries.get(e).key());
        if (n >= 0) {
          numbers.put(((long) k._1() << 32) | e, n);
        }
      }
    }
    admission.finish();
    List<String> problems = new ArrayList<>(admission.problems().stream().map(InputProblem::toString).toList());
    Broadcast<HashMap<Long, Integer>> kept = sc.broadcast(new HashMap<>(numbers));
    Broadcast<HashMap<Integer, List<String>>> also = sc.broadcast(new HashMap<>(admission.alsoReadFrom()));
    JavaPairRDD<Integer, org.newsgraph.corpus.Article> articles = read.flatMapToPair(f -> {
      List<Tuple2<Integer, org.newsgraph.corpus.Article>> out = new ArrayList<>();
      List<ArticleReader.Candidate> cs = f._2().candidates();
      for (int e = 0; e < cs.size(); e++) {
        Integer n = kept.value().get(((long) f._1() << 32) | e);
        if (n != null) {
          List<String> others = also.value().get(n);
          out.add(new Tuple2<>(n, others == null ? cs.get(e).article() : cs.get(e).article().alsoReadFrom(others)));
        }
      }
      return out.iterator();
    });
    progress.accept(String.format("read %d files: %d articles (%.1f s)", files.size(), numbers.size(), seconds(t0)));

    // 2. language analysis and names, per partition
    ArticleStages st = stages;
    JavaPairRDD<Integer, Analysed> analysed = perPartition(articles, st, times, (tools, local, n, a) -> {
      Object r = st.analyse(tools, a, local);
      return r instanceof org.newsgraph.nlp.AnnotatedArticle doc
          ? new Analysed(doc, CrossArticle.names(n, doc), null) : new Analysed(null, null, (String) r);
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());

    // 3. the cross-article step: names resolved by blocks, as shuffles
    List<Tuple2<Integer, String>> failed = new ArrayList<>(analysed.filter(a -> a._2().problem() != null)
        .mapValues(Analysed::problem).collect());
    failed.sort(Comparator.comparing(Tuple2::_1));
    read.unpersist(false);
    failed.forEach(f -> problems.add(f._2()));
    long analysedCount = analysed.count();
    progress.accept(String.format("analysed %d articles (%.1f s)", analysedCount, seconds(t0)));
    long s = System.nanoTime();
    Resolution.Resolved resolved = Resolution.run(analysed.filter(a -> a._2().problem() == null)
        .mapValues(Analysed::names), partitions);
    Broadcast<Extractor.Entities> entities = sc.broadcast(resolved.entities());
    double resolveSeconds = (System.nanoTime() - s) / 1e9;
    progress.accept(String.format("resolved %d names of %d articles in %d blocks (largest: %d names; %d rounds"
        + " to find them) (%.1f s)", resolved.sizes().names(), analysedCount - failed.size(),
        resolved.sizes().blocks(), resolved.sizes().largestBlock(), resolved.sizes().rounds(), resolveSeconds));

    // 4. facts per partition, each article joined with its mentions (none when it named nobody)
    JavaPairRDD<Integer, Tuple2<org.newsgraph.nlp.AnnotatedArticle, ArrayList<Mention>>> docs = analysed
        .filter(a -> a._2().problem() == null)
        .mapValues(Analysed::doc)
        .leftOuterJoin(resolved.mentions(), Math.max(1, partitions))
        .mapValues(x -> new Tuple2<>(x._1(), x._2().orElse(new ArrayList<>())));
    JavaPairRDD<Integer, Object> extracted = perPartition(docs, st, times,
        (tools, local, n, a) -> st.extract(tools, a._1(), a._2(), entities.value(), local))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // an article whose facts spent its budget is reported (in article order, as the local build
    // does, after the analysis's problems) and gives no graph
    List<Tuple2<Integer, Object>> tooLong = new ArrayList<>(extracted.filter(x -> x._2() instanceof String).collect());
    tooLong.sort(Comparator.comparing(Tuple2::_1));
    tooLong.forEach(x -> problems.add((String) x._2()));
    resolved.mentions().unpersist(false);
    JavaPairRDD<Integer, ArticleGraph> graphs = extracted.filter(x -> x._2() instanceof ArticleGraph)
        .mapValues(x -> (ArticleGraph) x);

    // the merges of cases and events across articles, decided on the driver from the graphs'
    // summaries (cases, statements and quotations only), in article order
    List<Tuple2<Integer, ArticleGraph>> summaries = new ArrayList<>(graphs.mapValues(Merge::summary).collect());
    summaries.sort(Comparator.comparing(Tuple2::_1));
    List<Merge> merges = CrossArticle.merges(summaries.stream().map(Tuple2::_2).toList(), st.extractors());
    HashMap<Integer, Integer> touched = new HashMap<>(); // article number → place in the summaries, where renamed
    for (Merge m : merges) {
      for (int place : m.renames().keySet()) {
        touched.put(summaries.get(place)._1(), place);
      }
    }
    summaries.clear();
    Broadcast<ArrayList<Merge>> mergeList = sc.broadcast(new ArrayList<>(merges));
    Broadcast<HashMap<Integer, Integer>> renamed = sc.broadcast(touched);

    // 5. the link index as a shuffle, then links, RDF and the SHACL gate per partition
    JavaPairRDD<Integer, Checked> checked = perPartition(Linking.linked(graphs, partitions), st, times,
        (tools, local, n, a) -> {
          Integer place = renamed.value().get(n);
          ArticleGraph merged = place == null ? a._1() : Merge.applyAll(mergeList.value(), place, a._1());
          ArticleStages.Checked c = st.check(tools, LinkStage.Links.of(a._2()), merged, local);
          org.apache.jena.graph.Node name = tools.graphName(c.article().article());
          return c.problem() != null ? new Checked(name.getURI(), List.of(), 0, c.problem())
              : new Checked(name.getURI(), org.newsgraph.rdf.GraphFiles.nquads(name, c.graph()), c.graph().size(), null);
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Tuple2<Integer, Checked>> summary = new ArrayList<>(checked.mapValues(c -> new Checked(c.graph(), List.of(),
        c.quads(), c.problem())).collect());
    summary.sort(Comparator.comparing(Tuple2::_1));
    long built = 0;
    long quads = 0;
    for (Tuple2<Integer, Checked> c : summary) {
      if (c._2().problem() != null) {
        problems.add(c._2().problem());
      } else {
        built++;
        quads += c._2().quads();
      }
    }
    analysed.unpersist(false);
    extracted.unpersist(false);
    progress.accept(String.format("checked %d article graphs (%.1f s)", summary.size(), seconds(t0)));
    StageTimes total = new StageTimes();
    total.add(times.value());
    return new Built(checked.values().filter(c -> c.problem() == null), built, quads, problems, total, resolveSeconds,
        resolved.sizes());
  }

  /** One per-article stage: its result for article {@code n}, with its partition's tools and times. */
  @FunctionalInterface
  interface Step<I, O> extends Serializable {
    O apply(ArticleStages.Tools tools, StageTimes times, int n, I item);
  }

  /**
   * Runs a stage over each partition as it is read, with one set of tools (OpenNLP, name finder,
   * fact extractors, gate) per partition; the partition's stage times go to {@code times} once
   * its last article is done.
   */
  static <I, O> JavaPairRDD<Integer, O> perPartition(JavaPairRDD<Integer, I> rdd, ArticleStages st,
      StageAccumulator times, Step<I, O> step) {
    return rdd.mapPartitionsToPair(it -> {
      ArticleStages.Tools tools = st.tools();
      StageTimes local = new StageTimes();
      return new java.util.Iterator<Tuple2<Integer, O>>() {
        private boolean added;

        @Override
        public boolean hasNext() {
          boolean more = it.hasNext();
          if (!more && !added) {
            added = true;
            times.add(local.toArray());
          }
          return more;
        }

        @Override
        public Tuple2<Integer, O> next() {
          Tuple2<Integer, I> x = it.next();
          return new Tuple2<>(x._1(), step.apply(tools, local, x._1(), x._2()));
        }
      };
    });
  }

  private static FileKeys keys(ArticleReader.FileRead f) {
    List<Entry> entries = new ArrayList<>();
    for (ArticleReader.Candidate c : f.candidates()) {
      entries.add(new Entry(c.name(), c.problem(), c.article() == null ? null : Admission.Key.of(c.article())));
    }
    return new FileKeys(f.fileName(), f.problems(), entries);
  }

  private static List<Tuple2<Integer, String>> indexed(List<String> files) {
    List<Tuple2<Integer, String>> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      out.add(new Tuple2<>(i, files.get(i)));
    }
    return out;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

}
