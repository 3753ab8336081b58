package org.newsgraph.nlp;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger ({@link POSTaggerME}, UD tags) searching with {@link
 * SelectingBeamSearch}: the same tags, less work. A model whose classifier is not a maxent model,
 * or whose tags are not UD (POSTaggerME would convert them), is used through POSTaggerME
 * unchanged. Not thread-safe: one per thread.
 */
public final class PosTagger {
  /** Where OpenNLP keeps the classifier in a POS model. */
  private static final String MODEL_ENTRY = "pos.model";

  private final POSTaggerME fallback;
  private final SelectingBeamSearch beam;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  public PosTagger(POSModel model) {
    Object artifact = model.getArtifact(MODEL_ENTRY);
    boolean ud = artifact instanceof MaxentModel && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
    if (!ud) {
      this.fallback = new POSTaggerME(model);
      this.beam = null;
      this.contexts = null;
      this.validator = null;
      return;
    }
    String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beamSize = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    this.fallback = null;
    this.beam = new SelectingBeamSearch(beamSize, (MaxentModel) artifact);
    this.contexts = model.getFactory().getPOSContextGenerator(beamSize);
    this.validator = model.getFactory().getSequenceValidator();
  }

  /** Whether the selecting beam search is in use (false: plain POSTaggerME). */
  public boolean selecting() {
    return fallback == null;
  }

  /** The UD tags of a sentence's words, as {@link POSTaggerME#tag(String[])} gives them. */
  public String[] tag(String[] words) {
    if (fallback != null) {
      return fallback.tag(words);
    }
    return beam.bestSequence(words, null, contexts, validator).getOutcomes().toArray(new String[0]);
  }
}
