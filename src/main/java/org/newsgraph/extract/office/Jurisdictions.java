package org.newsgraph.extract.office;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Lexicons;

/**
 * The places an article is about, by level: its city, county and state, for titles that come
 * without a jurisdiction ("Mayor Jane Roe" in a story datelined from her city). A level is known
 * only when the article leaves no doubt: the dateline's place, else the place of that level named
 * most often (at least twice, and more often than any other); a state also from "City, State".
 */
final class Jurisdictions {
  /** A jurisdiction: the place's entity and its label. */
  record Place(Ref ref, String label) {}

  private final Map<String, Place> main = new HashMap<>();

  Jurisdictions(ArticleContext a, Lexicons lex) {
    Map<String, Map<Ref, Integer>> counts = new HashMap<>();
    Map<Ref, String> labels = new HashMap<>();
    Mention dateline = null;
    for (Mention m : a.mentions()) {
      if (m.type() != EntityType.PLACE) {
        continue;
      }
      String label = a.labelOf(m);
      String level = level(label, lex);
      labels.put(m.entity(), label);
      counts.computeIfAbsent(level, k -> new HashMap<>()).merge(m.entity(), 1, Integer::sum);
      if (dateline == null && m.sentence() <= 3 && m.startToken() == 0 && m.text().equals(m.text().toUpperCase(Locale.ROOT))
          && m.text().length() > 2 && (!level.equals("state") || ambiguous(label, lex)) && !level.equals("country")) {
        dateline = m;
      }
    }
    String datelineState = null;
    if (dateline != null) {
      // "BRENTWATER, Ore. —": the state right after the dateline's comma
      for (Mention m : a.mentionsIn(dateline.sentence())) {
        if (m.type() == EntityType.PLACE && m.startToken() == dateline.endToken() + 1
            && level(a.labelOf(m), lex).equals("state")) {
          datelineState = a.labelOf(m);
          main.put("state", new Place(m.entity(), datelineState));
        }
      }
      String label = a.labelOf(dateline);
      main.put(level(label, lex).equals("county") ? "county" : "city", new Place(dateline.entity(), label));
    }
    for (String level : List.of("city", "county", "state")) {
      if (main.containsKey(level) || (level.equals("state") && datelineState != null)) {
        continue;
      }
      Map<Ref, Integer> c = counts.getOrDefault(level, Map.of());
      Ref best = null;
      int bestCount = 0;
      boolean tie = false;
      for (Map.Entry<Ref, Integer> e : c.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
          tie = false;
        } else if (e.getValue() == bestCount) {
          tie = true;
        }
      }
      if (level.equals("state") && (c.size() != 1 || ambiguous(labels.get(best), lex))) {
        continue; // a state only when it is the one state the article names, and no city's name too
      }
      if (best != null && !tie && bestCount >= 2) {
        main.put(level, new Place(best, labels.get(best)));
      }
    }
  }

  /** A state's name that is a city's too ("Washington", "New York"): which one is meant is unclear. */
  private static boolean ambiguous(String label, Lexicons lex) {
    return lex.places(label).stream().anyMatch(p -> p.type().equals("city"));
  }

  /** The article's place of a level ("city", "county", "state"), or null. */
  Place of(String level) {
    return main.get(level);
  }

  /**
   * "county", "state", "country", "region", "site" (a building or street) or "city" (anything else
   * a place may be).
   */
  static String level(String label, Lexicons lex) {
    String lower = label.toLowerCase(Locale.ROOT);
    String[] words = label.split("\\s+");
    String last = words[words.length - 1];
    if (words.length > 1 && (lex.isOrganizationHead(last) || lex.otherHead(last) != null)) {
      return "site"; // a building, a street, an institution
    }
    if (lower.endsWith(" county") || lower.endsWith(" parish") || lower.endsWith(" borough")) {
      return "county";
    }
    for (Lexicons.Place p : lex.places(label)) {
      if (p.type().equals("state") || p.type().equals("country") || p.type().equals("region")) {
        return p.type();
      }
    }
    return "city";
  }
}
