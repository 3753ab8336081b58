package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;

/**
 * A lone first name that a kinship noun introduces is a person, though no surname follows: "her
 * sister Rosa", "his 3-year-old son, Eli", "their two boys, Eli, 9, and Max, 6". Families are
 * often named this way in news, and the model, seeing one capitalised word, rarely takes it. The
 * nouns are the kinship classes of {@code family.tsv} (@CHILD, @PARENT, @SIBLING, @SPOUSE,
 * @YOUNG); the word must be a known first name, or come before "and" and a full name, and stand
 * alone (no capitalised word after it).
 * Another finder's name on that one word gives way to this one.
 */
public final class KinNames {
  /** The source of the spans this adds; the resolver keeps such a lone name as a person. */
  public static final String SOURCE = "kin";

  private static final Pattern KIN =
      LexiconFiles.wordClasses("family.tsv", Set.of("@CHILD", "@PARENT", "@SIBLING", "@SPOUSE", "@YOUNG"));

  private KinNames() {}

  /** Adds to {@code out} the first names kinship nouns introduce in these words. */
  static void add(String[] words, NerLexicon lexicon, List<NameSpan> out) {
    for (int i = 0; i < words.length; i++) {
      if (!KIN.matcher(words[i]).matches()) {
        continue;
      }
      int j = i + 1 < words.length && words[i + 1].equals(",") ? i + 2 : i + 1;
      while (j < words.length && lone(words, j, lexicon, out)) {
        out.add(new NameSpan(j, j + 1, EntityType.PERSON, 0.5, SOURCE));
        j = next(words, j + 1);
      }
    }
  }

  /** After a name of a list: the next item, past an age (", 9,") and "and" or a comma; else -1. */
  private static int next(String[] words, int k) {
    if (k + 1 < words.length && words[k].equals(",") && words[k + 1].matches("\\d{1,2}")) {
      k += 2;
    }
    if (k < words.length && words[k].equals(",")) {
      k++;
    }
    if (k < words.length && words[k].equalsIgnoreCase("and")) {
      k++;
    }
    return k < words.length ? k : words.length;
  }

  /** A word written as a one-word name: a capital, then lower case only ("Rosa", "Inés"). */
  static boolean nameWord(String w) {
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /** "the parents, Omar and Leila Haddad": a word before "and" and a full name, a first name of any origin. */
  private static boolean beforeFullName(String[] words, int j, List<NameSpan> out) {
    return j + 2 < words.length && words[j + 1].equals("and")
        && out.stream().anyMatch(n -> n.start() == j + 2 && n.length() >= 2 && n.type() == EntityType.PERSON);
  }

  private static boolean lone(String[] words, int j, NerLexicon lexicon, List<NameSpan> out) {
    String w = words[j];
    if (!nameWord(w) || !(lexicon.isFirstName(Names.fold(w)) || beforeFullName(words, j, out))) {
      return false;
    }
    if (j + 1 < words.length && !words[j + 1].isEmpty() && Character.isUpperCase(words[j + 1].charAt(0))) {
      return false; // "her sister Rosa Lind": a full name, the finder's to find
    }
    for (NameSpan n : out) {
      if (n.start() <= j && j < n.end() && n.length() > 1) {
        return false;
      }
    }
    // the word found alone by another finder, of whatever type, is the kin's name
    out.removeIf(n -> n.start() == j && n.length() == 1);
    return true;
  }
}
