package org.newsgraph.extract.facts.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Merge;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Ref;

/**
 * One statement told by two articles is one event. Dated events need no help: their IRIs are keyed
 * by kind, key entity and date, so two articles telling them name one resource. A statement with no
 * date (its IRI is keyed by article and sentence) becomes an earlier-told statement of the same kind
 * by the same speaker when the quotations that give their words share {@value #SHARED_WORDS} words
 * in a row. Without quoted words, or with other words, they stay apart.
 */
final class SameEvents {
  /** Words in a row two quotations must share to be the same statement's words. */
  static final int SHARED_WORDS = 6;

  private record Told(int article, Ref ref, String kind, Ref speaker, boolean dated, Set<String> grams) {}

  private SameEvents() {}

  static Merge merge(List<ArticleGraph> graphs) {
    List<Told> told = new ArrayList<>();
    Map<Ref, Node> declared = new LinkedHashMap<>();
    for (int i = 0; i < graphs.size(); i++) {
      ArticleGraph g = graphs.get(i);
      for (Node n : g.nodes()) {
        if (n.types().contains("Statement")) {
          declared.putIfAbsent(n.ref(), n);
          Told t = told(i, g, n);
          if (t != null) {
            told.add(t);
          }
        }
      }
    }
    List<Map<Ref, Ref>> renames = new ArrayList<>();
    graphs.forEach(g -> renames.add(new LinkedHashMap<>()));
    for (int u = 0; u < told.size(); u++) {
      Told x = told.get(u);
      if (x.dated() || x.grams().isEmpty()) {
        continue;
      }
      for (int v = 0; v < u; v++) {
        Told y = told.get(v);
        if (y.article() == x.article() || !y.kind().equals(x.kind()) || !y.speaker().equals(x.speaker())
            || Collections.disjoint(x.grams(), y.grams())) {
          continue;
        }
        renames.get(x.article()).put(x.ref(), renames.get(y.article()).getOrDefault(y.ref(), y.ref()));
        break;
      }
    }
    Map<Integer, Map<Ref, Ref>> touched = new LinkedHashMap<>();
    for (int i = 0; i < graphs.size(); i++) {
      if (!renames.get(i).isEmpty()) {
        touched.put(i, renames.get(i));
      }
    }
    return new Merge(touched, declared);
  }

  private static Told told(int article, ArticleGraph g, Node n) {
    Ref speaker = null;
    String sentence = null;
    boolean dated = false;
    for (var f : g.facts()) {
      if (f.subject().equals(n.ref()) && f.property().equals("participant") && f.object() instanceof Ref r && speaker == null) {
        speaker = r;
        sentence = f.evidence().sentence();
      }
      dated |= f.subject().equals(n.ref()) && f.property().equals("date");
    }
    if (speaker == null) {
      return null;
    }
    Set<String> grams = new HashSet<>();
    for (String quoted : quotationsOf(g, speaker, sentence)) {
      grams.addAll(wordRuns(quoted));
    }
    return new Told(article, n.ref(), n.ref().slug().replaceFirst("-by-.*", ""), speaker, dated, grams);
  }

  /** The texts of the quotations of {@code speaker} whose evidence holds the statement's sentence. */
  private static List<String> quotationsOf(ArticleGraph g, Ref speaker, String sentence) {
    Set<Ref> quotes = new HashSet<>();
    for (var f : g.facts()) {
      if (f.property().equals("speaker") && f.object().equals(speaker)
          && (f.evidence().sentence().contains(sentence) || sentence.contains(f.evidence().sentence()))) {
        quotes.add(f.subject());
      }
    }
    List<String> out = new ArrayList<>();
    for (var f : g.facts()) {
      if (quotes.contains(f.subject()) && f.property().equals("text") && f.object() instanceof Literal l) {
        out.add(l.lexical());
      }
    }
    return out;
  }

  private static Set<String> wordRuns(String text) {
    String[] w = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").trim().split("\\s+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + SHARED_WORDS <= w.length; i++) {
      out.add(String.join(" ", Arrays.asList(w).subList(i, i + SHARED_WORDS)));
    }
    return out;
  }
}
