package org.newsgraph.extract.facts.events;

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
 * The word classes of {@code event-triggers.tsv}: a class name and its entries. An entry is a
 * lemma ("sue"), a lemma with the part of speech it must have ("sentence/VERB"), or several words
 * joined by '_' ("press_conference"): the last is the trigger word, the others must stand right
 * before it. Matched on lemmas in lower case.
 */
final class TriggerWords {
  private record Entry(List<String> before, String lemma, String pos) {}

  private final Map<String, List<Entry>> classes = new HashMap<>();
  /** The entries of each class by their trigger word: has() is asked of every word for many classes. */
  private final Map<String, Map<String, List<Entry>>> byWord = new HashMap<>();
  /** The trigger words of all classes (lower case): a word not among them has no class. */
  private final Set<String> anyClass = new HashSet<>();

  static TriggerWords load(String file) {
    TriggerWords t = new TriggerWords();
    for (String[] f : LexiconFiles.tsv(file, 2)) {
      List<Entry> entries = t.classes.computeIfAbsent(f[0].strip(), k -> new ArrayList<>());
      for (String w : f[1].trim().split("\\s+")) {
        String pos = null;
        int slash = w.indexOf('/');
        if (slash > 0) {
          pos = w.substring(slash + 1);
          w = w.substring(0, slash);
        }
        List<String> words = List.of(w.toLowerCase(Locale.ROOT).split("_"));
        Entry e = new Entry(words.subList(0, words.size() - 1), words.get(words.size() - 1), pos);
        entries.add(e);
        t.byWord.computeIfAbsent(f[0].strip(), k -> new HashMap<>()).computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
        t.anyClass.add(e.lemma());
      }
    }
    return t;
  }

  /** The names of the classes. */
  Set<String> classNames() {
    return classes.keySet();
  }

  boolean knows(String cls) {
    return classes.containsKey(cls);
  }

  /**
   * False when token {@code i} is a word of no class at all (then {@link #has} is false for every
   * class): one look-up instead of one per class.
   */
  boolean mayHaveAnyClass(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return anyClass.contains(t.lemma().toLowerCase(Locale.ROOT)) || anyClass.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Whether token {@code i} is a word of class {@code cls}. */
  boolean has(String cls, List<Token> tokens, int i) {
    Map<String, List<Entry>> entries = byWord.get(cls);
    if (entries == null) {
      return false;
    }
    Token t = tokens.get(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String word = t.text().toLowerCase(Locale.ROOT);
    return matches(entries.get(lemma), tokens, i) || !word.equals(lemma) && matches(entries.get(word), tokens, i);
  }

  private boolean matches(List<Entry> entries, List<Token> tokens, int i) {
    for (Entry e : entries == null ? List.<Entry>of() : entries) {
      if ((e.pos() == null || e.pos().equals(pos(tokens, i))) && (e.before().isEmpty() || before(e.before(), tokens, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of speech of token {@code i}, with one repair of the tagger: a noun with no determiner
   * coordinated with a verb is a verb ("X shot and killed Y", where "shot" was read as a noun).
   */
  static String pos(List<Token> tokens, int i) {
    String pos = tokens.get(i).pos();
    if (!pos.equals("NOUN")) {
      return pos;
    }
    boolean verbConj = false;
    for (Token c : tokens) {
      if (c.head() == i && c.deprel().equals("det")) {
        return pos;
      }
      verbConj |= c.head() == i && c.deprel().equals("conj") && c.pos().equals("VERB");
    }
    return verbConj ? "VERB" : pos;
  }

  private static boolean before(List<String> words, List<Token> tokens, int i) {
    int start = i - words.size();
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = tokens.get(start + k);
      String w = words.get(k);
      if (!w.equals(t.lemma().toLowerCase(Locale.ROOT)) && !w.equals(t.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
