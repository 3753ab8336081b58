package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.corpus.Article;
import org.newsgraph.nlp.Budget;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;

/** What a {@link FactExtractor} sees of one article: its sentences and resolved name mentions. */
public final class ArticleContext {
  private final Article article;
  private final List<Sentence> sentences;
  private final List<Mention> mentions;
  private final List<List<Mention>> bySentence;

  private final EntityIndex index;
  /** What later stages compute once per article and share (the coreference of the article). */
  private final java.util.Map<Class<?>, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

  /** Finds entities of the whole corpus by a surface form (for names the finder missed here). */
  public interface EntityIndex {
    Optional<Ref> find(String surface, EntityType type);

    /** The canonical label of an entity of the corpus. */
    Optional<String> label(Ref ref);
  }

  private static final EntityIndex NONE = new EntityIndex() {
    @Override
    public Optional<Ref> find(String surface, EntityType type) {
      return Optional.empty();
    }

    @Override
    public Optional<String> label(Ref ref) {
      return Optional.empty();
    }
  };

  public ArticleContext(Article article, List<Sentence> sentences, List<Mention> mentions) {
    this(article, sentences, mentions, NONE);
  }

  public ArticleContext(Article article, List<Sentence> sentences, List<Mention> mentions, EntityIndex index) {
    this.index = index;
    this.article = article;
    this.sentences = List.copyOf(sentences);
    this.mentions = List.copyOf(mentions);
    this.bySentence = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention m : this.mentions) {
      bySentence.get(m.sentence()).add(m);
    }
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public List<Sentence> sentences() {
    Budget.check(); // called in the extractors' loops: where an article's budget is checked
    return sentences;
  }

  /** All resolved mentions, in text order. */
  public List<Mention> mentions() {
    Budget.check();
    return mentions;
  }

  /** Mentions in one sentence, in token order. */
  public List<Mention> mentionsIn(int sentence) {
    Budget.check();
    return bySentence.get(sentence);
  }

  /** The mention covering a token, if any. */
  public Optional<Mention> mentionAt(int sentence, int token) {
    for (Mention m : bySentence.get(sentence)) {
      if (m.startToken() <= token && token < m.endToken()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The last mention of the given type that ends before a character offset. */
  public Optional<Mention> lastBefore(int offset, EntityType type) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= offset && m.type() == type) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * An entity of the corpus known by this surface form (accent- and case-insensitive), whether or
   * not it is mentioned in this article.
   */
  public Optional<Ref> entityNamed(String surface, EntityType type) {
    return index.find(surface, type);
  }

  /** The canonical label of an entity (its mention text when the index does not know it). */
  public String labelOf(Mention m) {
    return index.label(m.entity()).orElse(m.text());
  }

  /** The canonical label of an entity of the corpus. */
  public Optional<String> labelOf(Ref ref) {
    return index.label(ref);
  }

  /**
   * A value computed once for this article and kept with it, e.g. its coreference: the first call
   * computes it, later ones return the same.
   */
  public <T> T memo(Class<T> key, java.util.function.Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return key.cast(v);
  }

  /** The article's publication date, when the metadata gives one. */
  public Optional<LocalDate> published() {
    return article.meta().publishedDate();
  }

  /** Evidence for a span of a sentence (character offsets into the article text). */
  public Evidence evidence(Sentence s, int start, int end, double confidence, String method) {
    return new Evidence(s.text(), start, end, confidence, method);
  }

  /** Evidence covering a whole sentence. */
  public Evidence evidence(Sentence s, double confidence, String method) {
    return new Evidence(s.text(), s.start(), s.end(), confidence, method);
  }
}
