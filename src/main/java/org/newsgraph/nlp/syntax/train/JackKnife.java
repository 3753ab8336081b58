package org.newsgraph.nlp.syntax.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.syntax.Tagger;
import org.newsgraph.nlp.syntax.TaggerModel;

/**
 * Tags a treebank the way the parser will see text: split into {@code folds} contiguous parts,
 * each tagged by a tagger trained on the others, so every sentence gets tags from a model that
 * never saw it (with the errors that brings).
 */
public final class JackKnife {
  private JackKnife() {}

  /** The sentences with their UPOS replaced by predicted tags, in the same order. */
  public static List<Conllu.Sentence> tag(List<Conllu.Sentence> sentences, int folds, TaggerTrainer trainer, PrintStream log) {
    List<Conllu.Sentence> out = new ArrayList<>(sentences.size());
    long right = 0;
    long total = 0;
    for (int f = 0; f < folds; f++) {
      int from = (int) ((long) sentences.size() * f / folds);
      int to = (int) ((long) sentences.size() * (f + 1) / folds);
      List<Conllu.Sentence> rest = new ArrayList<>(sentences.subList(0, from));
      rest.addAll(sentences.subList(to, sentences.size()));
      TaggerModel model = trainer.train(rest);
      Tagger tagger = new Tagger(model);
      for (Conllu.Sentence s : sentences.subList(from, to)) {
        String[] tags = tagger.tag(s.words());
        for (int i = 0; i < tags.length; i++) {
          right += tags[i].equals(s.upos()[i]) ? 1 : 0;
        }
        total += tags.length;
        out.add(new Conllu.Sentence(s.id(), s.words(), tags, s.xpos(), s.heads(), s.deprels()));
      }
      if (log != null) {
        log.printf(Locale.ROOT, "jack-knife fold %d/%d tagged%n", f + 1, folds);
      }
    }
    if (log != null) {
      log.printf(Locale.ROOT, "jack-knifed tags: %.2f%% right%n", 100.0 * right / Math.max(1, total));
    }
    return out;
  }
}
