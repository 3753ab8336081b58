package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;

/**
 * The names found so far in one document. A later, unmarked mention of the same capitalised words
 * gets the type the name had if it is a person or a place (organisation names are too often
 * generic words); a person's last name alone ("Smith" after "Anna Smith") is that person. Cleared
 * at each document boundary.
 */
public final class DocumentMemory {
  static final int MAX_TOKENS = 5;

  private final Map<String, EntityType> names = new HashMap<>();
  private final Map<String, EntityType> defined = new HashMap<>();
  private final Map<String, int[]> votes = new HashMap<>();
  private final Map<String, EntityType> aliases = new HashMap<>();
  /** Family names of more than one word seen after a first name ("Two Feathers", "de la Vega"). */
  private final java.util.Set<String> longSurnames = new java.util.HashSet<>();

  public void clear() {
    longSurnames.clear();
    aliases.clear();
    names.clear();
    defined.clear();
    votes.clear();
  }

  /** Records a type given by a defining sentence ("X is a village"): it wins later in the document. */
  public void define(String[] words, NameSpan n, EntityType type) {
    defined.put(key(words, n.start(), n.end()), type);
    names.put(key(words, n.start(), n.end()), type);
  }

  /** The word was found as a person, or as the last name of one, earlier in the document. */
  public boolean isPerson(String word) {
    return names.get(word) == EntityType.PERSON;
  }

  /**
   * Records a short form the document introduced for a name: an acronym in brackets after it
   * ("CSHL"), a club's nickname ("Victorias" after "Montreal Victorias"). Later mentions get the
   * name's type, organisations included.
   */
  public void alias(String word, EntityType type) {
    aliases.putIfAbsent(word, type);
  }

  /**
   * A company named in full with its designator ("Kestrel Mining Ltd") is later written by its first
   * word alone ("Kestrel"): that word is the company's in the rest of the document.
   */
  public void companyShortName(String[] words, NameSpan n, NerLexicon lexicon) {
    if (n.type() == EntityType.ORGANIZATION && n.length() >= 2 && lexicon.isDesignator(words[n.end() - 1])
        && !lexicon.isLowercaseWord(words[n.start()]) && !lexicon.isFirstName(words[n.start()])) {
      alias(words[n.start()], EntityType.ORGANIZATION);
    }
  }

  /**
   * Gives names that a defining sentence typed earlier in the document that type again, and a name
   * the document has so far given another type at least twice (and never this one) that type.
   */
  public void retype(String[] words, List<NameSpan> found) {
    for (int i = 0; i < found.size(); i++) {
      NameSpan n = found.get(i);
      String k = key(words, n.start(), n.end());
      EntityType t = defined.get(k);
      if (t == null) {
        t = aliases.get(k);
      }
      int[] v = votes.get(k);
      if (t == null && v != null && v[n.type().ordinal()] == 0) {
        for (EntityType o : EntityType.values()) {
          if (v[o.ordinal()] >= 2) {
            t = o;
          }
        }
      }
      if (t != null && t != n.type()) {
        found.set(i, new NameSpan(n.start(), n.end(), t, n.confidence(), n.source() + "+defined"));
      }
    }
  }

  private static String key(String[] words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(words[i]);
    }
    return sb.toString();
  }

  /** Records the sentence's names (first type seen wins). */
  public void remember(String[] words, List<NameSpan> found) {
    for (NameSpan n : found) {
      votes.computeIfAbsent(key(words, n.start(), n.end()), k -> new int[EntityType.values().length])[n.type().ordinal()]++;
      if (n.length() > MAX_TOKENS) {
        continue;
      }
      names.putIfAbsent(key(words, n.start(), n.end()), n.type());
      if (n.type() == EntityType.PERSON && n.length() >= 3 && !words[n.start() + 1].endsWith(".")
          && !(Character.isUpperCase(words[n.start() + 1].charAt(0)) && isGivenName(words[n.start() + 1]))) {
        longSurnames.add(key(words, n.start() + 1, n.end())); // "Renee | Two Crow"
      }
      if (n.type() == EntityType.PERSON && n.length() >= 2) {
        String last = words[n.end() - 1];
        if (last.length() > 2 && Character.isUpperCase(last.charAt(0))) {
          names.putIfAbsent(last, EntityType.PERSON);
        }
      }
    }
  }

  /** Whether a word is a known first name (then it is a middle name, not part of the surname). */
  private static boolean isGivenName(String w) {
    return NerLexicon.standard().isFirstName(w);
  }

  /**
   * A person's name that is the end of a family name of several words remembered before ("Crow"
   * after "Renee Two Crow") takes the rest of it ("Two Crow").
   */
  public void extendSurnames(String[] words, List<NameSpan> found) {
    for (int i = 0; i < found.size(); i++) {
      NameSpan n = found.get(i);
      if (n.type() != EntityType.PERSON) {
        continue;
      }
      for (int back = 1; back <= 3 && n.start() - back >= 0; back++) {
        int start = n.start() - back;
        if (longSurnames.contains(key(words, start, n.end()))) {
          NameSpan x = new NameSpan(start, n.end(), EntityType.PERSON, n.confidence(), n.source() + "+surname");
          if (found.stream().noneMatch(o -> o != n && o.overlaps(x))) {
            found.set(i, x);
          }
          break;
        }
      }
    }
  }

  /**
   * Remembered names in the sentence: longest match first, only where the words are capitalised
   * and not part of a longer capitalised run (so "Smith" does not match inside "Smith Barney").
   */
  public List<NameSpan> find(String[] words) {
    List<NameSpan> out = new ArrayList<>();
    if (names.isEmpty()) {
      return out;
    }
    int i = 0;
    while (i < words.length) {
      if (!(CapitalRunFeatureGenerator.capitalised(words[i]) || NameEvidence.acronymLike(words[i]))
          || (i > 0 && CapitalRunFeatureGenerator.capitalised(words[i - 1]) && i > 1)) {
        i++;
        continue;
      }
      int matched = 0;
      EntityType type = null;
      boolean alias = false;
      for (int len = Math.min(MAX_TOKENS, words.length - i); len >= 1; len--) {
        String k = key(words, i, i + len);
        EntityType t = names.get(k);
        if (t == null || (t == EntityType.ORGANIZATION && aliases.containsKey(k))) {
          alias = aliases.containsKey(k);
          t = alias ? aliases.get(k) : t;
        }
        if (t != null) {
          matched = len;
          type = t;
          break;
        }
      }
      if (matched > 0 && (type != EntityType.ORGANIZATION || alias)
          && (i + matched == words.length || !CapitalRunFeatureGenerator.capitalised(words[i + matched]))) {
        out.add(new NameSpan(i, i + matched, type, 0.6, "memory"));
        i += matched;
      } else {
        i++;
      }
    }
    return out;
  }
}
