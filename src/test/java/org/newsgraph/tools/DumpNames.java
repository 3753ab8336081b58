package org.newsgraph.tools;

import java.nio.file.Path;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.RuleNameFinder;
import org.newsgraph.nlp.Sentence;

/** Developer aid: prints each sentence's tokens with POS and the names found. */
public final class DumpNames {
  private DumpNames() {}

  public static void main(String[] args) throws Exception {
    Article a = ArticleReader.standard().read(Path.of(args[0]), ArticleMeta.empty("x"));
    Annotator an = Annotator.standard();
    RuleNameFinder f = RuleNameFinder.standard();
    boolean pos = args.length > 1;
    for (Sentence s : an.annotate(a)) {
      if (pos) {
        StringBuilder sb = new StringBuilder();
        s.tokens().forEach(t -> sb.append(t.text()).append('/').append(t.pos()).append(' '));
        System.out.println(sb);
      }
      for (NameSpan n : f.find(s)) {
        System.out.println("   " + n.type() + " [" + s.cover(a.text(), n.start(), n.end()) + "] " + n.source());
      }
    }
  }
}
