package org.newsgraph.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.validate.ShaclGate;

/**
 * Developer aid: with the standard analysis, prints the dependency tree of each sentence of the
 * articles in a folder that matches a regular expression (index, word, lemma, POS, head,
 * relation), with the resolved mentions. Usage: DumpTrees DIR REGEX
 */
public final class DumpTrees {
  private DumpTrees() {}

  public static void main(String[] args) {
    Pattern p = Pattern.compile(args[1]);
    FactExtractor dump = new FactExtractor() {
      @Override
      public String name() {
        return "dump";
      }

      @Override
      public void extract(ArticleContext a, FactSink sink) {
        for (Sentence s : a.sentences()) {
          if (!p.matcher(s.text()).find()) {
            continue;
          }
          StringBuilder b = new StringBuilder(a.article().fileName() + " #" + s.index() + " (" + a.published().orElse(null)
              + "): " + s.text() + "\n");
          List<Token> ts = s.tokens();
          for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            b.append(String.format("  %2d %-16s %-14s %-5s %2d %s%n", i, t.text(), t.lemma(), t.pos(), t.head(), t.deprel()));
          }
          for (Mention m : a.mentionsIn(s.index())) {
            b.append("   ").append(m.type()).append(" [").append(m.text()).append("] ").append(m.startToken()).append('-')
                .append(m.endToken()).append(" -> ").append(m.entity()).append('\n');
          }
          System.out.println(b);
        }
      }
    };
    new Pipeline(ArticleReader.standard(), org.newsgraph.nlp.ner.NameFinders::standard, List.of(dump), ShaclGate.standard())
        .build(Path.of(args[0]));
  }
}
