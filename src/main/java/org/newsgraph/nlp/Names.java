package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers on name strings, shared by the finders and the entity resolver. */
public final class Names {
  private Names() {}

  /** True for "Ruiz's", "Reyes’", "DA's" (and "Ruiz‘s", a left quote typed for the apostrophe). */
  public static boolean isPossessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("\u2018s") || w.endsWith("'")
        || w.endsWith("\u2019"));
  }

  /** "Ruiz's" → "Ruiz", "Reyes’" → "Reyes", "Ruiz‘s" → "Ruiz". */
  public static String stripPossessive(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("\u2018s"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 2 && (w.endsWith("'") || w.endsWith("\u2019"))) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Accents removed, lower case, punctuation as spaces, single spaces: the key names are compared by. */
  public static String fold(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return foldUnicode(s);
      }
    }
    // ASCII (nearly every name): what foldUnicode gives, in one pass without regular expressions
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.append(c);
      } else if (c != '\'') { // an apostrophe is dropped, anything else separates words
        gap = true;
      }
    }
    return b.toString();
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9']+");
  private static final Pattern SPACES = Pattern.compile(" +");

  /** {@link #fold} of any text: compatibility decomposition, marks removed, then as ASCII. */
  static String foldUnicode(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    n = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    n = NOT_WORD.matcher(n).replaceAll(" ").replace("'", "");
    return SPACES.matcher(n.strip()).replaceAll(" ");
  }

  /** A slug for IRIs: the folded name with hyphens. */
  public static String slug(String s) {
    String f = fold(s).replace(' ', '-');
    return f.isEmpty() ? "unnamed" : f;
  }
}
