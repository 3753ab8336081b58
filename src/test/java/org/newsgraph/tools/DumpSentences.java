package org.newsgraph.tools;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.validate.ShaclGate;

/**
 * Developer aid: with the standard name finder, prints the sentences of the articles in a folder
 * that contain a given string, with their tokens (POS) and the resolved mentions.
 * Usage: DumpSentences DIR TEXT
 */
public final class DumpSentences {
  private DumpSentences() {}

  public static void main(String[] args) {
    FactExtractor dump = new FactExtractor() {
      @Override
      public String name() {
        return "dump";
      }

      @Override
      public void extract(ArticleContext a, FactSink sink) {
        for (Sentence s : a.sentences()) {
          if (!s.text().contains(args[1])) {
            continue;
          }
          StringBuilder b = new StringBuilder(a.article().fileName() + " #" + s.index() + " b" + s.block() + "\n  ");
          s.tokens().forEach(t -> b.append(t.text()).append('/').append(t.pos()).append(' '));
          for (Mention m : a.mentionsIn(s.index())) {
            b.append("\n   ").append(m.type()).append(" [").append(m.text()).append("] -> ").append(m.entity());
          }
          System.out.println(b);
        }
      }
    };
    new Pipeline(ArticleReader.standard(), org.newsgraph.nlp.ner.NameFinders::standard, List.of(dump), ShaclGate.standard())
        .build(Path.of(args[0]));
  }
}
