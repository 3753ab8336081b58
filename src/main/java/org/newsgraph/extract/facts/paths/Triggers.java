package org.newsgraph.extract.facts.paths;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.corpus.LexiconFiles;

/**
 * Word classes that trigger relations ({@code triggers.tsv}): a class name and the lemmas of its
 * words ("criticize: criticize blast slam denounce ..."). Matched on the lemma in lower case.
 */
final class Triggers {
  private final Map<String, Set<String>> classes = new HashMap<>();

  private Triggers() {}

  static Triggers load(String file) {
    Triggers t = new Triggers();
    for (String[] f : LexiconFiles.tsv(file, 2)) {
      Set<String> words = t.classes.computeIfAbsent(f[0].strip(), k -> new HashSet<>());
      for (String w : f[1].trim().split("\\s+")) {
        words.add(w.toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return t;
  }

  boolean knows(String cls) {
    return classes.containsKey(cls);
  }

  /**
   * Whether the lemma is a word of the class. The statistical lemmatizer sometimes cuts a verb's
   * final "e" with its ending ("endorsed" as "endors", "praised" as "prais"), so a lemma that is
   * a word of the class less that "e" counts as the word.
   */
  boolean has(String cls, String lemma) {
    Set<String> s = classes.get(cls);
    return s != null && (s.contains(lemma) || (!lemma.endsWith("e") && s.contains(lemma + "e")));
  }
}
