package org.newsgraph.extract.facts.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.Sexes;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The entity a word of an event's sentence stands for: a name, or a pronoun or description the
 * {@link Coreference} resolves; a relative pronoun stands for the noun its clause describes
 * ("Ruiz, a Republican who sued": Ruiz); a common noun for the entity in apposition to it
 * ("the bill's sponsor, Sen. Vasquez"), or, failing that, the one it is "of" ("leaders of the
 * state Senate": the Senate).
 */
final class Roles {
  private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");
  private static final Set<String> PERSONAL = Set.of("he", "she");
  private static final Set<String> NAMING = Set.of("name", "call", "identify");
  /** How far back a subject pronoun the sieve left open looks for the person it stands for. */
  private static final int PRONOUN_REACH = 8;

  private final ArticleContext article;
  private final Coreference coref;

  Roles(ArticleContext article) {
    this.article = article;
    this.coref = Coreference.in(article);
  }

  Optional<Ref> at(Sentence s, Tree tree, int w) {
    return at(s, tree, w, 0);
  }

  private Optional<Ref> at(Sentence s, Tree tree, int w, int depth) {
    List<Token> t = s.tokens();
    Optional<Ref> r = indefinite(tree, t, w) ? article.mentionAt(s.index(), w).map(Mention::entity) : coref.at(s.index(), w);
    if (r.isPresent() || depth > 2) {
      return r;
    }
    for (int c : tree.children(w)) {
      if (tree.isLike(c, "flat") && article.mentionAt(s.index(), c).isPresent()) {
        return article.mentionAt(s.index(), c).map(Mention::entity); // "Police Chief Ann Lo": the title heads the name
      }
    }
    String word = t.get(w).text().toLowerCase(Locale.ROOT);
    int head = tree.head(w);
    if (RELATIVES.contains(word) && head >= 0 && tree.isLike(head, "acl") && tree.head(head) >= 0) {
      return at(s, tree, tree.head(head), depth + 1); // "a Republican who sued": the Republican
    }
    if (PERSONAL.contains(word)) {
      return antecedent(s, word); // the sieve looks a few sentences back; a list may stand between
    }
    if (!"NOUN".equals(t.get(w).pos()) && !"PROPN".equals(t.get(w).pos())) {
      return Optional.empty();
    }
    for (int c : tree.childrenLike(w, "acl")) {
      if (NAMING.contains(t.get(c).lemma().toLowerCase(Locale.ROOT))) {
        for (int n : tree.children(c)) {
          Optional<Ref> named = article.mentionAt(s.index(), n).map(Mention::entity);
          if (named.isPresent()) {
            return named; // "a former staffer named X"
          }
        }
      }
    }
    for (int c : tree.children(w, "appos")) {
      Optional<Ref> a = coref.at(s.index(), c);
      if (a.isPresent()) {
        return a;
      }
    }
    if (tree.isLike(w, "appos") && head >= 0) {
      Optional<Ref> a = coref.at(s.index(), head); // "Ruiz, a Republican"
      if (a.isPresent()) {
        return a;
      }
    }
    for (int c : tree.childrenLike(w, "nmod")) {
      if (tree.children(c, "case").stream().anyMatch(k -> t.get(k).lemma().equalsIgnoreCase("of"))) {
        return coref.at(s.index(), c);
      }
    }
    return Optional.empty();
  }

  /**
   * The person a subject pronoun the sieve did not resolve stands for: the first person named in
   * the nearest sentence before that names one (the subject of the narration), of a compatible sex.
   */
  private Optional<Ref> antecedent(Sentence s, String pronoun) {
    Sexes.Sex sex = pronoun.equals("she") ? Sexes.Sex.FEMALE : Sexes.Sex.MALE;
    for (int i = s.index() - 1; i >= 0 && i >= s.index() - PRONOUN_REACH; i--) {
      for (Mention m : article.mentionsIn(i)) {
        if (m.type() == EntityType.PERSON) {
          Sexes.Sex known = coref.sex(m.entity());
          return known == sex || known == Sexes.Sex.UNKNOWN ? Optional.of(m.entity()) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** "a soldier": a new person, never one told before. */
  private static boolean indefinite(Tree tree, List<Token> t, int w) {
    for (int c : tree.children(w, "det")) {
      String d = t.get(c).text().toLowerCase(Locale.ROOT);
      if (d.equals("a") || d.equals("an")) {
        return true;
      }
    }
    return false;
  }

  /** The token span of the name at word {@code w}, for evidence ({@code [w, w+1)} for a pronoun). */
  int[] span(Sentence s, int w) {
    for (Mention m : article.mentionsIn(s.index())) {
      if (m.startToken() <= w && w < m.endToken()) {
        return new int[] {m.startToken(), m.endToken()};
      }
    }
    return new int[] {w, w + 1};
  }
}
