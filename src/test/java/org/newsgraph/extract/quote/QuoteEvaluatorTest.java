package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.quote.PolnearCorpus.Span;
import org.newsgraph.extract.quote.QuoteEvaluator.SystemQuote;

class QuoteEvaluatorTest {
  // An invented article in the brat standoff shape of PolNeAR.
  private static final String TEXT =
      "Mayor Ada Fenn spoke. \u201cWe will fix the roads,\u201d Fenn said. \u201cAll of them.\u201d "
          + "She added that taxes would rise.";

  private static List<String> ann() {
    int c1 = TEXT.indexOf("We will");
    int c1e = TEXT.indexOf(",\u201d");
    int s1 = TEXT.indexOf("Fenn said");
    int c2 = TEXT.indexOf("All of them.");
    int she = TEXT.indexOf("She added");
    int c3 = TEXT.indexOf("taxes");
    return List.of(
        "T1\tContent " + c1 + " " + c1e + "\tWe will fix the roads",
        "T2\tSource " + s1 + " " + (s1 + 4) + "\tFenn",
        "T3\tCue " + (s1 + 5) + " " + (s1 + 9) + "\tsaid",
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3",
        "T4\tContent " + c2 + " " + (c2 + 12) + "\tAll of them.",
        "T5\tSource " + she + " " + (she + 3) + "\tShe",
        "E2\tAttribution:T3 Content:T4 Source:T5",
        "T6\tContent " + c3 + " " + (TEXT.length() - 1) + "\ttaxes would rise",
        "E3\tAttribution:T3 Content:T6 Source:T5");
  }

  private static PolnearCorpus.Doc doc() {
    return new PolnearCorpus.Doc("x", TEXT, null, PolnearCorpus.parse(TEXT, ann(), "test"));
  }

  @Test
  void directQuotationsAreThoseBesideQuoteMarks() {
    var atts = doc().attributions();
    assertEquals(3, atts.size());
    assertTrue(atts.get(0).direct());
    assertTrue(atts.get(1).direct());
    assertFalse(atts.get(2).direct());
  }

  @Test
  void pronounSourcesStandForTheLastNamedSource() {
    var d = doc();
    assertEquals(java.util.Set.of("fenn"), QuoteEvaluator.sourceNames(d, d.attributions().get(1)));
  }

  @Test
  void rightWrongAndMissingSpeakers() {
    var d = doc();
    Span q1 = new Span(TEXT.indexOf("We will"), TEXT.indexOf(",\u201d"));
    Span q2 = new Span(TEXT.indexOf("All of"), TEXT.indexOf("them.") + 5);
    var all = QuoteEvaluator.score(d, List.of(
        new SystemQuote(q1, List.of("Ada Fenn", "Fenn")), new SystemQuote(q2, List.of("Ada Fenn"))));
    assertEquals(2, all.gold());
    assertEquals(2, all.goldFound());
    assertEquals(1.0, all.f1(), 1e-9);
    var wrong = QuoteEvaluator.score(d, List.of(new SystemQuote(q1, List.of("Bo Lind"))));
    assertEquals(0, wrong.goldFound());
    assertEquals(1, wrong.systemMatched());
    assertEquals(0, wrong.systemRight());
    var scare = QuoteEvaluator.score(d, List.of(new SystemQuote(new Span(0, 5), List.of("Ada Fenn"))));
    assertEquals(1, scare.systemOutside());
    assertEquals(0.0, scare.f1(), 1e-9);
  }
}
