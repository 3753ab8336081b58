package org.newsgraph.extract.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.office.TitleWords.Tense;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Titles next to the people of an article, read from the words around each name (the titles are
 * those of {@code titles.tsv}):
 *
 * <ul>
 *   <li>before the name: "[former] [Place|Organisation|U.S.|state] Title Name" ("Harborton County
 *       Prosecutor Jane Roe", where the place may end inside the title: "County Prosecutor");
 *   <li>in apposition: "Name, [the|a|Place's|the county's] [former] [Place] title [of|for|in X]",
 *       chained with "and" or "who also serves as";
 *   <li>in a relative clause or right after the name: "Name, who served as Title from 1998 to
 *       2006", "Name was elected title in 2020" (the tense and a span of years tell whether the
 *       person still holds it).
 * </ul>
 */
final class TitleUses {
  static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "then-", "retired", "onetime", "one-time", "late");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
  /** Words that scope a title in place of a name: "U.S. District Judge", "a state senator". */
  static final Set<String> SCOPES = Set.of("u.s.", "us", "federal", "state", "county", "city", "national");
  /** Adjectives that may stand between an article and a title ("the longtime sheriff"). */
  private static final Set<String> SKIPPABLE = Set.of("longtime", "long-time", "veteran", "interim", "acting",
      "newly", "elected", "appointed", "first", "current", "sitting", "popular", "embattled", "outgoing",
      "incoming", "two-term", "three-term", "longest-serving");
  /** "from 2011 to 2020" right after a title: the person held it then, no longer. */
  private static final Pattern SPAN_OF_YEARS =
      Pattern.compile("\\s*,?\\s*(?:from|between)\\s+(?:\\w+\\.?\\s+)?\\d{4}\\s*(?:to|and|until|through|-|\u2013)\\s*\\d{4}");

  private final Lexicons lex;
  private final OwnedTitles owned;
  private final PluralTitles plurals;

  TitleUses(Lexicons lex) {
    this.lex = lex;
    this.owned = new OwnedTitles(lex);
    this.plurals = new PluralTitles(lex);
  }

  /**
   * The titles of the article's people.
   *
   * @param pronouns also read "she served as sheriff" with the person the coreference gives the
   *     pronoun (false while the coreference itself asks who holds which title)
   */
  List<TitleUse> find(ArticleContext a, boolean pronouns) {
    List<TitleUse> out = new ArrayList<>();
    org.newsgraph.extract.coref.Coreference coref = pronouns ? org.newsgraph.extract.coref.Coreference.in(a) : null;
    for (Sentence s : a.sentences()) {
      List<String> lower = lowerWords(s);
      for (Mention m : a.mentionsIn(s.index())) {
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        beforeName(a, s, lower, m).ifPresent(out::add);
        plurals.find(a, s, lower, m).ifPresent(out::add);
        out.addAll(predicates(a, s, lower, m));
        out.addAll(after(a, s, lower, m));
        if (coref != null) {
          owned.find(a, coref, s, lower, m).ifPresent(out::add);
        }
      }
      for (int i = 0; coref != null && i < s.tokens().size(); i++) {
        Optional<org.newsgraph.extract.Ref> r = coref.resolved(s.index(), i);
        Token k = s.tokens().get(i);
        if (r.isPresent() && r.get().kind().equals("person") && k.pos().equals("PRON")) {
          Mention p = new Mention(s.index(), i, i + 1, k.start(), k.end(), k.text(), EntityType.PERSON, r.get());
          out.addAll(predicates(a, s, lower, p));
        }
      }
    }
    return out;
  }

  static List<String> lowerWords(Sentence s) {
    List<String> lower = new ArrayList<>();
    for (Token t : s.tokens()) {
      lower.add(Names.stripPossessive(t.text()).toLowerCase(Locale.ROOT));
    }
    return lower;
  }

  /** The longest title that ends right before the name, with what stands before it. */
  private Optional<TitleUse> beforeName(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    int end = m.startToken();
    if (end > 1) {
      Optional<Lexicons.Title> honorific = lex.titleAt(lower, end - 1);
      if (honorific.isPresent() && !honorific.get().makesOffice() && honorific.get().words().size() == 1) {
        Optional<TitleUse> before = beforeName(a, s, lower, m, end - 1);
        if (before.isPresent()) {
          return before; // "Former State Senator Dr. Ana Wend"
        }
      }
    }
    return beforeName(a, s, lower, m, end);
  }

  private Optional<TitleUse> beforeName(ArticleContext a, Sentence s, List<String> lower, Mention m, int end) {
    for (int k = Math.max(0, end - lex.maxTitleWords()); k < end; k++) {
      Optional<Lexicons.Title> t = lex.titleAt(lower, k);
      if (t.isEmpty() || k + t.get().words().size() != end || !t.get().beforePerson()) {
        continue;
      }
      Mention where = TitleWords.mentionOver(a, s, k); // "Harborton County | County Prosecutor"
      int before = where != null ? where.startToken() : k;
      if (where == null) {
        where = TitleWords.mentionEndingAt(a, s, k);
        before = where != null ? where.startToken() : k;
      }
      String scope = "";
      if (where == null && before > 0 && SCOPES.contains(lower.get(before - 1))) {
        scope = lower.get(before - 1);
        before--;
      }
      boolean former = false;
      if (before > 0 && FORMER.contains(lower.get(before - 1))) {
        former = true;
        before--;
        if (where == null) {
          where = TitleWords.mentionEndingAt(a, s, before);
          before = where != null ? where.startToken() : before;
        }
      }
      if (before > 0 && FORMER.contains(lower.get(before - 1))) {
        former = true; // "former Los Angeles County DA X"
      }
      int startTok = where != null ? Math.min(where.startToken(), k) : scope.isEmpty() ? k : k - 1;
      int startChar = s.tokens().get(startTok).start();
      String surface = a.text().substring(startChar, s.tokens().get(end - 1).end());
      int evidenceEnd = m.end();
      if (where == null && scope.isEmpty()) {
        // "Gov. Bo Lin of Ohio", "Senator Ana Ruiz, Republican of Oregon,"
        Mention of = TitleWords.placeOfAfter(a, s, lower, m);
        if (of != null) {
          where = of;
          evidenceEnd = of.end();
        }
      }
      return Optional.of(new TitleUse(m, t.get(), where, scope, former, s, startChar, evidenceEnd, surface, "title-before-name"));
    }
    return Optional.empty();
  }

  /** Titles after the name: appositions and relative clauses, chained. */
  private List<TitleUse> after(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    List<TitleUse> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = m.endToken();
    boolean comma = i < t.size() && t.get(i).text().equals(",");
    if (comma) {
      i++;
      i = TitleWords.skipAge(t, i); // "Jane Roe, 54, the county's sheriff"
      i = TitleWords.skipParty(t, i); // "Sen. Ada Ruiz, D-Pine Bluff, a former prosecutor"
    }
    boolean first = true;
    while (i < t.size()) {
      int start = i;
      Tense tense = Tense.NONE;
      int next = first ? TitleWords.clause(lower, i, comma) : TitleWords.continuation(lower, i);
      if (next >= 0 && next != i) {
        tense = TitleWords.tenseOf(lower, i, next);
        i = next;
      } else if (!first || !comma) {
        break;
      }
      TitleUse u = titlePhrase(a, s, lower, m, i, start, tense);
      if (u == null) {
        break;
      }
      out.add(u);
      i = TitleWords.tokenAt(s, u.end());
      first = false;
    }
    return out;
  }

  /** Past forms that say the person no longer holds what they were, served as or retired as. */
  private static final Set<String> PAST = Set.of("was", "were", "served", "worked", "ran", "had", "spent", "retired",
      "resigned");

  /**
   * Read over the tree: the name is the subject of a title ("Roe was the county's sheriff",
   * "Roe is the mayor of X") or of a verb with "as" and a title ("Roe served as sheriff from 1998
   * to 2006", "Roe worked as an Illinois legislator"). A past copula or verb makes the office former;
   * "has been" and the present hold it.
   */
  private List<TitleUse> predicates(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    Tree tree = new Tree(s);
    int head = subjectOf(tree, lower, m);
    List<TitleUse> out = new ArrayList<>();
    if (head < 0) {
      return out;
    }
    // "Roe grew up in Dale and spent nine years as a public defender": a verb coordinated with the
    // name's own that has no subject of its own shares it
    List<Integer> heads = new ArrayList<>(List.of(head));
    for (int i = 0; i < heads.size() && heads.size() < 6; i++) {
      for (int c : tree.childrenLike(heads.get(i), "conj")) {
        if (s.tokens().get(c).pos().equals("VERB") && tree.childrenLike(c, "nsubj").isEmpty()) {
          heads.add(c);
        }
      }
    }
    for (int h : heads) {
      predicate(a, s, lower, m, tree, h).ifPresent(out::add);
    }
    return out;
  }

  /** The word the name is the subject of (or the predicate of its "who" clause), or -1. */
  private static int subjectOf(Tree tree, List<String> lower, Mention m) {
    int head = -1;
    for (int i = m.startToken(); i < m.endToken(); i++) {
      int h = tree.head(i);
      if (h >= m.startToken() && h < m.endToken()) {
        continue;
      }
      if (tree.isLike(i, "nsubj")) {
        head = h;
      }
      // "Roe, who served as sheriff": the relative clause's predicate, its subject "who"
      for (int rel : tree.children(i, "acl:relcl")) {
        int who = tree.child(rel, "nsubj");
        if (who >= 0 && (lower.get(who).equals("who") || lower.get(who).equals("that"))) {
          head = rel;
        }
      }
    }
    return head;
  }

  private Optional<TitleUse> predicate(ArticleContext a, Sentence s, List<String> lower, Mention m, Tree tree, int head) {
    if (TitleWords.irrealis(tree, lower, head)) {
      return Optional.empty(); // "he'd rather be a council member", "she would serve as chief"
    }
    int title = -1;
    int verb = head;
    if (s.tokens().get(head).pos().equals("NOUN") || s.tokens().get(head).pos().equals("PROPN")) {
      int cop = tree.child(head, "cop");
      if (cop < 0) {
        return Optional.empty();
      }
      title = head;
      verb = cop;
    } else {
      for (int c : tree.childrenLike(head, "obl")) {
        int mark = tree.child(c, "case");
        if (mark >= 0 && lower.get(mark).equals("as")) {
          title = c;
        }
      }
    }
    if (title < 0) {
      return Optional.empty();
    }
    boolean past = PAST.contains(lower.get(verb)) || tree.childrenLike(verb, "aux").stream().anyMatch(x -> lower.get(x).equals("had"))
        || tree.childrenLike(head, "aux").stream().anyMatch(x -> lower.get(x).equals("had"));
    boolean perfect = tree.childrenLike(head, "aux").stream().anyMatch(x -> lower.get(x).equals("has") || lower.get(x).equals("have"));
    int start = title; // the title's own words before it: "the", "Brill County", not its subject or copula
    for (int c : tree.children(title)) {
      String rel = tree.rel(c);
      if (c < title && !(Tree.like(rel, "nsubj") || rel.equals("cop") || Tree.like(rel, "aux") || rel.equals("punct")
          || rel.equals("mark") || rel.equals("cc") || rel.equals("case") || Tree.like(rel, "advmod") || Tree.like(rel, "obl"))) {
        start = Math.min(start, tree.span(c)[0]);
      }
    }
    while (start < title && !lex.titleAt(lower, start).isPresent() && a.mentionAt(s.index(), start).isEmpty()
        && !DETERMINERS.contains(lower.get(start)) && !FORMER.contains(lower.get(start))
        && !SCOPES.contains(lower.get(start)) && !SKIPPABLE.contains(lower.get(start))) {
      start++;
    }
    TitleUse u = titlePhrase(a, s, lower, m, start, start, past && !perfect ? Tense.HELD : Tense.HOLDS);
    if (u == null || u.end() < s.tokens().get(title).end()) {
      return Optional.empty(); // the title found is not the predicate's
    }
    return Optional.of(new TitleUse(u.person(), u.title(), u.where(), u.scope(), u.former(), u.sentence(), u.start(),
        u.end(), u.surface(), "predicate"));
  }

  /**
   * A title phrase starting at token {@code i}: "[det|X's] [former] [adjectives] [Place|scope]
   * title [of|for|in|at [the] X]"; null when no title is there.
   */
  private TitleUse titlePhrase(ArticleContext a, Sentence s, List<String> lower, Mention m, int i, int start, Tense tense) {
    List<Token> t = s.tokens();
    Mention where = null;
    String scope = "";
    boolean former = tense == Tense.HELD;
    if (i < t.size() && FORMER.contains(lower.get(i))) {
      former = true; // "then the county's sheriff"
      i++;
    }
    if (i < t.size() && DETERMINERS.contains(lower.get(i))) {
      i++;
      // "the county's chief public defender", "the Coalition's legal director"
      if (i + 1 < t.size() && TitleWords.possessive(t, i) && SCOPES.contains(lower.get(i))) {
        scope = lower.get(i);
        i = TitleWords.afterPossessive(t, i);
      }
    }
    Optional<Mention> owner = a.mentionAt(s.index(), i);
    if (owner.isPresent() && owner.get().startToken() == i && owner.get().type() != EntityType.PERSON
        && TitleWords.possessive(t, owner.get().endToken() - 1)) {
      where = owner.get(); // "Harborton County's chief public defender"
      i = TitleWords.afterPossessive(t, owner.get().endToken() - 1);
    }
    if (i < t.size() && FORMER.contains(lower.get(i))) {
      former = true;
      i++;
    }
    // "the longtime sheriff", "a two-term state representative" (the tokenizer splits "two - term")
    while (i < t.size() && lex.titleAt(lower, i).isEmpty() && a.mentionAt(s.index(), i).isEmpty()
        && (SKIPPABLE.contains(lower.get(i)) || (lower.get(i).equals("-") && i > 0 && i + 1 < t.size())
            || (t.get(i).pos().equals("NUM") && i + 1 < t.size() && lower.get(i + 1).equals("-"))
            || (i > 0 && lower.get(i - 1).equals("-") && t.get(i).pos().matches("NOUN|ADJ")))) {
      i++;
    }
    Optional<Mention> place = a.mentionAt(s.index(), i);
    if (where == null && place.isPresent() && place.get().startToken() == i && place.get().type() != EntityType.PERSON) {
      Optional<Lexicons.Title> inside = lex.titleAt(lower, place.get().endToken() - 1);
      where = place.get();
      i = inside.isPresent() ? place.get().endToken() - 1 : place.get().endToken();
    }
    if (where == null && scope.isEmpty() && i < t.size() && SCOPES.contains(lower.get(i)) && lex.titleAt(lower, i).isEmpty()) {
      scope = lower.get(i);
      i++;
    }
    if (i >= t.size()) {
      return null;
    }
    Optional<Lexicons.Title> title = lex.titleAt(lower, i);
    if (title.isEmpty()) {
      return null;
    }
    i += title.get().words().size();
    if (i + 1 < t.size() && Set.of("of", "for", "at", "in").contains(lower.get(i))) {
      int j = i + 1;
      if (j < t.size() && DETERMINERS.contains(lower.get(j))) {
        j++;
      }
      Optional<Mention> of = a.mentionAt(s.index(), j);
      if (of.isPresent() && of.get().startToken() == j && of.get().type() != EntityType.PERSON) {
        if (where == null) {
          where = of.get();
        }
        i = of.get().endToken();
      }
    }
    int endChar = t.get(i - 1).end();
    String rest = s.text().substring(Math.min(s.text().length(), Math.max(0, endChar - s.start())));
    if (SPAN_OF_YEARS.matcher(rest).lookingAt()) {
      former = true; // "who served as Harborton County Attorney from 2011 to 2020"
    }
    String surface = a.text().substring(t.get(start).start(), endChar);
    return new TitleUse(m, title.get(), where, scope, former, s, m.start(), endChar, surface,
        tense == Tense.NONE ? "apposition" : "relative-clause");
  }
}
