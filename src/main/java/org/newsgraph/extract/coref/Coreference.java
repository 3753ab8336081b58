package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Who "she", "the sheriff" and "the department" are: a deterministic resolver of people and
 * organisations within one article, in passes from the most to the least precise (after the sieve
 * of Lee et al. 2013):
 *
 * <ol>
 *   <li>names: the resolved name mentions themselves (exact and alias names were joined across the
 *       corpus by the entity resolver);
 *   <li>definite descriptions: "the sheriff", "the DA" is the person the article gives that title
 *       (the last one named before it); "the department", "the union" the last organisation whose
 *       name ends with that word ({@link Nominals});
 *   <li>pronouns: he/him/his, she/her, for a person of that sex or of unknown sex ({@link Sexes});
 *       it/its and they/their for an organisation; the nearest compatible antecedent, the subject of
 *       a clause that governs the pronoun first, then the subjects of the sentences before it, then
 *       the other mentions from the nearest; never the subject of the pronoun's own clause for an
 *       object pronoun ("Roe praised him").
 * </ol>
 *
 * Immutable once built; one per article.
 */
public final class Coreference {
  /** How far back (in sentences) a pronoun looks for its antecedent. */
  static final int WINDOW = 3;
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> THING = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");

  private final ArticleContext article;
  private final Sexes sexes;
  private final Map<Long, Ref> links = new HashMap<>();

  private Coreference(ArticleContext a, Sexes sexes) {
    this.article = a;
    this.sexes = sexes;
  }

  /** The coreference of an article, computed once (with the titles the office rules read). */
  public static Coreference in(ArticleContext a) {
    return a.memo(Coreference.class, () -> of(a, new Nominals(org.newsgraph.nlp.Lexicons.get(),
        new org.newsgraph.extract.office.Offices(org.newsgraph.nlp.Lexicons.get(), "offices").holders(a))));
  }

  /** Resolves every pronoun and definite description of the article. */
  public static Coreference of(ArticleContext a, Nominals nominals) {
    Coreference c = new Coreference(a, Sexes.of(a));
    for (Sentence s : a.sentences()) {
      Tree tree = new Tree(s);
      List<Token> t = s.tokens();
      boolean[] quoted = QuotedSpeaker.quoted(s);
      Ref speaker = QuotedSpeaker.of(a, s, tree, quoted);
      for (int i = 0; i < t.size(); i++) {
        if (a.mentionAt(s.index(), i).isPresent()) {
          continue;
        }
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        Optional<Ref> r = Optional.empty();
        if (MALE.contains(w) || FEMALE.contains(w)) {
          r = c.person(s, tree, i, MALE.contains(w) ? Sexes.Sex.MALE : Sexes.Sex.FEMALE, w.endsWith("self")
              || tree.rel(i).equals("nmod:poss"), quoted[i] ? speaker : null);
        } else if (THING.contains(w) || PLURAL.contains(w)) {
          r = c.organisation(s, i);
        } else {
          r = nominals.resolve(a, s, i);
        }
        if (r.isPresent()) {
          c.links.put(key(s.index(), i), r.get());
        }
      }
    }
    return c;
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  /**
   * The entity at a token: the name mention covering it, else the person or organisation the
   * pronoun or description there refers to.
   */
  public Optional<Ref> at(int sentence, int token) {
    Optional<Mention> m = article.mentionAt(sentence, token);
    if (m.isPresent()) {
      return Optional.of(m.get().entity());
    }
    return Optional.ofNullable(links.get(key(sentence, token)));
  }

  /** Only what a pronoun or description refers to (not name mentions). */
  public Optional<Ref> resolved(int sentence, int token) {
    return Optional.ofNullable(links.get(key(sentence, token)));
  }

  /** How many pronouns and descriptions were resolved. */
  public int size() {
    return links.size();
  }

  /** The sex the article tells of a person. */
  public Sexes.Sex sex(Ref person) {
    return sexes.of(person);
  }

  /**
   * @param reflexive a reflexive or possessive pronoun ("herself", "her office"), which may
   *     refer to the subject of its own clause (and a reflexive must)
   */
  private Optional<Ref> person(Sentence s, Tree tree, int pronoun, Sexes.Sex sex, boolean reflexive, Ref speaker) {
    int clause = clauseOf(tree, pronoun);
    List<Mention> same = new ArrayList<>();
    for (Mention m : article.mentionsIn(s.index())) {
      if (m.type() == EntityType.PERSON && m.endToken() <= pronoun && sexes.fits(m.entity(), sex)
          && !m.entity().equals(speaker)) {
        same.add(m);
      }
    }
    // reflexives take the subject of their own clause
    if (reflexive) {
      for (Mention m : same) {
        if (subjectOf(tree, m) == clause) {
          return Optional.of(m.entity());
        }
      }
    }
    // the subject of a clause above the pronoun's ("Roe said she ...", "Roe, who said her ...")
    for (int k = same.size() - 1; k >= 0; k--) {
      Mention m = same.get(k);
      int v = subjectOf(tree, m);
      if (v >= 0 && v != clause && tree.dominates(v, pronoun)) {
        return Optional.of(m.entity());
      }
    }
    // the nearest mention before it in the sentence that is not the subject of its own clause
    for (int k = same.size() - 1; k >= 0; k--) {
      Mention m = same.get(k);
      if (reflexive || subjectOf(tree, m) != clause || clause < 0) {
        return Optional.of(m.entity());
      }
    }
    // the sentences before: subjects first, then the others from the left
    for (int back = 1; back <= WINDOW && s.index() - back >= 0; back++) {
      Sentence p = article.sentences().get(s.index() - back);
      Tree pt = new Tree(p);
      Mention subject = null;
      Mention first = null;
      for (Mention m : article.mentionsIn(p.index())) {
        if (m.type() != EntityType.PERSON || !sexes.fits(m.entity(), sex) || m.entity().equals(speaker)) {
          continue; // a speaker says "I": "he" in his own words is someone else
        }
        if (first == null) {
          first = m;
        }
        if (subject == null && subjectOf(pt, m) >= 0) {
          subject = m;
        }
      }
      Ref carried = subjectPronoun(p, pt, sex, subject == null ? Integer.MAX_VALUE : subject.startToken(), speaker);
      if (carried != null) {
        return Optional.of(carried); // "She has faced ... Vera Holt. She said ...": the subject goes on
      }
      if (subject != null || first != null) {
        return Optional.of((subject != null ? subject : first).entity());
      }
    }
    return Optional.empty();
  }

  /**
   * What a he/she of that sex that is the subject of a clause of a sentence before stands for, when
   * it comes before {@code before} (the first named subject) and outside quotation marks: a
   * pronoun that carries the subject on from sentence to sentence; null when none does.
   */
  private Ref subjectPronoun(Sentence p, Tree pt, Sexes.Sex sex, int before, Ref speaker) {
    boolean[] quoted = QuotedSpeaker.quoted(p);
    Set<String> words = sex == Sexes.Sex.MALE ? MALE : FEMALE;
    for (int i = 0; i < Math.min(before, p.tokens().size()); i++) {
      Ref r = links.get(key(p.index(), i));
      if (r != null && !quoted[i] && pt.isLike(i, "nsubj")
          && words.contains(p.tokens().get(i).text().toLowerCase(Locale.ROOT)) && !r.equals(speaker)) {
        return r;
      }
    }
    return null;
  }

  /** "it", "its", "they": the last organisation named in this sentence or the two before. */
  private Optional<Ref> organisation(Sentence s, int pronoun) {
    for (int back = 0; back <= 2 && s.index() - back >= 0; back++) {
      List<Mention> ms = article.mentionsIn(s.index() - back);
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.type() == EntityType.ORGANIZATION && (back > 0 || m.endToken() <= pronoun)) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }

  /** The predicate a mention is the subject of, or -1. */
  static int subjectOf(Tree tree, Mention m) {
    for (int i = m.startToken(); i < m.endToken(); i++) {
      int h = tree.head(i);
      if ((h < m.startToken() || h >= m.endToken()) && (tree.isLike(i, "nsubj") || tree.isLike(i, "csubj"))) {
        return h;
      }
    }
    return -1;
  }

  /** The predicate of the clause a word belongs to (the first clause head above it), or -1. */
  static int clauseOf(Tree tree, int i) {
    int w = tree.head(i);
    int steps = 0;
    while (w >= 0 && steps++ < tree.size()) {
      if (tree.head(w) < 0 || isClause(tree.rel(w))) {
        return w;
      }
      w = tree.head(w);
    }
    return -1;
  }

  private static boolean isClause(String rel) {
    return Tree.like(rel, "ccomp") || Tree.like(rel, "xcomp") || Tree.like(rel, "advcl") || Tree.like(rel, "acl")
        || Tree.like(rel, "parataxis") || rel.equals("root") || Tree.like(rel, "conj") || Tree.like(rel, "csubj");
  }
}
