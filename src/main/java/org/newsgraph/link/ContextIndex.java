package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gazetteer items named in a candidate's context, found as the longest known names inside each
 * context label ("Los Angeles County District Attorney" names Los Angeles County and the position
 * district attorney). Only names that point to one item count: an ambiguous context name
 * ("Pasadena") supports nothing.
 */
final class ContextIndex {
  private static final int MAX_NAME_TOKENS = 6;

  /** Support from a named place that contains the item. */
  static final double ANCESTOR = 0.5;

  /** Support from a named item that shares a place with it, or lies in it. */
  static final double NEIGHBOUR = 0.4;

  private final Gazetteer gazetteer;
  private final Set<String> named = new LinkedHashSet<>();
  private final Set<String> withAncestors = new HashSet<>();
  private final List<String> keys = new ArrayList<>();

  ContextIndex(Gazetteer gazetteer, List<String> context) {
    this.gazetteer = gazetteer;
    for (String label : context) {
      String key = Names.key(label);
      if (!key.isEmpty()) {
        keys.add(key);
        named.addAll(gazetteer.namedIn(key, ContextIndex::itemsNamedIn));
      }
    }
    for (String q : named) {
      withAncestors.addAll(gazetteer.withAncestors(q));
    }
  }

  /** The items a name key mentions: longest known names first, ambiguous names skipped. */
  static Set<String> itemsNamedIn(Gazetteer gazetteer, String key) {
    Set<String> out = new LinkedHashSet<>();
    String[] tokens = key.split(" ");
    int i = 0;
    while (i < tokens.length) {
      int taken = 1;
      for (int n = Math.min(MAX_NAME_TOKENS, tokens.length - i); n >= 1; n--) {
        String sub = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n));
        Set<String> qids = new LinkedHashSet<>();
        gazetteer.byLabel(sub).forEach(e -> qids.add(e.qid()));
        gazetteer.byAlias(sub).forEach(e -> qids.add(e.qid()));
        if (!qids.isEmpty()) {
          if (qids.size() == 1) {
            out.add(qids.iterator().next());
          }
          taken = n;
          break;
        }
      }
      i += taken;
    }
    return Set.copyOf(out);
  }

  /** The items named in the context. */
  Set<String> named() {
    return named;
  }

  /** The name keys of the context labels. */
  List<String> keys() {
    return keys;
  }

  /**
   * How strongly the context supports item {@code qid}, whose parent chain starts at {@code
   * parents}: 1 when the context names it; otherwise the sum, capped at 1, over the items the
   * context names of 0.5 for a place (below country level) that contains it and 0.4 for one that
   * shares such a place with it or lies in it. More co-mentioned neighbours, more support: an
   * article naming Los Angeles County and Los Angeles and, in passing, Michigan supports Beverly
   * Hills, California (0.9) over Beverly Hills, Michigan (0.5).
   */
  double support(String qid, List<String> parents) {
    if (named.contains(qid)) {
      return 1.0;
    }
    Set<String> up = new LinkedHashSet<>();
    for (String p : parents) {
      up.addAll(gazetteer.withAncestors(p));
    }
    up.remove(qid);
    up.removeIf(this::broad);
    Set<String> self = new LinkedHashSet<>(up);
    self.add(qid);
    double sum = 0;
    for (String n : named) {
      if (up.contains(n)) {
        sum += ANCESTOR;
      } else {
        for (String a : gazetteer.withAncestors(n)) {
          if (!broad(a) && self.contains(a)) {
            sum += NEIGHBOUR;
            break;
          }
        }
      }
    }
    return Math.min(1.0, sum);
  }

  /** Countries are shared by too much to tell namesakes apart. */
  private boolean broad(String qid) {
    return gazetteer.byQid(qid).map(e -> e.subtype().equals("country")).orElse(false);
  }
}
