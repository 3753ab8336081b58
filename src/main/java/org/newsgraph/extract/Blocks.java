package org.newsgraph.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.nlp.EntityType;

/**
 * The cross-article resolution by blocks, the same whether one machine runs it or many:
 *
 * <ol>
 *   <li>each name gets its blocking keys ({@link NameKeys}); names whose keys meet are one block
 *       (the connected components of the keys);
 *   <li>each block is resolved apart ({@link EntityResolver#resolveBlock}): its entities labelled,
 *       its mentions found;
 *   <li>the refs are minted across the blocks ({@link #mint}): per kind and slug, in the order of
 *       each entity's first mention in the corpus;
 *   <li>each article gets its mentions back, in the order of its names.
 * </ol>
 *
 * <p>{@link #resolve} runs the steps here, one after the other (a union-find for step 1); the
 * Spark engine runs them as shuffles. Only the connected components decide which names meet, and
 * nothing else depends on the order of the blocks, so both give the same entities and refs.
 */
public final class Blocks {
  private Blocks() {}

  /** A name on its way to its block: its article's number, its place among that article's names. */
  public static final class Name implements Serializable {
    private final int article;
    private final int index;
    final RawName raw;

    Name(int article, int index, RawName raw) {
      this.article = article;
      this.index = index;
      this.raw = raw;
    }

    public int article() {
      return article;
    }

    public int index() {
      return index;
    }
  }

  /**
   * An entity of a block: its number there, the kind and slug its ref is minted from, label and
   * type, where it was first mentioned ({@link #position}) and every surface form it was given.
   */
  public record Labelled(int number, String kind, String slug, String label, EntityType type, long first,
      List<String> forms) implements Serializable {}

  /** A mention of a block's entity {@code entity}, in its article's names at {@code index}; its ref not yet set. */
  public record Placed(int article, int index, Mention mention, int entity) implements Serializable {}

  /** What one block resolved to. */
  public record Block(List<Labelled> entities, List<Placed> mentions) implements Serializable {}

  /** A name's place in the corpus, comparable across articles: article, then place in the article. */
  public static long position(int article, int index) {
    return ((long) article << 32) | index;
  }

  /** The names in corpus order (the order a block is resolved in). */
  static List<Name> inCorpusOrder(List<Name> names) {
    List<Name> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingLong(n -> position(n.article(), n.index())));
    return sorted;
  }

  /**
   * The refs of entities that share a kind and a slug: in the order of their first mention, the
   * first gets the slug, the next the slug and "-2", then "-3".
   */
  public static List<Ref> mint(List<Labelled> sameSlug) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < sameSlug.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparing(sameSlug::get, Comparator.comparingLong(Labelled::first)
        .thenComparing(Labelled::label)));
    Ref[] out = new Ref[sameSlug.size()];
    for (int k = 0; k < order.size(); k++) {
      Labelled l = sameSlug.get(order.get(k));
      out[order.get(k)] = new Ref(l.kind(), k == 0 ? l.slug() : l.slug() + "-" + (k + 1));
    }
    return List.of(out);
  }

  /** The whole resolution on this machine: blocks by union-find, each resolved, refs minted. */
  static EntityResolver.Result resolve(EntityResolver resolver, List<EntityResolver.Found> found) {
    NameKeys keys = resolver.keys();
    return resolve(resolver, found, blocks(found, f -> keys.of(f.raws)));
  }

  /** The names of the articles grouped into blocks: names whose keys meet, directly or not, are one. */
  static List<List<Name>> blocks(List<EntityResolver.Found> found,
      java.util.function.Function<EntityResolver.Found, List<Set<String>>> keysOf) {
    UnionFind components = new UnionFind();
    List<Name> names = new ArrayList<>();
    List<String> firstKeys = new ArrayList<>();
    for (EntityResolver.Found f : found) {
      names.addAll(f.names());
      for (Set<String> ks : keysOf.apply(f)) {
        String one = ks.iterator().next();
        ks.forEach(x -> components.union(one, x));
        firstKeys.add(one);
      }
    }
    Map<String, List<Name>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      blocks.computeIfAbsent(components.find(firstKeys.get(i)), x -> new ArrayList<>()).add(names.get(i));
    }
    return new ArrayList<>(blocks.values());
  }

  /** Each block resolved, the refs minted across them, each article given its mentions. */
  static EntityResolver.Result resolve(EntityResolver resolver, List<EntityResolver.Found> found,
      List<List<Name>> blocks) {
    Map<Integer, Integer> slot = new HashMap<>();
    found.forEach(f -> slot.put(f.article(), slot.size()));
    List<Block> resolved = new ArrayList<>();
    Map<String, List<Labelled>> bySlug = new TreeMap<>();
    for (List<Name> b : blocks) {
      Block block = resolver.resolveBlock(b);
      resolved.add(block);
      block.entities().forEach(l -> bySlug.computeIfAbsent(l.kind() + "/" + l.slug(), x -> new ArrayList<>()).add(l));
    }
    Map<Labelled, Ref> refs = new java.util.IdentityHashMap<>();
    for (List<Labelled> same : bySlug.values()) {
      List<Ref> minted = mint(same);
      for (int k = 0; k < same.size(); k++) {
        refs.put(same.get(k), minted.get(k));
      }
    }
    Map<Ref, Labelled> byRef = new TreeMap<>(Comparator.comparing(Ref::toString));
    List<List<Placed>> perArticle = new ArrayList<>();
    found.forEach(f -> perArticle.add(new ArrayList<>()));
    for (Block block : resolved) {
      block.entities().forEach(l -> byRef.put(refs.get(l), l));
      for (Placed p : block.mentions()) {
        Ref ref = refs.get(block.entities().get(p.entity()));
        perArticle.get(slot.get(p.article())).add(new Placed(p.article(), p.index(), withRef(p.mention(), ref), p.entity()));
      }
    }
    List<List<Mention>> mentions = new ArrayList<>();
    for (List<Placed> ps : perArticle) {
      ps.sort(Comparator.comparingInt(Placed::index));
      mentions.add(new ArrayList<>(ps.stream().map(Placed::mention).toList()));
    }
    return new EntityResolver.Result(mentions, byRef);
  }

  /** The mention with its entity's ref. */
  public static Mention withRef(Mention m, Ref ref) {
    return new Mention(m.sentence(), m.startToken(), m.endToken(), m.start(), m.end(), m.text(), m.type(), ref);
  }

  /** Connected components of string keys; each find gives the component's representative. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String root = x;
      for (String p = parent.get(root); p != null && !p.equals(root); p = parent.get(root)) {
        root = p;
      }
      // path compression
      for (String y = x; !y.equals(root); ) {
        String next = parent.get(y);
        parent.put(y, root);
        y = next;
      }
      parent.putIfAbsent(root, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(ra, rb);
      }
    }
  }
}
