package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Names;

/** The label an entity is known by, chosen from the surface forms its block gave it. */
final class Labels {
  private Labels() {}

  /**
   * The label of an entity, or null when none of its forms was mentioned. People: the longest full
   * name, accented spelling first.
   */
  static String of(EntityResolver.Entity e, String kind) {
    List<String> forms = new ArrayList<>(e.forms.keySet());
    Comparator<String> best;
    if (kind.equals("person")) {
      best = Comparator.<String>comparingInt(f -> EntityResolver.words(f).size() >= 2 ? 1 : 0)
          .thenComparingInt(f -> e.forms.get(f))
          .thenComparingInt(f -> hasAccent(f) ? 1 : 0)
          .thenComparingInt(f -> EntityResolver.words(f).size());
    } else {
      // the canonical form the alias table gave (count 0 and longest) or the most frequent
      best = Comparator.<String>comparingInt(f -> f.length() > 3 && !f.contains(".") ? 1 : 0)
          .thenComparingInt(f -> e.forms.get(f) == 0 ? 1 : 0)
          .thenComparingInt(f -> e.forms.get(f))
          .thenComparingInt(String::length);
    }
    String label = forms.get(0);
    for (String f : forms) {
      if (best.compare(f, label) > 0) {
        label = f;
      }
    }
    // the accented spelling of the chosen label, when one was seen; the name in ordinary case
    // rather than in capitals ("Brentwater" over a dateline's "BRENTWATER")
    for (String f : forms) {
      if (hasAccent(f) && Names.fold(f).equals(Names.fold(label))) {
        label = f;
      }
    }
    if (label.length() > 3 && label.equals(label.toUpperCase(Locale.ROOT)) && !label.equals(label.toLowerCase(Locale.ROOT))) {
      for (String f : forms) {
        if (!f.equals(f.toUpperCase(Locale.ROOT)) && Names.fold(f).equals(Names.fold(label))) {
          label = f;
          break;
        }
      }
    }
    if (e.forms.values().stream().allMatch(c -> c == 0)) {
      return null; // collected but never mentioned (e.g. only in a dropped span)
    }
    return label;
  }

  private static boolean hasAccent(String s) {
    return !s.equals(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", ""));
  }
}
