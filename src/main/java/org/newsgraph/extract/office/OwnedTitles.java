package org.newsgraph.extract.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Titles whose owner is an organisation the sentence names only by a pronoun or a description the
 * coreference resolves: "Its president, Ana Roe, said", "The committee's chairman, Sen. Bo Lin,
 * voted" (the title opens the sentence, set off by a comma before the name and any title of its
 * own), and "Ana Roe, the chapter's policy director, said". The organisation is the title's
 * {@code where}, given by its last mention before the sentence.
 */
final class OwnedTitles {
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");
  /** How far back from the name a title of its own may reach ("Dry Lake County District Attorney"). */
  private static final int OWN_TITLE_WORDS = 8;

  private final Lexicons lex;

  OwnedTitles(Lexicons lex) {
    this.lex = lex;
  }

  /** The title of either form for the name {@code m}, if the sentence gives one. */
  Optional<TitleUse> find(ArticleContext a, Coreference coref, Sentence s, List<String> lower, Mention m) {
    Optional<TitleUse> lead = leading(a, coref, s, lower, m);
    return lead.isPresent() ? lead : trailing(a, coref, s, lower, m);
  }

  /** "Its president, [Title] Name" at the start of the sentence. */
  private Optional<TitleUse> leading(ArticleContext a, Coreference coref, Sentence s, List<String> lower, Mention m) {
    List<Token> t = s.tokens();
    int comma = m.startToken() - 1;
    while (comma > 0 && m.startToken() - comma <= OWN_TITLE_WORDS && !lower.get(comma).equals(",")
        && Character.isUpperCase(t.get(comma).text().charAt(0))) {
      comma--;
    }
    if (comma < 2 || !lower.get(comma).equals(",")) {
      return Optional.empty();
    }
    int ownerWord;
    int i;
    if (POSSESSIVE_PRONOUNS.contains(lower.get(0))) {
      ownerWord = 0;
      i = 1;
    } else if (lower.get(0).equals("the") && TitleWords.possessive(t, 1)) {
      ownerWord = 1;
      i = TitleWords.afterPossessive(t, 1);
    } else {
      return Optional.empty();
    }
    return use(a, coref, s, lower, m, ownerWord, i, comma, t.get(0).start());
  }

  /** "Name, the chapter's policy director". */
  private Optional<TitleUse> trailing(ArticleContext a, Coreference coref, Sentence s, List<String> lower, Mention m) {
    List<Token> t = s.tokens();
    int i = m.endToken();
    if (i + 3 >= t.size() || !lower.get(i).equals(",") || !lower.get(i + 1).equals("the") || !TitleWords.possessive(t, i + 2)) {
      return Optional.empty();
    }
    int after = TitleWords.afterPossessive(t, i + 2);
    Optional<Lexicons.Title> title = lex.titleAt(lower, after);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    return use(a, coref, s, lower, m, i + 2, after, after + title.get().words().size(), t.get(i + 1).start());
  }

  private Optional<TitleUse> use(ArticleContext a, Coreference coref, Sentence s, List<String> lower, Mention m,
      int ownerWord, int titleAt, int titleEnd, int from) {
    Optional<Lexicons.Title> title = lex.titleAt(lower, titleAt);
    if (title.isEmpty() || titleAt + title.get().words().size() != titleEnd) {
      return Optional.empty();
    }
    Mention where = owner(a, coref, s, ownerWord);
    if (where == null) {
      return Optional.empty();
    }
    List<Token> t = s.tokens();
    String surface = a.text().substring(t.get(titleAt).start(), t.get(titleEnd - 1).end());
    return Optional.of(new TitleUse(m, title.get(), where, "", false, s, Math.min(from, m.start()),
        Math.max(m.end(), t.get(titleEnd - 1).end()), surface, "owned-title"));
  }

  /** The organisation the word stands for, as its last mention before the sentence, or null. */
  private static Mention owner(ArticleContext a, Coreference coref, Sentence s, int word) {
    Optional<Ref> r = coref.resolved(s.index(), word);
    if (r.isEmpty() || !r.get().kind().equals("organization")) {
      return null;
    }
    Mention last = null;
    for (Mention x : a.mentions()) {
      if (x.entity().equals(r.get()) && x.start() < s.start()) {
        last = x;
      }
    }
    return last;
  }
}
