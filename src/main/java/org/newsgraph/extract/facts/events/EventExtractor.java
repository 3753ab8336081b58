package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Merge;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.facts.DeclaringSink;
import org.newsgraph.extract.facts.MaskedArticle;

/**
 * Events: statements (tweets, letters, published statements), press conferences, lawsuits, votes
 * and elections, shootings, killings, arrests, charges, sentencings, resignations, suspensions and
 * removals, read over the dependency tree with the trigger classes and paths of {@code
 * event-rules.tsv} ({@link TreeReader}), and from the surface with the patterns of {@code
 * events.tsv} where the tree is wrong ({@link SurfaceReader}); what several sentences tell of one
 * event is one event ({@link Gathering}). Recall campaigns come from {@code events.tsv} ({@link
 * RecallCampaigns}). The same event told by two articles is made one resource across the corpus
 * by {@link SameEvents}.
 */
public final class EventExtractor implements FactExtractor {
  private final EventRules rules = EventRules.load();
  private final TreeReader tree = new TreeReader(rules, name());
  private final SurfaceReader surface = new SurfaceReader(name());
  private final RecallCampaigns recalls = new RecallCampaigns(surface, name());

  @Override
  public String name() {
    return "event";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new DeclaringSink(a, sink);
    MaskedArticle ma = MaskedArticle.of(a, Optional.empty());
    EventDates dates = new EventDates(a, rules.words());
    List<Sighting> sightings = new ArrayList<>(tree.read(a, new Roles(a), dates));
    Set<String> read = new HashSet<>();
    sightings.stream().filter(x -> !x.fills.isEmpty()).forEach(x -> read.add(x.kind + "#" + x.sentence));
    for (Sighting x : surface.read(ma, dates)) {
      if (!read.contains(x.kind + "#" + x.sentence)) {
        sightings.add(x); // the surface only where the tree read no one in an event of that kind in the sentence
      } else {
        sightings.stream().filter(t -> t.kind.equals(x.kind) && t.sentence == x.sentence && !t.fills.isEmpty())
            .filter(t -> agrees(t, x)).findFirst().ifPresent(t -> complete(t, x));
      }
    }
    sightings.sort(Comparator.comparingInt(s -> s.sentence));
    Gathering g = new Gathering(ma, dates);
    g.emit(g.gather(sightings), sink);
    recalls.extract(ma, dates, sink);
  }

  /** Whether the surface tells no one else in a role the tree filled (then it tells the same event). */
  private static boolean agrees(Sighting tree, Sighting surface) {
    for (Sighting.Fill f : surface.fills) {
      List<org.newsgraph.extract.Ref> mine = tree.in(f.role());
      if (!mine.isEmpty() && !mine.contains(f.ref())) {
        return false;
      }
    }
    return true;
  }

  /** The surface fills a role the tree left empty ("filed a lawsuit against her", the pronoun attached elsewhere). */
  private static void complete(Sighting tree, Sighting surface) {
    for (Sighting.Fill f : surface.fills) {
      if (tree.in(f.role()).isEmpty()) {
        tree.fill(f.role(), f.ref(), f.evidence());
      }
    }
  }

  /** One statement told by two articles is one event ({@link SameEvents}). */
  @Override
  public Merge merge(List<ArticleGraph> graphs) {
    return SameEvents.merge(graphs);
  }
}
