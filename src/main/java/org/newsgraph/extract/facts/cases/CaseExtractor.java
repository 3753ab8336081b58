package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Merge;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.facts.DeclaringSink;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.dates.DateResolver;
import org.newsgraph.extract.facts.policy.PolicyScheme;

/**
 * Criminal cases: victims, defendants, charges, sentences, the offence's date and place, the
 * sentencing's date, and the policies a case is tied to. Two layers read each sentence: the frames
 * of {@code case-words.tsv} and {@code case-frames.tsv} over the dependency tree ({@link
 * FrameReader}), and the surface patterns of {@code cases.tsv} ({@link SurfaceRules}); where both
 * read the same words, one fact. What an article says about the same people is one case ({@link
 * CaseGrouping}, {@link ArticleMerges}); the case IRI is keyed by its first victim (or defendant),
 * so that the same matter told by two articles is one resource ({@link CaseReconciler}). A
 * defendant's earlier matter (a cue of {@code case-prior.tsv}) is a case of its own. Killings,
 * shootings, arrests and sentencings are also reported as events.
 */
public final class CaseExtractor implements FactExtractor {
  private final Optional<CasePolicies> policies;
  private final Optional<PolicyScheme> scheme;
  private final SurfaceRules surface;
  private final FrameReader frames;
  private final CaseGrouping grouping;
  private final CaseWriter writer;

  public CaseExtractor(Optional<PolicyScheme> policies) {
    this.scheme = policies;
    this.policies = policies.map(CasePolicies::new);
    Offenders offenders = new Offenders();
    PriorCues priors = new PriorCues();
    Offences offences = new Offences();
    CaseWords words = new CaseWords();
    this.surface = new SurfaceRules(offenders, priors);
    this.frames = new FrameReader(words, offenders, offences, priors);
    this.grouping = new CaseGrouping(offenders, offences);
    this.writer = new CaseWriter(name(), words);
  }

  @Override
  public String name() {
    return "case";
  }

  @Override
  public void extract(ArticleContext a, FactSink out) {
    FactSink sink = new DeclaringSink(a, out);
    MaskedArticle ma = MaskedArticle.of(a, scheme);
    DateResolver dates = new DateResolver(a.published());
    Coreference coref = Coreference.in(a);
    boolean legal = frames.legal(ma);
    List<Partial> partials = new ArrayList<>();
    for (MaskedSentence s : ma.sentences()) {
      partials.addAll(surface.read(s, dates));
      partials.addAll(frames.read(s, coref, dates, legal));
    }
    List<List<Partial>> cases = grouping.group(ma, partials);
    List<Ref> refs = new ArrayList<>();
    for (List<Partial> c : cases) {
      refs.add(writer.write(ma, c, sink));
    }
    policies.ifPresent(p -> p.link(ma, cases, refs, sink, name()));
  }

  @Override
  public Merge merge(List<ArticleGraph> graphs) {
    return CaseReconciler.merge(graphs);
  }
}
