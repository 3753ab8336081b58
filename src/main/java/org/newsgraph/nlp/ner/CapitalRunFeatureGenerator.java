package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Features of the run of capitalised words a token belongs to ("Bank of America", "Sheriff John
 * Smith"): its position and length in the run, whether the run ends in an organisation head word
 * or a company designator, whether it is a known place (longest match in the place list), whether
 * it starts with a first name, whether a title stands before it, whether it is followed by ", State",
 * and whether the whole sentence is a headline in capitals (where capitals say little).
 */
public final class CapitalRunFeatureGenerator implements AdaptiveFeatureGenerator {
  /** Lower-case words that may join capitalised words inside one name. */
  static final Set<String> JOINERS =
      Set.of("of", "for", "&", "de", "del", "la", "du", "von", "van", "der", "al", "da", "on");

  private final NerLexicon lexicon = NerLexicon.standard();
  private String[] cachedTokens;
  private String[][] cachedFeatures;

  /** XML factory. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new CapitalRunFeatureGenerator();
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    if (tokens != cachedTokens) {
      cachedFeatures = analyse(tokens);
      cachedTokens = tokens;
    }
    for (String f : cachedFeatures[index]) {
      features.add(f);
    }
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** More than half of the words with letters are written in capitals (length > 1). */
  static boolean headline(String[] tokens) {
    int letters = 0;
    int caps = 0;
    for (String w : tokens) {
      boolean hasLetter = false;
      boolean allUpper = true;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) {
          hasLetter = true;
          if (!Character.isUpperCase(c)) {
            allUpper = false;
          }
        }
      }
      if (hasLetter) {
        letters++;
        if (allUpper && w.length() > 1) {
          caps++;
        }
      }
    }
    return letters >= 3 && caps * 2 > letters;
  }

  String[][] analyse(String[] t) {
    int n = t.length;
    List<List<String>> f = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      f.add(new ArrayList<>(6));
    }
    boolean headline = headline(t);
    if (headline) {
      for (List<String> x : f) {
        x.add("hdl");
      }
    }
    // places: longest match, left to right, over capitalised words
    for (int i = 0; i < n; ) {
      int matched = 0;
      String kind = null;
      if (capitalised(t[i])) {
        for (int len = Math.min(NerLexicon.MAX_PLACE_TOKENS, n - i); len >= 1; len--) {
          if (!capitalised(t[i + len - 1])) {
            continue;
          }
          String k = lexicon.placeKind(t, i, i + len);
          if (k != null) {
            matched = len;
            kind = k;
            break;
          }
        }
      }
      if (matched > 0) {
        for (int j = i; j < i + matched; j++) {
          f.get(j).add((j == i ? "gp=B-" : "gp=I-") + kind);
        }
        i += matched;
      } else {
        i++;
      }
    }
    // runs of capitalised words
    int i = 0;
    while (i < n) {
      if (!capitalised(t[i])) {
        i++;
        continue;
      }
      int s = i;
      int e = i + 1;
      while (e < n) {
        if (capitalised(t[e])) {
          e++;
        } else if (e + 1 < n
            && JOINERS.contains(t[e].toLowerCase(Locale.ROOT))
            && capitalised(t[e + 1])) {
          e += 2;
        } else {
          break;
        }
      }
      i = e;
      while (s < e - 1 && lexicon.isTitle(t[s])) {
        f.get(s).add("run=title");
        s++;
      }
      int len = e - s;
      List<String> rf = new ArrayList<>(8);
      rf.add("run.len=" + Math.min(len, 4));
      if (lexicon.isOrgHead(t[e - 1])) {
        rf.add("run.endhead");
      } else {
        for (int j = s; j < e - 1; j++) {
          if (lexicon.isOrgHead(t[j])) {
            rf.add("run.hashead");
            break;
          }
        }
      }
      if (lexicon.isDesignator(t[e - 1]) || (e < n && lexicon.isDesignator(t[e]))) {
        rf.add("run.desig");
      }
      if (len >= 2 && lexicon.isFirstName(t[s]) && !lexicon.isLowercaseWord(t[s])) {
        rf.add(lexicon.isSurname(t[e - 1]) ? "run.fn+sn" : "run.fn");
      }
      String place = lexicon.placeKind(t, s, e);
      if (place != null) {
        rf.add("run.place=" + place);
      }
      if (s > 0 && lexicon.isTitle(t[s - 1])) {
        rf.add("run.aftertitle");
      }
      if (s == 0 || (s == 1 && !Character.isLetterOrDigit(t[0].charAt(0)))) {
        rf.add("run.first");
      }
      if (e + 1 < n && t[e].equals(",") && capitalised(t[e + 1])) {
        String k = lexicon.placeKind(t, e + 1, e + 2);
        if ("state".equals(k) || "country".equals(k)) {
          rf.add("run.comma" + k);
        }
      }
      if (s > 0 && t[s - 1].equalsIgnoreCase("the")) {
        rf.add("run.the");
      }
      for (int j = s; j < e; j++) {
        String pos = len == 1 ? "S" : j == s ? "B" : j == e - 1 ? "E" : "I";
        List<String> x = f.get(j);
        x.add("run.pos=" + pos);
        for (String r : rf) {
          x.add(r);
          if (!headline) {
            x.add(r + "|" + pos);
          }
        }
      }
    }
    String[][] out = new String[n][];
    for (int j = 0; j < n; j++) {
      out[j] = f.get(j).toArray(new String[0]);
    }
    return out;
  }
}
