package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.Locale;

/** Small helpers on name strings, shared by the finders and the entity resolver. */
public final class Names {
  private Names() {}

  /** True for "Gascon's", "Flores’", "DA's". */
  public static boolean isPossessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'") || w.endsWith("\u2019"));
  }

  /** "Gascon's" → "Gascon", "Flores’" → "Flores". */
  public static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 2 && (w.endsWith("'") || w.endsWith("\u2019"))) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Accents removed, lower case, punctuation as spaces, single spaces: the key names are compared by. */
  public static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    n = n.replaceAll("[^a-z0-9']+", " ").replace("'", "");
    return n.strip().replaceAll(" +", " ");
  }

  /** A slug for IRIs: the folded name with hyphens. */
  public static String slug(String s) {
    String f = fold(s).replace(' ', '-');
    return f.isEmpty() ? "unnamed" : f;
  }
}
