package org.newsgraph.extract.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.policy.PolicyScheme;
import org.newsgraph.nlp.EntityType;

/** Every sentence of an article masked, with policy phrases and nominal references as slots. */
public final class MaskedArticle {
  private static final Pattern NOMINALS = nominals();

  private final ArticleContext article;
  private final List<MaskedSentence> sentences = new ArrayList<>();
  private final Optional<Ref> mainPerson;

  private MaskedArticle(ArticleContext a, Optional<PolicyScheme> policies) {
    this.article = a;
    this.mainPerson = mainPerson(a);
    String text = a.text();
    for (int i = 0; i < a.sentences().size(); i++) {
      var s = a.sentences().get(i);
      List<Slot> extra = new ArrayList<>();
      if (policies.isPresent()) {
        extra.addAll(policies.get().find(text, s.start(), s.end()));
      }
      if (mainPerson.isPresent()) {
        Matcher m = NOMINALS.matcher(text.substring(s.start(), s.end()));
        while (m.find()) {
          extra.add(new Slot('N', s.start() + m.start(), s.start() + m.end(), null, mainPerson.get(), m.group()));
        }
      }
      sentences.add(MaskedSentence.of(a, i, extra));
    }
  }

  public static MaskedArticle of(ArticleContext a, Optional<PolicyScheme> policies) {
    return new MaskedArticle(a, policies);
  }

  public ArticleContext article() {
    return article;
  }

  public List<MaskedSentence> sentences() {
    return sentences;
  }

  public MaskedSentence get(int i) {
    return sentences.get(i);
  }

  /** The longest surface form of an entity in this article (its fullest name here), or its slug. */
  public String label(Ref r) {
    String best = null;
    for (Mention m : article.mentions()) {
      if (m.entity().equals(r) && (best == null || m.text().length() > best.length())) {
        best = m.text();
      }
    }
    return best != null ? best : r.slug().replace('-', ' ');
  }

  /** The person named most often in the article (first named on ties): whom "the DA" means. */
  public Optional<Ref> mainPerson() {
    return mainPerson;
  }

  static Optional<Ref> mainPerson(ArticleContext a) {
    Map<Ref, Integer> count = new HashMap<>();
    Ref best = null;
    for (Mention m : a.mentions()) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      int c = count.merge(m.entity(), 1, Integer::sum);
      if (best == null || c > count.get(best)) {
        best = m.entity();
      }
    }
    return Optional.ofNullable(best);
  }

  private static Pattern nominals() {
    List<String> alts = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load("nominal-references.tsv").rows()) {
      alts.add(Pattern.quote(r.get(0)).replace(" ", "\\E\\s+\\Q"));
    }
    alts.sort((x, y) -> y.length() - x.length());
    return Pattern.compile("(?i)\\b(?:" + String.join("|", alts) + ")\\b");
  }
}
