package org.newsgraph.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word shape: upper case letters become X, lower case x, digits d, other characters stay; runs of
 * the same class collapse ("McDonald" → "XxXx", "U.S." → "X.X.", "1996" → "d"). Also marks
 * all-caps words and words with inner capitals.
 */
public final class WordShapeFeatureGenerator implements AdaptiveFeatureGenerator {

  /** XML factory: {@code <generator class="org.newsgraph.nlp.ner.WordShapeFeatureGenerator$Factory"/>}. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new WordShapeFeatureGenerator();
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    features.add("sh=" + shape(tokens[index]));
  }

  /** The collapsed shape of a word (at most 8 characters, then "~"). */
  public static String shape(String w) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length() && sb.length() < 8; i++) {
      char c = w.charAt(i);
      char k;
      if (Character.isUpperCase(c)) {
        k = 'X';
      } else if (Character.isLowerCase(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else if (Character.isLetter(c)) {
        k = 'l';
      } else {
        k = c;
      }
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    if (sb.length() >= 8) {
      sb.append('~');
    }
    return sb.toString();
  }
}
