package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.corpus.CorpusException;
import org.newsgraph.corpus.TempFolder;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.GumDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The precision of the coreference against GUM's (evaluation only): the pipeline reads each GUM
 * document's text, and every pronoun or description the coreference resolves to a person or
 * organisation is judged where GUM marks it as a mention and marks one of the entity's names too:
 * right when GUM puts them in the same entity.
 */
public final class CorefEvaluation {
  /** Counts for all resolved words and for he/she/him/her/his/hers/himself/herself alone. */
  public record Report(int documents, int resolved, int judged, int right, int pronounsJudged, int pronounsRight,
      List<String> wrong) {
    public double precision() {
      return judged == 0 ? 0 : (double) right / judged;
    }

    public double pronounPrecision() {
      return pronounsJudged == 0 ? 0 : (double) pronounsRight / pronounsJudged;
    }
  }

  private static final Set<String> SEXED = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

  private CorefEvaluation() {}

  /**
   * Runs the pipeline on the documents (their texts written to a folder of this process's {@link
   * TempFolder}, removed when it ends) and scores the coreference.
   */
  public static Report run(List<GumDocument> docs, List<String> problems) throws IOException {
    Path work = Files.createTempDirectory(TempFolder.get(), "gum-");
    Map<String, GumDocument> byFile = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    ArticleReader reader = ArticleReader.standard();
    for (GumDocument d : docs) {
      Path f = work.resolve(d.name() + ".txt");
      Files.writeString(f, d.text(), StandardCharsets.UTF_8);
      try {
        Article a = reader.read(f, new ArticleMeta(f.getFileName().toString(), null, null, null, null));
        if (!a.text().equals(d.text())) {
          problems.add(d.name() + ": the text as read differs from the document's: offsets would not match, skipped");
          continue;
        }
        articles.add(a);
        byFile.put(a.fileName(), d);
      } catch (CorpusException e) {
        problems.add(e.getMessage());
      }
    }
    Capture capture = new Capture();
    new Pipeline(reader, Components::nameFinder, List.of(capture), Components.shaclGate()).build(articles, problems);
    int resolved = 0;
    int judged = 0;
    int right = 0;
    int pronounsJudged = 0;
    int pronounsRight = 0;
    List<String> wrong = new ArrayList<>();
    for (Resolution r : capture.resolutions) {
      GumDocument d = byFile.get(r.file());
      resolved++;
      int w = d.wordAt(r.start());
      boolean pronoun = SEXED.contains(r.word().toLowerCase(Locale.ROOT));
      int gold = w < 0 || (pronoun && !d.single()[w]) ? 0 : d.entity()[w];
      Set<Integer> antecedent = new HashSet<>();
      for (int end : r.mentionEnds()) {
        int k = d.wordAt(end - 1);
        if (k >= 0 && d.entity()[k] != 0) {
          antecedent.add(d.entity()[k]);
        }
      }
      if (gold == 0 || antecedent.isEmpty()) {
        continue;
      }
      judged++;
      boolean ok = antecedent.contains(gold);
      right += ok ? 1 : 0;
      if (pronoun) {
        pronounsJudged++;
        pronounsRight += ok ? 1 : 0;
      }
      if (!ok) {
        wrong.add(d.name() + " @" + r.start() + " '" + r.word() + "' -> " + r.entity());
      }
    }
    return new Report(articles.size(), resolved, judged, right, pronounsJudged, pronounsRight, wrong);
  }

  /** A word the coreference resolved, with the ends of its entity's names in the article. */
  private record Resolution(String file, int start, String word, Ref entity, List<Integer> mentionEnds) {}

  /** A fact extractor that states nothing and records what the coreference resolves. */
  private static final class Capture implements FactExtractor {
    final List<Resolution> resolutions = new ArrayList<>();

    @Override
    public String name() {
      return "coref-evaluation";
    }

    @Override
    public void extract(ArticleContext a, FactSink sink) {
      Coreference c = Coreference.in(a);
      Map<Ref, List<Integer>> ends = new HashMap<>();
      for (Mention m : a.mentions()) {
        ends.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m.end());
      }
      for (Sentence s : a.sentences()) {
        for (int i = 0; i < s.tokens().size(); i++) {
          Optional<Ref> r = c.resolved(s.index(), i);
          if (r.isPresent()) {
            Token t = s.tokens().get(i);
            resolutions.add(new Resolution(a.article().fileName(), t.start(), t.text(), r.get(),
                ends.getOrDefault(r.get(), List.of())));
          }
        }
      }
    }
  }
}
