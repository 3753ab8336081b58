package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.policy.PolicyScheme;

/**
 * Policies named in a sentence about a case ({@code ng:concernsPolicy}): a sentence that names a
 * policy and a word of a case ({@value #FILE}) speaks of the case in that sentence or the nearest
 * before it; of two cases told there, the one the sentence's charge or sentence went to (an earlier
 * matter's plea deal is that matter's, not the victims' case's).
 */
final class CasePolicies {
  static final String FILE = "case-policy.tsv";

  private final PolicyScheme policies;
  private final Pattern context;

  CasePolicies(PolicyScheme policies) {
    this.policies = policies;
    List<String> ctx = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load(FILE).rows()) {
      ctx.add(r.get(1));
    }
    context = Pattern.compile("(?i)" + String.join("|", ctx));
  }

  void link(MaskedArticle ma, List<List<Partial>> cases, List<Ref> refs, FactSink sink, String extractor) {
    for (MaskedSentence s : ma.sentences()) {
      List<Slot> ps = s.slots().stream().filter(x -> x.code() == 'Y').toList();
      if (ps.isEmpty() || !context.matcher(s.text()).find()) {
        continue;
      }
      int idx = s.sentence().index();
      int best = -1;
      int bestDist = Integer.MAX_VALUE;
      for (int i = 0; i < cases.size(); i++) {
        for (Partial p : cases.get(i)) {
          int dist = idx - p.sentenceIndex();
          int score = 2 * dist + (p.hasFacts() ? 0 : 1);
          if (dist >= 0 && dist <= 2 && score < bestDist) {
            best = i;
            bestDist = score;
          }
        }
      }
      if (best < 0) {
        continue;
      }
      for (Slot y : ps) {
        policies.declare(y.ref(), sink);
        sink.fact(refs.get(best), "concernsPolicy", y.ref(), ma.article().evidence(s.sentence(), 0.6, extractor + ":policy"));
      }
    }
  }
}
