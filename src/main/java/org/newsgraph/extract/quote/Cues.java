package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.nlp.Token;

/**
 * The word classes of {@code data/lexicon/quote-cues.tsv}: speech verbs, verbs that carry a partial
 * quotation, verbs that go on with a speaker's words, phrases that introduce a speaker ("according
 * to"), documents that speak for their author, titled works and verbs of killing. Words are lemmas;
 * a token matches by its lemma, its lower-cased text or a lemma its regular inflection comes from.
 */
public final class Cues {
  private final Map<String, Set<String>> byKind = new HashMap<>();
  private final List<List<String>> after = new ArrayList<>();

  public Cues(List<String[]> rows) {
    for (String[] r : rows) {
      String word = r[0].toLowerCase(Locale.ROOT);
      if (r[1].equals("after")) {
        after.add(List.of(word.split("\\s+")));
      } else {
        byKind.computeIfAbsent(r[1], k -> new HashSet<>()).add(word);
      }
    }
  }

  public static Cues standard() {
    return new Cues(LexiconFiles.tsv("quote-cues.tsv", 2));
  }

  private boolean is(String kind, Token t) {
    Set<String> words = byKind.getOrDefault(kind, Set.of());
    String text = t.text().toLowerCase(Locale.ROOT);
    if (words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(text)) {
      return true;
    }
    // the lemmatizer errs on some regular forms ("fumed" fum); an untagged token has none
    return regularStems(text).stream().anyMatch(words::contains);
  }

  /** A token the tagger left without a tag ("X"): it may be a verb. */
  private static boolean untagged(Token t) {
    return t.pos().equals("X");
  }

  /** The lemmas a regular inflection may come from: "tweeted" tweet, "argues" argue, "cried" cry. */
  static List<String> regularStems(String w) {
    List<String> out = new ArrayList<>();
    for (String suffix : List.of("ing", "ed", "es", "s", "d")) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        out.add(stem);
        out.add(stem + "e");
        if (suffix.equals("ed") || suffix.equals("es")) {
          out.add(stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : stem);
        }
      }
    }
    return out;
  }

  /** A speech verb that may speak a quotation standing next to it ("X said", "said X"). */
  public boolean speech(Token t) {
    return isVerb(t) && is("verb", t);
  }

  /** A verb that speaks the quotation only where the tree links it to it (speech verbs included). */
  public boolean linked(Token t) {
    return isVerb(t) && (is("verb", t) || is("linked", t) || is("partial", t) || is("continue", t));
  }

  /** A verb that carries a partial quotation in its object ("called it 'a mess'"). */
  public boolean partial(Token t) {
    return isVerb(t) && is("partial", t);
  }

  /** "added", "continued": its pronoun subject is, first, the speaker just quoted. */
  public boolean continuing(Token t) {
    return is("continue", t);
  }

  /** A text that speaks for its author ("the ruling", "the statement"). */
  public boolean document(Token t) {
    return t.pos().equals("NOUN") && is("document", t);
  }

  /** A document a court issues. */
  public boolean court(Token t) {
    return is("court", t);
  }

  /** A word naming a court or a judge ("court", "judge"), lower-cased. */
  public boolean bench(String lowerWord) {
    return byKind.getOrDefault("bench", Set.of()).contains(lowerWord);
  }

  /** A noun of a titled work ("show", "book") or "titled". */
  public boolean work(String lowerWord) {
    return byKind.getOrDefault("work", Set.of()).contains(lowerWord);
  }

  /** A verb saying someone was killed. */
  public boolean death(Token t) {
    return is("death", t);
  }

  /** Phrases that introduce the speaker after them ("according to"), as lower-case words. */
  public List<List<String>> after() {
    return after;
  }

  private static boolean isVerb(Token t) {
    return untagged(t) || t.pos().equals("VERB") || t.pos().equals("AUX") && !t.lemma().equals("be");
  }
}
