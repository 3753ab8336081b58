package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.StatCounter;
import org.newsgraph.extract.Blocks;
import org.newsgraph.extract.EntityResolver;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.NameKeys;
import org.newsgraph.extract.Ref;
import scala.Tuple2;

/**
 * The cross-article entity resolution as shuffles, the steps of {@link Blocks} on the executors:
 *
 * <ol>
 *   <li>each name's blocking keys ({@link NameKeys}), on the executor that analysed its article;
 *   <li>the connected components of the keys by label propagation: each key takes the smallest
 *       label among its neighbours', round after round (a join and a reduce each), until no label
 *       changes; a component's label names its block;
 *   <li>the names grouped by block (a shuffle), each block resolved where it lands ({@link
 *       EntityResolver#resolveBlock});
 *   <li>the refs minted per kind and slug (a shuffle of the block's entities, not its names), and
 *       joined back to the mentions, which go back to their articles (a shuffle by article);
 *   <li>the corpus's lookup table (each form's first ref) reduced by form; it and the labels are
 *       what the driver gathers, to broadcast to every article's extraction.
 * </ol>
 *
 * <p>Blocks, like the components, do not depend on the partitioning, so the mentions and refs are
 * those of the local build's {@link Blocks#resolve}.
 */
public final class Resolution {
  private Resolution() {}

  /**
   * Each article's mentions (articles with none are absent), the entities of the corpus, and the
   * sizes: names, blocks, names in the largest block, rounds of the label propagation.
   */
  record Resolved(JavaPairRDD<Integer, ArrayList<Mention>> mentions, Extractor.Entities entities, Sizes sizes) {}

  /** Names resolved, blocks, names in the largest block, rounds of the label propagation. */
  public record Sizes(long names, long blocks, long largestBlock, int rounds) {}

  static Resolved run(JavaPairRDD<Integer, EntityResolver.Found> found, int partitions) {
    // 1. keys: (first key, name) and the edges from each name's first key to its others
    JavaRDD<Tuple2<Blocks.Name, List<String>>> keyed = found.mapPartitions(it -> {
      NameKeys keys = EntityResolver.standard().keys();
      List<Tuple2<Blocks.Name, List<String>>> out = new ArrayList<>();
      while (it.hasNext()) {
        EntityResolver.Found f = it.next()._2();
        List<Blocks.Name> names = f.names();
        List<Set<String>> ks = keys.of(f);
        for (int i = 0; i < names.size(); i++) {
          out.add(new Tuple2<>(names.get(i), new ArrayList<>(ks.get(i))));
        }
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<String, Blocks.Name> named = keyed.mapToPair(k -> new Tuple2<>(k._2().get(0), k._1()));
    JavaPairRDD<String, String> edges = keyed.flatMapToPair(k -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      for (String other : k._2().subList(1, k._2().size())) {
        out.add(new Tuple2<>(k._2().get(0), other));
        out.add(new Tuple2<>(other, k._2().get(0)));
      }
      return out.iterator();
    }).distinct(partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());

    // 2. connected components of the keys
    JavaPairRDD<String, String> labels = named.keys().union(edges.keys()).distinct(partitions)
        .mapToPair(k -> new Tuple2<>(k, k)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    int rounds = 0;
    long changed;
    do {
      JavaPairRDD<String, String> proposals = edges.join(labels).mapToPair(e -> e._2());
      JavaPairRDD<String, String> next = labels.union(proposals)
          .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
      changed = next.join(labels).filter(x -> !x._2()._1().equals(x._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      rounds++;
    } while (changed > 0);
    edges.unpersist(false);

    // 3. the names by block, each block resolved
    JavaPairRDD<String, ArrayList<Blocks.Name>> grouped = named.join(labels, partitions)
        .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()))
        .groupByKey(partitions)
        .mapValues(ns -> {
          ArrayList<Blocks.Name> names = new ArrayList<>();
          ns.forEach(names::add);
          return names;
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    StatCounter sizes = grouped.mapToDouble(b -> b._2().size()).stats();
    keyed.unpersist(false);
    labels.unpersist(false);
    JavaPairRDD<String, Blocks.Block> blocks = grouped.mapPartitionsToPair(it -> {
      EntityResolver resolver = EntityResolver.standard();
      List<Tuple2<String, Blocks.Block>> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<String, ArrayList<Blocks.Name>> b = it.next();
        out.add(new Tuple2<>(b._1(), resolver.resolveBlock(b._2())));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());

    // 4. refs per kind and slug, back to the mentions, the mentions back to their articles
    JavaPairRDD<Tuple2<String, Integer>, Ref> refs = blocks
        .flatMapToPair(b -> b._2().entities().stream()
            .map(l -> new Tuple2<>(l.kind() + "/" + l.slug(), new Tuple2<>(b._1(), l))).iterator())
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<Tuple2<String, Blocks.Labelled>> same = new ArrayList<>();
          g._2().forEach(same::add);
          List<Ref> minted = Blocks.mint(same.stream().map(Tuple2::_2).toList());
          List<Tuple2<Tuple2<String, Integer>, Ref>> out = new ArrayList<>();
          for (int k = 0; k < same.size(); k++) {
            out.add(new Tuple2<>(new Tuple2<>(same.get(k)._1(), same.get(k)._2().number()), minted.get(k)));
          }
          return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Integer, ArrayList<Mention>> mentions = blocks
        .flatMapToPair(b -> b._2().mentions().stream()
            .map(p -> new Tuple2<>(new Tuple2<>(b._1(), p.entity()), p)).iterator())
        .join(refs)
        .mapToPair(x -> new Tuple2<>(x._2()._1().article(), new Blocks.Placed(x._2()._1().article(),
            x._2()._1().index(), Blocks.withRef(x._2()._1().mention(), x._2()._2()), x._2()._1().entity())))
        .groupByKey(partitions)
        .mapValues(ps -> {
          List<Blocks.Placed> sorted = new ArrayList<>();
          ps.forEach(sorted::add);
          sorted.sort(Comparator.comparingInt(Blocks.Placed::index));
          return new ArrayList<>(sorted.stream().map(Blocks.Placed::mention).toList());
        });

    // 5. the corpus's entities: each form's first ref (in ref order), each ref's label
    JavaPairRDD<Ref, Blocks.Labelled> entities = blocks
        .flatMapToPair(b -> b._2().entities().stream()
            .map(l -> new Tuple2<>(new Tuple2<>(b._1(), l.number()), l)).iterator())
        .join(refs)
        .mapToPair(x -> new Tuple2<>(x._2()._2(), x._2()._1()));
    Map<String, Ref> byForm = entities
        .flatMapToPair(e -> e._2().forms().stream()
            .map(f -> new Tuple2<>(EntityResolver.formKey(e._2().type(), f), e._1())).iterator())
        .reduceByKey((a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b, partitions)
        .collectAsMap();
    Map<Ref, String> labelsByRef = entities.mapValues(Blocks.Labelled::label).collectAsMap();
    mentions = mentions.persist(StorageLevel.MEMORY_AND_DISK_SER());
    mentions.count();
    grouped.unpersist(false);
    blocks.unpersist(false);
    refs.unpersist(false);
    return new Resolved(mentions, Extractor.Entities.of(byForm, labelsByRef), new Sizes(Math.round(sizes.sum()),
        sizes.count(), Math.round(sizes.count() == 0 ? 0 : sizes.max()), rounds));
  }
}
