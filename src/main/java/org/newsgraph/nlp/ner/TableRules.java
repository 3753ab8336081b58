package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/**
 * Names in result lines and tables, where prose cues are missing: "Hometown 2 Visitors 1" (two
 * teams), "Hometown 72 58 .554" (a standings row: a team), "( Smith 34 , Jones 71 )" (scorers),
 * "3. Anna Berg ( Norway ) 1:18.32" and "6 - Anna Berg" (a ranked or numbered athlete). Each rule
 * looks only at the shape of the line: capitalised runs, numbers and brackets.
 */
public final class TableRules {
  private final NerLexicon lexicon;

  public TableRules(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  static boolean isNumber(String w) {
    if (w.isEmpty()) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != '.' && c != ',' && c != ':' && c != '-' && c != '/') {
        return false;
      }
    }
    return digit;
  }

  private static boolean isInteger(String w) {
    if (w.isEmpty() || w.length() > 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Runs of capitalised words (with inner joiners), as [start, end) pairs. */
  static List<int[]> runs(String[] t) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < t.length) {
      if (!CapitalRunFeatureGenerator.capitalised(t[i]) || isNumber(t[i])) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < t.length && CapitalRunFeatureGenerator.capitalised(t[e]) && !isNumber(t[e])) {
        e++;
      }
      out.add(new int[] {i, e});
      i = e;
    }
    return out;
  }

  private boolean insideParentheses(String[] t, int start) {
    for (int i = start - 1; i >= 0; i--) {
      if (t[i].equals(")")) {
        return false;
      }
      if (t[i].equals("(")) {
        return true;
      }
    }
    return false;
  }

  /** Names the table rules find in the sentence (empty for prose). */
  public List<NameSpan> find(Sentence s) {
    String[] t = new String[s.tokens().size()];
    int numbers = 0;
    for (int i = 0; i < t.length; i++) {
      t[i] = s.tokens().get(i).text();
      if (isNumber(t[i])) {
        numbers++;
      }
    }
    List<NameSpan> out = new ArrayList<>();
    if (numbers < 1 || t.length < 2) {
      return out;
    }
    List<int[]> runs = runs(t);
    if (runs.isEmpty()) {
      return out;
    }
    // rule "results": the line starts "Team 2", and another "Team 1" follows outside brackets
    List<int[]> teams = new ArrayList<>();
    for (int[] r : runs) {
      if (r[1] < t.length && isInteger(t[r[1]]) && !insideParentheses(t, r[0]) && r[1] - r[0] <= 4) {
        teams.add(r);
      }
    }
    if (teams.size() >= 2 && teams.get(0)[0] == 0) {
      for (int[] r : teams) {
        out.add(span(r, EntityType.ORGANIZATION, "table:results"));
      }
      addScorers(t, runs, out);
      return out;
    }
    // rule "standings": a run at the start of the line (or after a rank) followed by three or
    // more numbers is a team
    int lead = t.length > 1 && isNumber(t[0]) ? (t[1].equals("-") ? 2 : 1) : 0;
    for (int[] r : runs) {
      if (r[0] == lead && r[1] + 2 < t.length && r[1] - r[0] <= 4
          && isNumber(t[r[1]]) && isNumber(t[r[1] + 1]) && isNumber(t[r[1] + 2])) {
        out.add(span(r, EntityType.ORGANIZATION, "table:standings"));
        return out;
      }
    }
    // rule "ranked": "3. Name ( X )" or "3 - Name" at the start of the line: a person
    if (lead > 0) {
      for (int[] r : runs) {
        if (r[0] == lead && r[1] - r[0] <= 4
            && (r[1] == t.length || t[r[1]].equals("(") || t[r[1]].equals(",") || isNumber(t[r[1]]))
            && lexicon.placeKind(t, r[0], r[1]) == null) {
          out.add(span(r, EntityType.PERSON, "table:ranked"));
        }
      }
    }
    addScorers(t, runs, out);
    return out;
  }

  /** Rule "scorers": inside parentheses, "Name 34" (a minute) is a person. */
  private void addScorers(String[] t, List<int[]> runs, List<NameSpan> out) {
    for (int[] r : runs) {
      if (r[1] < t.length && isInteger(t[r[1]]) && insideParentheses(t, r[0])
          && r[1] - r[0] <= 3 && lexicon.placeKind(t, r[0], r[1]) == null) {
        boolean taken = false;
        for (NameSpan n : out) {
          if (n.start() < r[1] && r[0] < n.end()) {
            taken = true;
          }
        }
        if (!taken) {
          out.add(span(r, EntityType.PERSON, "table:scorer"));
        }
      }
    }
  }

  private static NameSpan span(int[] r, EntityType type, String source) {
    return new NameSpan(r[0], r[1], type, 0.7, source);
  }
}
