package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.corpus.Article;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Sentence;

/**
 * Resolves names to entities across all articles, then runs every {@link FactExtractor} on each
 * article. Each entity mentioned in an article is described in that article's graph and gets
 * {@code ng:mentionedIn} with the sentence of its first mention as evidence.
 */
public final class Extractor {
  private final EntityResolver resolver;
  private final List<FactExtractor> extractors;

  public Extractor(EntityResolver resolver, List<FactExtractor> extractors) {
    this.resolver = resolver;
    this.extractors = List.copyOf(extractors);
  }

  public List<FactExtractor> extractors() {
    return extractors;
  }

  public List<ArticleGraph> extract(List<AnnotatedArticle> docs) {
    Resolved r = resolve(docs);
    List<ArticleGraph> out = new ArrayList<>();
    for (int a = 0; a < docs.size(); a++) {
      out.add(extract(r, a, docs.get(a), extractors));
    }
    List<Merge> merges = Merge.decide(out, extractors);
    for (int a = 0; a < out.size(); a++) {
      out.set(a, Merge.applyAll(merges, a, out.get(a)));
    }
    return out;
  }

  /** The entities of all articles, resolved across them: what the per-article extraction reads. */
  public static final class Resolved {
    private final EntityResolver.Result result;
    private final Entities entities;

    private Resolved(EntityResolver.Result result) {
      this.result = result;
      this.entities = Entities.of(result);
    }

    /** The resolved mentions of article {@code a} (its index in the corpus). */
    public List<Mention> mentions(int a) {
      return result.mentions().get(a);
    }

    /** The entities of the whole corpus, as each article's extraction looks them up. */
    public Entities entities() {
      return entities;
    }

    /**
     * Lets go of the mentions of article {@code a} once its graph is extracted (the cross-article
     * index stays); extracting it again afterwards would find no mentions. Safe while other
     * threads extract other articles.
     */
    public void release(int a) {
      result.mentions().set(a, List.of());
    }
  }

  /**
   * The entities of the corpus as one article's extraction reads them: found by a surface form
   * (for names the finder missed there) and their labels. What an article needs of the other
   * articles besides its own mentions; serialisable, so that it can be sent to where the article
   * is extracted.
   */
  public static final class Entities implements ArticleContext.EntityIndex, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final java.util.HashMap<String, Ref> byForm;
    private final java.util.HashMap<Ref, String> labels;

    private Entities(java.util.Map<String, Ref> byForm, java.util.Map<Ref, String> labels) {
      this.byForm = new java.util.HashMap<>(byForm);
      this.labels = new java.util.HashMap<>(labels);
    }

    static Entities of(EntityResolver.Result r) {
      java.util.Map<Ref, String> labels = new java.util.HashMap<>();
      r.entities().forEach((ref, e) -> labels.put(ref, e.label()));
      return new Entities(EntityResolver.lookupIndex(r), labels);
    }

    /**
     * From the lookup table ({@link EntityResolver#formKey} to the first ref, in ref order, with
     * that form) and the label of every ref, as a build that resolves by blocks gathers them.
     */
    public static Entities of(java.util.Map<String, Ref> byForm, java.util.Map<Ref, String> labels) {
      return new Entities(byForm, labels);
    }

    @Override
    public java.util.Optional<Ref> find(String surface, org.newsgraph.nlp.EntityType type) {
      return EntityResolver.lookup(byForm, surface, type);
    }

    @Override
    public java.util.Optional<String> label(Ref ref) {
      return java.util.Optional.ofNullable(labels.get(ref));
    }
  }

  /** Resolves the names of all articles to entities (one pass over the corpus). */
  public Resolved resolve(List<AnnotatedArticle> docs) {
    return new Resolved(resolver.resolve(docs));
  }

  /** As {@link #resolve}, from the names of each article (in the order of their indexes). */
  public Resolved resolveFound(List<EntityResolver.Found> found) {
    return new Resolved(resolver.resolveFound(found));
  }

  /**
   * The graph of article {@code a} (its index in the list given to {@link #resolve}), with the
   * given fact extractors; safe to call from several threads when each has its own extractors.
   */
  public static ArticleGraph extract(Resolved r, int a, AnnotatedArticle doc, List<FactExtractor> extractors) {
    return extract(doc, r.mentions(a), r.entities(), extractors);
  }

  /**
   * The graph of one article from its resolved mentions and the entities of the corpus, with the
   * given fact extractors; safe to call from several threads when each has its own extractors.
   */
  public static ArticleGraph extract(AnnotatedArticle doc, List<Mention> mentions, Entities entities,
      List<FactExtractor> extractors) {
    Article article = doc.article();
    Ref articleRef = new Ref("article", article.slug());
    GraphBuilder g = new GraphBuilder();
    // each entity's surface forms here, in one pass (asking for each entity's read all mentions)
    java.util.Map<Ref, java.util.TreeSet<String>> forms = new java.util.HashMap<>();
    for (Mention m : mentions) {
      forms.computeIfAbsent(m.entity(), k -> new java.util.TreeSet<>()).add(m.text());
    }
    Set<Ref> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (seen.add(m.entity())) {
        String label = entities.labels.get(m.entity());
        g.node(m.entity(), Facilities.types(typeName(m), label), label, forms.get(m.entity()));
        Sentence s = doc.sentences().get(m.sentence());
        g.fact(m.entity(), "mentionedIn", articleRef,
            new Evidence(s.text(), m.start(), m.end(), Double.NaN, "name-finder"));
      }
    }
    ArticleContext ctx = new ArticleContext(article, doc.sentences(), mentions, entities);
    for (FactExtractor fe : extractors) {
      fe.extract(ctx, g);
    }
    return g.build(article);
  }

  static String typeName(Mention m) {
    switch (m.type()) {
      case PERSON:
        return "Person";
      case ORGANIZATION:
        return "Organization";
      default:
        return "Place";
    }
  }
}
