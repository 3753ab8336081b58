package org.newsgraph.extract.facts.events;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.validate.ShaclGate;

/**
 * Developer aid: prints what the event extractor's two layers read in each article of a folder
 * whose file name contains a string: every sighting, then the events they make.
 * Usage: DumpSightings DIR [NAME-PART]
 */
public final class DumpSightings {
  private DumpSightings() {}

  public static void main(String[] args) {
    String part = args.length > 1 ? args[1] : "";
    EventRules rules = EventRules.load();
    FactExtractor dump = new FactExtractor() {
      @Override
      public String name() {
        return "dump";
      }

      @Override
      public void extract(ArticleContext a, FactSink sink) {
        if (!a.article().fileName().contains(part)) {
          return;
        }
        EventDates dates = new EventDates(a, rules.words());
        System.out.println("== " + a.article().fileName() + " news day " + dates.newsDay().orElse(null));
        List<Sighting> tree = new TreeReader(rules, "event").read(a, new Roles(a), dates);
        List<Sighting> surface = new SurfaceReader("event").read(MaskedArticle.of(a, java.util.Optional.empty()), dates);
        tree.forEach(s -> System.out.println("  tree    " + s + "  | " + a.sentences().get(s.sentence).text()));
        surface.forEach(s -> System.out.println("  surface " + s + "  | " + a.sentences().get(s.sentence).text()));
      }
    };
    new Pipeline(ArticleReader.standard(), org.newsgraph.nlp.ner.NameFinders::standard, List.of(dump), ShaclGate.standard())
        .build(Path.of(args[0]));
  }
}
