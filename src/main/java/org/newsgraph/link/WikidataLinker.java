package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Online linking through the Wikidata API: {@code wbsearchentities} for items whose label or alias
 * equals one of the entity's names (accent- and case-insensitive; prefix hits are dropped), {@code
 * wbgetentities} for their classes (P31) and ties (P39, P1001, P131, P17), then the same scoring as
 * the gazetteer: kind filter, context, threshold and margin.
 */
public final class WikidataLinker implements Linker {
  /** How many of the entity's names are searched (label first). */
  static final int MAX_SEARCHES = 3;

  static final int SEARCH_LIMIT = 10;

  private final WikidataClient client;
  private final Gazetteer gazetteer;
  private final TypeClasses classes;
  private final Scoring scoring;

  public WikidataLinker(
      WikidataClient client, Gazetteer gazetteer, TypeClasses classes, Scoring scoring) {
    this.client = client;
    this.gazetteer = gazetteer;
    this.classes = classes;
    this.scoring = scoring;
  }

  @Override
  public Optional<Link> link(Candidate c) {
    List<String> surfaces = c.surfaces();
    Map<String, Double> nameByKey = new LinkedHashMap<>();
    for (int i = 0; i < surfaces.size(); i++) {
      String k = Names.key(surfaces.get(i));
      if (!k.isEmpty()) {
        nameByKey.putIfAbsent(k, i == 0 ? Scoring.LABEL : Scoring.LABEL - Scoring.ALT_LABEL_DISCOUNT);
      }
    }
    Set<String> searched = new LinkedHashSet<>();
    Map<String, Double> nameScore = new LinkedHashMap<>();
    Map<String, String> how = new LinkedHashMap<>();
    for (String s : surfaces) {
      if (searched.size() >= MAX_SEARCHES) {
        break;
      }
      if (Names.key(s).isEmpty() || !searched.add(Names.key(s))) {
        continue;
      }
      for (SearchHit h : client.search(s, SEARCH_LIMIT)) {
        Double byLabel = nameByKey.get(Names.key(h.label()));
        Double byAlias =
            h.matchType().equals("alias") ? nameByKey.get(Names.key(h.matchText())) : null;
        double n = 0;
        String w = null;
        if (byLabel != null) {
          n = byLabel;
          w = "label";
        } else if (byAlias != null) {
          n = byAlias - (Scoring.LABEL - Scoring.ALIAS);
          w = "alias";
        }
        if (w != null && n > nameScore.getOrDefault(h.id(), 0.0)) {
          nameScore.put(h.id(), n);
          how.put(h.id(), w);
        }
      }
    }
    if (nameScore.isEmpty()) {
      return Optional.empty();
    }
    Map<String, WikidataEntity> entities = client.entities(nameScore.keySet());
    ContextIndex context = new ContextIndex(gazetteer, c.context());
    List<Scoring.Option> options = new ArrayList<>();
    for (var e : nameScore.entrySet()) {
      WikidataEntity ent = entities.get(e.getKey());
      if (ent == null || !classes.accepts(c.kind(), ent)) {
        continue; // an item whose type cannot be checked is not linked
      }
      double ctx = support(context, ent);
      options.add(new Scoring.Option(ent.id(), e.getValue(), ctx, false, how.get(ent.id()), ""));
    }
    return scoring.choose(options, "online:wbsearchentities");
  }

  /**
   * 1 or 0.7 when the item's ties (P131, P1001, P17, P39) meet what the context names (as for the
   * gazetteer); 0.7 when its description names a context entity (longer than three letters, not a
   * country); else 0.
   */
  private double support(ContextIndex context, WikidataEntity e) {
    List<String> ties = new ArrayList<>();
    for (String p : List.of("P131", "P1001", "P39", "P17")) {
      ties.addAll(e.values(p));
    }
    double s = context.support(e.id(), ties);
    if (s == 0) {
      String d = " " + Names.key(e.description()).toLowerCase(Locale.ROOT) + " ";
      for (String k : context.keys()) {
        if (k.length() > 3 && !broad(k) && d.contains(" " + k + " ")) {
          s = 0.7;
          break;
        }
      }
    }
    return s;
  }

  private boolean broad(String key) {
    return gazetteer.byLabel(key).stream().anyMatch(g -> g.subtype().equals("country"))
        || gazetteer.byAlias(key).stream().anyMatch(g -> g.subtype().equals("country"));
  }
}
