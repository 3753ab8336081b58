package org.newsgraph.extract.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.Article;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The person or organisation a word of a sentence stands for, as a speaker: a name (a lone surname
 * of someone the article names in full, too); a pronoun ({@link PronounSpeakers}); a relative
 * pronoun (the noun its clause modifies); a noun with a name in apposition ("his spokeswoman,
 * Ana Ruiz"); a document, for its author ("X's statement", "the agency's report", "a ruling by
 * X"; a court's ruling without one for the court or judge last named); a description the
 * article's {@link Coreference} resolves ("the sheriff", "the department").
 */
final class Referents {
  private static final Set<String> RELATIVES = Set.of("who", "that", "which");

  private final Cues cues;
  private final PronounSpeakers pronouns;
  /** Persons of the article by the last word of their name (ambiguous surnames left out). */
  private final Map<Article, Map<String, Ref>> surnames = new java.util.WeakHashMap<>();

  Referents(Cues cues, PronounSpeakers pronouns) {
    this.cues = cues;
    this.pronouns = pronouns;
  }

  Optional<Ref> of(ArticleContext a, Sentence s, Tree tree, int w, boolean goesOn) {
    return of(a, s, tree, w, goesOn, 0);
  }

  private Optional<Ref> of(ArticleContext a, Sentence s, Tree tree, int w, boolean goesOn, int depth) {
    if (depth > 3) {
      return Optional.empty();
    }
    List<Token> t = s.tokens();
    Token tok = t.get(w);
    String lower = tok.text().toLowerCase(Locale.ROOT);
    Optional<Mention> m = a.mentionAt(s.index(), w);
    if (m.isPresent() && m.get().type() != EntityType.PLACE) {
      return Optional.of(m.get().entity());
    }
    Optional<Ref> named = nameBelow(a, s, tree, w);
    if (named.isPresent()) {
      return named; // "Council President Ana Ruiz": the parse may head the name with its title
    }
    if (m.isPresent() || tok.pos().equals("PROPN")) {
      // "Ruiz said", even where the gazetteer took Ruiz for a place; "Ana van der Berg said" where
      // the name finder missed the name: its last word
      int[] span = tree.span(w);
      for (int k = Math.min(span[1], w + 5) - 1; k >= w; k--) {
        Optional<Ref> r = surname(a, t.get(k));
        if (r.isPresent() && (k == w || tree.dominates(w, k) && !t.get(k - 1).text().equals(","))) {
          return r;
        }
      }
      return Optional.empty();
    }
    if (PronounSpeakers.isPronoun(lower)) {
      return pronouns.resolve(a, s, w, goesOn);
    }
    if (RELATIVES.contains(lower) && tok.pos().equals("PRON")) {
      int clause = tree.head(w);
      if (clause >= 0 && tree.isLike(clause, "acl") && tree.head(clause) >= 0) {
        Optional<Ref> r = of(a, s, tree, tree.head(clause), goesOn, depth + 1);
        if (r.isPresent()) {
          return r;
        }
      }
      return nameBefore(a, s, w);
    }
    if (!tok.pos().equals("NOUN")) {
      return Optional.empty();
    }
    if (cues.document(tok)) {
      Optional<Ref> author = author(a, s, tree, w, depth);
      if (author.isPresent()) {
        return author;
      }
    }
    Optional<Ref> described = Coreference.in(a).resolved(s.index(), w);
    if (described.isPresent()) {
      return described;
    }
    if (tree.rel(w).equals("appos") && tree.head(w) >= 0) {
      Optional<Mention> n = a.mentionAt(s.index(), tree.head(w));
      if (n.isPresent() && n.get().type() != EntityType.PLACE) {
        return Optional.of(n.get().entity()); // "Ana Ruiz, the group's director, said"
      }
    }
    if (w + 2 < t.size() && t.get(w + 1).text().equals(",")) {
      Optional<Mention> n = a.mentionAt(s.index(), w + 2);
      if (n.isPresent() && n.get().type() == EntityType.PERSON) {
        return Optional.of(n.get().entity()); // "X's lawyer, Ana Ruiz, said" parsed without apposition
      }
    }
    int first = tree.span(w)[0];
    if (first >= 2 && t.get(first - 1).text().equals(",")) {
      Optional<Mention> n = a.mentionAt(s.index(), first - 2);
      if (n.isPresent() && n.get().type() == EntityType.PERSON) {
        return Optional.of(n.get().entity()); // "Ana Ruiz, then the county's sheriff, who ..."
      }
    }
    return Optional.empty();
  }

  /**
   * A person or organisation named in apposition to a word or as part of its name ("his
   * spokeswoman, Ana Ruiz", "Council President Ana Ruiz"), else an organisation compounded with it
   * ("the agency spokesman": the agency).
   */
  private static Optional<Ref> nameBelow(ArticleContext a, Sentence s, Tree tree, int w) {
    for (int c : tree.children(w)) {
      String rel = tree.rel(c);
      if (rel.equals("appos") || rel.equals("flat") || rel.equals("nmod:desc")) {
        Optional<Mention> n = a.mentionAt(s.index(), c);
        if (n.isPresent() && n.get().type() != EntityType.PLACE) {
          return Optional.of(n.get().entity());
        }
      }
    }
    for (int c : tree.children(w, "compound")) {
      Optional<Mention> n = a.mentionAt(s.index(), c);
      if (n.isPresent() && n.get().type() == EntityType.ORGANIZATION) {
        return Optional.of(n.get().entity()); // "the agency's press office": not "the Ruiz campaign"
      }
    }
    return Optional.empty();
  }

  /** The person or organisation named last before a word of its sentence (within eight words). */
  private static Optional<Ref> nameBefore(ArticleContext a, Sentence s, int w) {
    for (int k = w - 1; k >= Math.max(0, w - 8); k--) {
      Optional<Mention> m = a.mentionAt(s.index(), k);
      if (m.isPresent() && m.get().type() != EntityType.PLACE) {
        return Optional.of(m.get().entity());
      }
    }
    return Optional.empty();
  }

  /**
   * Who wrote a document: its possessor ("X's statement", "her letter"), a name compounded with it
   * ("the agency report"), "by X" or "from X"; a court's ruling without one, the court or judge
   * named last before.
   */
  private Optional<Ref> author(ArticleContext a, Sentence s, Tree tree, int doc, int depth) {
    for (int c : tree.children(doc)) {
      String rel = tree.rel(c);
      boolean by = Tree.like(rel, "nmod") && hasCase(tree, s, c, "by", "from");
      if (rel.equals("nmod:poss") || rel.equals("compound") || by) {
        Optional<Ref> r = of(a, s, tree, c, false, depth + 1);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    if (cues.court(s.tokens().get(doc))) {
      return lastBench(a, s.tokens().get(doc).start());
    }
    return Optional.empty();
  }

  private static boolean hasCase(Tree tree, Sentence s, int w, String... words) {
    for (int c : tree.children(w, "case")) {
      String x = s.tokens().get(c).text().toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (x.equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The court (an organisation with a bench word in its name) or judge named last before an offset. */
  private Optional<Ref> lastBench(ArticleContext a, int offset) {
    Ref found = null;
    for (Mention m : a.mentions()) {
      if (m.start() >= offset) {
        break;
      }
      if (m.type() == EntityType.ORGANIZATION) {
        for (String w : a.labelOf(m).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (cues.bench(w)) {
            found = m.entity();
          }
        }
      } else if (m.type() == EntityType.PERSON && m.startToken() > 0) {
        Token before = a.sentences().get(m.sentence()).tokens().get(m.startToken() - 1);
        if (cues.bench(before.text().toLowerCase(Locale.ROOT))) {
          found = m.entity(); // "Judge Ana Ruiz", "Chief Justice Ana Ruiz"
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The person of the article whose name ends with this capitalised word, if only one does: "Ruiz
   * said" where the name finder missed this Ruiz but found another ("Ana Ruiz", "Ruiz").
   */
  Optional<Ref> surname(ArticleContext a, Token tok) {
    String w = tok.text();
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || a.text().startsWith("'s", tok.end())
        || a.text().startsWith("\u2019s", tok.end())) {
      return Optional.empty();
    }
    Map<String, Ref> map = surnames.computeIfAbsent(a.article(), x -> {
      Map<String, Ref> out = new HashMap<>();
      Set<String> ambiguous = new HashSet<>();
      for (Mention m : a.mentions()) {
        String[] parts = m.text().trim().split("\\s+");
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        String key = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        Ref old = out.putIfAbsent(key, m.entity());
        if (old != null && !old.equals(m.entity())) {
          ambiguous.add(key);
        }
      }
      ambiguous.forEach(out::remove);
      return out;
    });
    return Optional.ofNullable(map.get(w.toLowerCase(Locale.ROOT)));
  }
}
