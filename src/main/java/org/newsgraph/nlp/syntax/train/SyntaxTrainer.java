package org.newsgraph.nlp.syntax.train;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.syntax.ParserModel;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.TaggerModel;

/**
 * The whole recipe of {@code train-parser}: the tagger on the treebanks' gold tags, the same
 * treebanks tagged by jack-knifing, and the parser on those predicted tags. Deterministic: the same
 * sentences and settings give the same models, byte for byte.
 */
public final class SyntaxTrainer {
  /**
   * @param taggerIterations perceptron passes of the tagger
   * @param parserIterations perceptron passes of the parser
   * @param folds jack-knife folds (1: train the parser on gold tags)
   * @param seed seed of the shuffles and of the parser's exploration
   * @param minWeight parser weights smaller than this are left out of the model
   */
  public record Settings(int taggerIterations, int parserIterations, int folds, long seed, double minWeight) {}

  private SyntaxTrainer() {}

  public static SyntaxModels train(List<Conllu.Sentence> sentences, Settings settings, PrintStream log) {
    long t0 = System.nanoTime();
    TaggerTrainer taggerTrainer = new TaggerTrainer(settings.taggerIterations(), settings.seed(), null);
    List<Conllu.Sentence> forParser = sentences;
    if (settings.folds() > 1) {
      forParser = JackKnife.tag(sentences, settings.folds(), taggerTrainer, log);
    }
    log.printf(Locale.ROOT, "jack-knifing took %.0f s%n", seconds(t0));
    long t1 = System.nanoTime();
    TaggerModel tagger = new TaggerTrainer(settings.taggerIterations(), settings.seed(), log).train(sentences);
    log.printf(Locale.ROOT, "tagger: %d features, %d weights, trained in %.0f s%n",
        tagger.weights().features(), tagger.weights().entries(), seconds(t1));
    long t2 = System.nanoTime();
    ParserModel parser = new ParserTrainer(settings.parserIterations(), settings.seed(), log).train(forParser);
    parser = new ParserModel(parser.tags(), parser.labels(), parser.weights().pruned(settings.minWeight()));
    log.printf(Locale.ROOT, "parser: %d labels, %d features, %d weights, trained in %.0f s%n",
        parser.labels().size(), parser.weights().features(), parser.weights().entries(), seconds(t2));
    return new SyntaxModels(tagger, parser);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
