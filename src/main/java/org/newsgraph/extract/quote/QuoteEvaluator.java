package org.newsgraph.extract.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.quote.PolnearCorpus.Attribution;
import org.newsgraph.extract.quote.PolnearCorpus.Doc;
import org.newsgraph.extract.quote.PolnearCorpus.Span;

/**
 * Speaker scores for direct quotations against PolNeAR gold.
 *
 * <ul>
 *   <li>Gold items: attributions whose content is a direct quotation (opens with or right after a
 *       quote mark) and that have a source.
 *   <li>A system quotation is matched to the gold attributions whose content overlaps it.
 *   <li>A speaker is right when one of its names shares a name word (a capitalised word that is no
 *       pronoun or function word, compared without accents or case) with the gold source; a gold
 *       source without a name ("he", "the senator") stands for the nearest source before it in
 *       the article that has one (an approximation of the gold coreference PolNeAR does not give).
 *   <li>Recall: gold direct quotations with at least one matched system quotation whose speaker is
 *       right, over all gold direct quotations with a scorable source. Precision: system
 *       quotations with a speaker that overlap a gold attribution and whose speaker is right, over
 *       system quotations with a speaker that overlap a gold attribution (quotations outside every
 *       attribution, such as scare quotes, are reported but not counted).
 * </ul>
 */
public final class QuoteEvaluator {
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "his", "her", "they", "their",
      "it", "its", "we", "our", "i", "my", "you", "your", "who", "this", "that", "these", "those", "mr", "mrs",
      "ms", "dr", "sen", "rep", "gov", "president", "senator", "one", "some", "many", "both", "all", "and", "of",
      "in", "on", "for", "to", "at", "by", "with", "from", "said", "says", "according", "also", "but");

  /**
   * A quotation the system found: its span in the article, every name of its speaker (empty when
   * none) and how the speaker was found (the evidence's method, for a developer's listing).
   */
  public record SystemQuote(Span span, Collection<String> speakerNames, String method) {
    public SystemQuote(Span span, Collection<String> speakerNames) {
      this(span, speakerNames, "");
    }
  }

  /** Counts and their scores. */
  public record Score(int gold, int goldUnscorable, int goldFound, int system, int systemMatched, int systemRight,
      int systemOutside) {
    public double precision() {
      return systemMatched == 0 ? 0 : (double) systemRight / systemMatched;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(gold + o.gold, goldUnscorable + o.goldUnscorable, goldFound + o.goldFound, system + o.system,
          systemMatched + o.systemMatched, systemRight + o.systemRight, systemOutside + o.systemOutside);
    }

    static Score zero() {
      return new Score(0, 0, 0, 0, 0, 0, 0);
    }
  }

  private QuoteEvaluator() {}

  public static Score score(Doc doc, List<SystemQuote> system) {
    List<Attribution> atts = new ArrayList<>(doc.attributions());
    atts.sort((x, y) -> Integer.compare(x.content().start(), y.content().start()));
    List<Set<String>> goldNames = new ArrayList<>();
    for (Attribution a : atts) {
      goldNames.add(sourceNames(doc, a));
    }
    int gold = 0;
    int unscorable = 0;
    int found = 0;
    for (int i = 0; i < atts.size(); i++) {
      Attribution a = atts.get(i);
      if (!a.direct() || a.source() == null) {
        continue;
      }
      if (goldNames.get(i).isEmpty()) {
        unscorable++;
        continue;
      }
      gold++;
      for (SystemQuote q : system) {
        if (q.span().overlaps(a.content()) && right(q.speakerNames(), goldNames.get(i))) {
          found++;
          break;
        }
      }
    }
    int sys = 0;
    int matched = 0;
    int right = 0;
    int outside = 0;
    for (SystemQuote q : system) {
      if (q.speakerNames().isEmpty()) {
        continue;
      }
      sys++;
      boolean any = false;
      boolean ok = false;
      for (int i = 0; i < atts.size(); i++) {
        Attribution a = atts.get(i);
        if (a.source() != null && !goldNames.get(i).isEmpty() && q.span().overlaps(a.content())) {
          any = true;
          ok |= right(q.speakerNames(), goldNames.get(i));
        }
      }
      if (!any) {
        outside++;
        continue;
      }
      matched++;
      if (ok) {
        right++;
      }
    }
    return new Score(gold, unscorable, found, sys, matched, right, outside);
  }

  /** The gold direct quotations not found with the right speaker, described for a developer. */
  public static List<String> misses(Doc doc, List<SystemQuote> system) {
    List<String> out = new ArrayList<>();
    for (Attribution a : doc.attributions()) {
      if (!a.direct() || a.source() == null) {
        continue;
      }
      Set<String> names = sourceNames(doc, a);
      if (names.isEmpty()) {
        continue;
      }
      List<String> got = new ArrayList<>();
      boolean ok = false;
      for (SystemQuote q : system) {
        if (q.span().overlaps(a.content())) {
          got.add(q.speakerNames().isEmpty() ? "(no speaker)" : q.speakerNames().iterator().next());
          ok |= right(q.speakerNames(), names);
        }
      }
      if (!ok) {
        String c = doc.text().substring(a.content().start(), Math.min(a.content().end(), a.content().start() + 60));
        int cs = Math.max(0, a.content().end() - 20);
        int ce = Math.min(doc.text().length(), a.content().end() + 60);
        out.add(String.format("%s | source '%s' %s | system %s | ...%s", c.replace('\n', ' '), a.sourceText(), names,
            got.isEmpty() ? "(no quotation)" : got, doc.text().substring(cs, ce).replace('\n', ' ')));
      }
    }
    return out;
  }

  /** The system quotations on a gold attribution whose speaker is wrong, described for a developer. */
  public static List<String> wrong(Doc doc, List<SystemQuote> system) {
    List<String> out = new ArrayList<>();
    for (SystemQuote q : system) {
      if (q.speakerNames().isEmpty()) {
        continue;
      }
      Set<String> gold = new HashSet<>();
      boolean any = false;
      boolean ok = false;
      for (Attribution a : doc.attributions()) {
        Set<String> names = sourceNames(doc, a);
        if (a.source() != null && !names.isEmpty() && q.span().overlaps(a.content())) {
          any = true;
          gold.addAll(names);
          ok |= right(q.speakerNames(), names);
        }
      }
      if (any && !ok) {
        String c = doc.text().substring(q.span().start(), Math.min(q.span().end(), q.span().start() + 60));
        int ce = Math.min(doc.text().length(), q.span().end() + 60);
        out.add(String.format("%s | system %s (%s) | gold %s | ...%s", c.replace('\n', ' '),
            q.speakerNames().iterator().next(), q.method(), gold, doc.text().substring(Math.max(0, q.span().end() - 20), ce).replace('\n', ' ')));
      }
    }
    return out;
  }

  public static Score total(List<Score> scores) {
    Score t = Score.zero();
    for (Score s : scores) {
      t = t.plus(s);
    }
    return t;
  }

  /** The name words of an attribution's source, or of the nearest named source before it. */
  static Set<String> sourceNames(Doc doc, Attribution a) {
    if (a.source() == null) {
      return Set.of();
    }
    Set<String> own = nameWords(a.sourceText());
    if (!own.isEmpty()) {
      return own;
    }
    Attribution best = null;
    for (Attribution o : doc.attributions()) {
      if (o.source() != null && o.source().end() <= a.source().start() && !nameWords(o.sourceText()).isEmpty()
          && (best == null || o.source().end() > best.source().end())) {
        best = o;
      }
    }
    return best == null ? Set.of() : nameWords(best.sourceText());
  }

  static Set<String> nameWords(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) {
      return out;
    }
    for (String w : s.split("[^\\p{L}\\p{N}'\u2019.-]+")) {
      String t = w.replaceAll("(?:'s|\u2019s|'|\u2019)$", "").replaceAll("^[.-]+|[.-]+$", "");
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
        continue;
      }
      String f = fold(t);
      if (!NOT_NAMES.contains(f) && f.length() > 1) {
        out.add(f);
      }
    }
    return out;
  }

  static boolean right(Collection<String> speakerNames, Set<String> gold) {
    for (String n : speakerNames) {
      for (String w : n.split("[^\\p{L}\\p{N}'\u2019.-]+")) {
        String f = fold(w.replaceAll("(?:'s|\u2019s)$", "").replaceAll("^[.-]+|[.-]+$", ""));
        if (!f.isEmpty() && !NOT_NAMES.contains(f) && gold.contains(f)) {
          return true;
        }
      }
    }
    return false;
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
