package org.newsgraph.extract.facts;

import java.text.Normalizer;
import java.util.Locale;

/** Deterministic slugs for the resources the fact extractors mint. */
public final class Slugs {
  private Slugs() {}

  public static String slug(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return n.isEmpty() ? "x" : n;
  }

  /** Joins parts into one slug, skipping empty parts. */
  public static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      String s = p == null ? "" : slug(p);
      if (s.isEmpty() || s.equals("x") && (p == null || p.isBlank())) {
        continue;
      }
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(s);
    }
    return b.toString();
  }
}
