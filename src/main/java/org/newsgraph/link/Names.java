package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a name: accents and case folded, dots and apostrophes dropped, other
 * punctuation turned into spaces, a leading "the" removed. "L.A." and "LA" compare equal, as do
 * "José Díaz" and "jose diaz", "The Times" and "Times".
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’‘`]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final int MEMO_LIMIT = 50_000;
  private static final java.util.Map<String, String> MEMO =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Names() {}

  /** The comparison key of {@code name}; empty for a blank name. */
  public static String key(String name) {
    String k = MEMO.get(name);
    if (k == null) {
      k = compute(name);
      if (MEMO.size() < MEMO_LIMIT) {
        MEMO.put(name, k);
      }
    }
    return k;
  }

  private static String compute(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = DROPPED.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
