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
    Map<String, Double> nameByKey = Scoring.surfaces(c);
    List<String> surfaces = c.surfaces();
    Set<String> searched = new LinkedHashSet<>();
    Map<String, Double> nameScore = new LinkedHashMap<>();
    Map<String, String> how = new LinkedHashMap<>();
    Map<String, Boolean> needsContext = new LinkedHashMap<>();
    for (String s : surfaces) {
      if (searched.size() >= MAX_SEARCHES) {
        break;
      }
      String k = Names.key(s);
      // a part of the label ("Díaz" of "José Díaz") only brings namesakes: not searched
      if (k.isEmpty() || nameByKey.get(k) == Scoring.PARTIAL_ALT_LABEL || !searched.add(k)) {
        continue;
      }
      for (SearchHit h : client.search(s, SEARCH_LIMIT)) {
        Double byLabel = nameByKey.get(Names.key(h.label()));
        Double byAlias =
            h.matchType().equals("alias") ? nameByKey.get(Names.key(h.matchText())) : null;
        double n = 0;
        String w = null;
        String matched = null;
        if (byLabel != null) {
          n = byLabel;
          w = "label";
          matched = Names.key(h.label());
        } else if (byAlias != null) {
          n = byAlias * Scoring.ALIAS;
          w = "alias";
          matched = Names.key(h.matchText());
        }
        if (w != null && n > nameScore.getOrDefault(h.id(), 0.0)) {
          nameScore.put(h.id(), n);
          how.put(h.id(), w);
          // a name the gazetteer knows to be ambiguous ("the Times") links only with context
          needsContext.put(h.id(), !gazetteer.byWeakAlias(matched).isEmpty());
        }
      }
    }
    if (nameScore.isEmpty()) {
      return Optional.empty();
    }
    Map<String, WikidataEntity> entities = client.entities(nameScore.keySet());
    ContextIndex context = new ContextIndex(gazetteer, c.context());
    List<WikidataEntity> accepted = new ArrayList<>();
    for (String id : nameScore.keySet()) {
      WikidataEntity ent = entities.get(id);
      if (ent != null && classes.accepts(c.kind(), ent)) {
        accepted.add(ent); // an item whose type cannot be checked is not linked
      }
    }
    // positions held (P39) tie a person to their jurisdictions (P1001) when the context names one
    Set<String> positionIds = new LinkedHashSet<>();
    if (!context.named().isEmpty() && accepted.size() > 1) {
      accepted.forEach(ent -> positionIds.addAll(ent.values("P39")));
    }
    Map<String, WikidataEntity> positions =
        positionIds.isEmpty() ? Map.of() : client.entities(positionIds);
    List<Scoring.Option> options = new ArrayList<>();
    for (WikidataEntity ent : accepted) {
      var e = Map.entry(ent.id(), nameScore.get(ent.id()));
      double ctx = support(context, ent, positions);
      options.add(
          new Scoring.Option(
              ent.id(), e.getValue(), ctx, needsContext.get(ent.id()), how.get(ent.id()), ""));
    }
    return scoring.choose(options, "online:wbsearchentities");
  }

  /**
   * Context support as for the gazetteer, from the item's ties (P131, P1001, P39, P17, and the
   * P1001/P131 of the positions it held) instead of the gazetteer's parent; failing that, 0.5 when its description names a context entity (longer
   * than three letters, not a country); else 0.
   */
  private double support(
      ContextIndex context, WikidataEntity e, Map<String, WikidataEntity> positions) {
    List<String> ties = new ArrayList<>();
    for (String p : List.of("P131", "P1001", "P39", "P17")) {
      ties.addAll(e.values(p));
    }
    for (String held : e.values("P39")) {
      WikidataEntity position = positions.get(held);
      if (position != null) {
        ties.addAll(position.values("P1001"));
        ties.addAll(position.values("P131"));
      }
    }
    double s = context.support(e.id(), ties);
    if (s == 0) {
      String d = " " + Names.key(e.description()).toLowerCase(Locale.ROOT) + " ";
      for (String k : context.keys()) {
        if (k.length() > 3 && !broad(k) && d.contains(" " + k + " ")) {
          s = ContextIndex.ANCESTOR;
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
