package org.newsgraph.tools;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.policy.PolicyScheme;
import org.newsgraph.nlp.RuleNameFinder;
import org.newsgraph.validate.ShaclGate;

/** Developer aid: prints every sentence as the fact extractors see it (names and policies masked). */
public final class DumpMasked {
  private DumpMasked() {}

  public static void main(String[] args) {
    FactExtractor dump = new FactExtractor() {
      @Override
      public String name() {
        return "dump";
      }

      @Override
      public void extract(ArticleContext a, FactSink sink) {
        if (args.length > 1 && !a.article().fileName().startsWith(args[1])) {
          return;
        }
        System.out.println("=== " + a.article().fileName());
        if (args.length > 2) {
          FactSink print = new FactSink() {
            @Override
            public void node(org.newsgraph.extract.Ref ref, List<String> types, String label, java.util.Collection<String> alt) {}

            @Override
            public void fact(org.newsgraph.extract.Ref s, String p, org.newsgraph.extract.Value o, org.newsgraph.extract.Evidence e) {
              System.out.println(s + " " + p + " " + o + "\n      [" + e.method() + "] "
                  + a.text().substring(e.start(), e.end()).replace('\n', ' '));
            }
          };
          for (FactExtractor x : org.newsgraph.extract.facts.FactExtractors.all()) {
            x.extract(a, print);
          }
          return;
        }
        MaskedArticle ma = MaskedArticle.of(a, PolicyScheme.fromClasspath());
        for (MaskedSentence s : ma.sentences()) {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < s.slots().size(); i++) {
            Slot x = s.slots().get(i);
            b.append(' ').append(x.code()).append(i).append('=').append(x.ref());
          }
          System.out.println(s.sentence().index() + "/" + s.sentence().block() + ": " + s.text() + "\n      " + b);
        }
      }
    };
    new Pipeline(ArticleReader.standard(), RuleNameFinder::standard, List.of(dump), ShaclGate.standard())
        .build(Path.of(args[0]));
  }
}
