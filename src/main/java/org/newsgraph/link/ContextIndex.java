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
   * parents}: 1 when the context names it or a place (below country level) that contains it; 0.7
   * when it shares such a place with something the context names, or contains something named; 0
   * otherwise.
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
    for (String a : up) {
      if (named.contains(a) && !broad(a)) {
        return 1.0;
      }
    }
    for (String a : up) {
      if (withAncestors.contains(a) && !broad(a)) {
        return 0.7;
      }
    }
    if (withAncestors.contains(qid) && !broad(qid)) {
      return 0.7;
    }
    return 0.0;
  }

  /** Countries are shared by too much to tell namesakes apart. */
  private boolean broad(String qid) {
    return gazetteer.byQid(qid).map(e -> e.subtype().equals("country")).orElse(false);
  }
}
