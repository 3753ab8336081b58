package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Ref;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkStage;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Linkers;
import scala.Tuple2;

/**
 * The link half of the cross-article step as shuffles: each graph's {@link LinkStage.Entry} of
 * each linkable resource, grouped by resource; a group's entries added in article order (what the
 * local runner's {@link LinkStage.Index} does as the graphs come), the resource linked once, on an
 * executor, with the offline gazetteer; and each link joined back to the articles whose graphs
 * describe the resource.
 */
final class Linking {
  private Linking() {}

  /** Each graph with the links of its resources (by resource; a resource with none is absent). */
  static JavaPairRDD<Integer, Tuple2<ArticleGraph, HashMap<Ref, Link>>> linked(JavaPairRDD<Integer, ArticleGraph> graphs,
      int partitions) {
    int p = Math.max(1, partitions);
    JavaPairRDD<Ref, Tuple2<Integer, LinkStage.Entry>> entries = graphs.flatMapToPair(g -> {
      List<Tuple2<Ref, Tuple2<Integer, LinkStage.Entry>>> out = new ArrayList<>();
      LinkStage.entries(g._2()).forEach((ref, e) -> out.add(new Tuple2<>(ref, new Tuple2<>(g._1(), e))));
      return out.iterator();
    });
    // one link per resource: its entries in article order
    JavaPairRDD<Ref, Link> links = entries.groupByKey(p).mapPartitionsToPair(it -> {
      Linker linker = Linkers.offline();
      List<Tuple2<Ref, Link>> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<Ref, Iterable<Tuple2<Integer, LinkStage.Entry>>> group = it.next();
        List<Tuple2<Integer, LinkStage.Entry>> told = new ArrayList<>();
        group._2().forEach(told::add);
        told.sort((a, b) -> Integer.compare(a._1(), b._1()));
        LinkStage.Entry all = told.get(0)._2();
        for (int i = 1; i < told.size(); i++) {
          all.add(told.get(i)._2());
        }
        linker.link(all.candidate(group._1())).ifPresent(l -> out.add(new Tuple2<>(group._1(), l)));
      }
      return out.iterator();
    });
    // back to the articles that describe each linked resource
    JavaPairRDD<Integer, Iterable<Tuple2<Ref, Link>>> byArticle = entries.mapValues(Tuple2::_1).join(links, p)
        .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
        .groupByKey(p);
    return graphs.leftOuterJoin(byArticle, p).mapValues(x -> {
      HashMap<Ref, Link> found = new HashMap<>();
      if (x._2().isPresent()) {
        for (Tuple2<Ref, Link> l : x._2().get()) {
          found.put(l._1(), l._2());
        }
      }
      return new Tuple2<>(x._1(), found);
    });
  }

}
