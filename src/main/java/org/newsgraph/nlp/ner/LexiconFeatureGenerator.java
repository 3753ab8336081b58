package org.newsgraph.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word-list features of one token: first name, surname, title, organisation head word, company
 * designator, and "capitalised here but usually written in lower case". Name lists fire only on
 * capitalised tokens, so that "will" and "bush" in running text do not look like names.
 */
public final class LexiconFeatureGenerator implements AdaptiveFeatureGenerator {
  private final NerLexicon lexicon = NerLexicon.standard();

  /** XML factory. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new LexiconFeatureGenerator();
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    String w = tokens[index];
    if (lexicon.isTitle(w)) {
      features.add("lx=title");
    }
    if (lexicon.isDesignator(w)) {
      features.add("lx=desig");
    }
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return;
    }
    if (lexicon.isFirstName(w)) {
      features.add("lx=fn");
    }
    if (lexicon.isSurname(w)) {
      features.add("lx=sn");
    }
    if (lexicon.isOrgHead(w)) {
      features.add("lx=orghead");
    }
    if (lexicon.isLowercaseWord(w)) {
      features.add("lx=lc");
    }
  }
}
