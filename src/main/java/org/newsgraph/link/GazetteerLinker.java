package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offline linking against the {@link Gazetteer}: candidates by label and alias (accent- and
 * case-insensitive), only items of the entity's kind, ranked by context, NIL below the threshold
 * or when two items stay too close.
 */
public final class GazetteerLinker implements Linker {
  private final Gazetteer gazetteer;
  private final Scoring scoring;

  public GazetteerLinker(Gazetteer gazetteer, Scoring scoring) {
    this.gazetteer = gazetteer;
    this.scoring = scoring;
  }

  public GazetteerLinker(Gazetteer gazetteer) {
    this(gazetteer, Scoring.DEFAULT);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public Optional<Link> link(Candidate c) {
    ContextIndex context = new ContextIndex(gazetteer, c.context());
    Map<String, Scoring.Option> best = new HashMap<>();
    for (var s : Scoring.surfaces(c).entrySet()) {
      String key = s.getKey();
      double f = s.getValue();
      boolean ambiguous = !gazetteer.byWeakAlias(key).isEmpty();
      consider(c, context, best, gazetteer.byLabel(key), Scoring.LABEL * f, ambiguous, "exact-label");
      consider(c, context, best, gazetteer.byAlias(key), Scoring.ALIAS * f, ambiguous, "alias");
      consider(c, context, best, gazetteer.byWeakAlias(key), Scoring.WEAK_ALIAS * f, true, "weak-alias");
    }
    return scoring.choose(new ArrayList<>(best.values()), "gazetteer");
  }

  private void consider(
      Candidate c,
      ContextIndex context,
      Map<String, Scoring.Option> best,
      List<GazetteerEntry> entries,
      double name,
      boolean needsContext,
      String how) {
    for (GazetteerEntry e : entries) {
      if (!e.kind().equals(c.kind())) {
        continue;
      }
      List<String> parents = e.parentQid().isEmpty() ? List.of() : List.of(e.parentQid());
      double ctx = context.support(e.qid(), parents);
      Scoring.Option o =
          new Scoring.Option(e.qid(), name, ctx, needsContext, how, e.singleSource() ? "[V1]" : "");
      Scoring.Option old = best.get(e.qid());
      if (old == null || better(o, old)) {
        best.put(e.qid(), o);
      }
    }
  }

  private boolean better(Scoring.Option a, Scoring.Option b) {
    if (a.needsContext() != b.needsContext()) {
      return !a.needsContext();
    }
    return scoring.score(a) > scoring.score(b);
  }
}
