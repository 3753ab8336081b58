package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.facts.Lexicon;

/**
 * What separates a defendant's earlier matter from the case a story is about ({@value #FILE}):
 * cues such as "was on probation for a prior robbery conviction", and the determiners by which a
 * sentence refers back to one already told ("served the 20 days").
 */
final class PriorCues {
  static final String FILE = "case-prior.tsv";

  /** A cue of an earlier matter and its line in {@value #FILE}. */
  private record Cue(Pattern pattern, int line) {}

  private final List<Cue> cues = new ArrayList<>();
  private final Pattern definite;

  PriorCues() {
    List<String> determiners = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load(FILE).rows()) {
      switch (r.get(0)) {
        case "prior" -> cues.add(new Cue(Pattern.compile("(?i)" + r.get(1)), r.line()));
        case "definite" -> determiners.add(r.get(1));
        default -> throw new IllegalStateException(FILE + ":" + r.line() + ": unknown kind '" + r.get(0)
            + "' (prior or definite)");
      }
    }
    definite = Pattern.compile("(?i)^\\s*(?:" + (determiners.isEmpty() ? "(?!)" : String.join("|", determiners)) + ")\\s+");
  }

  /**
   * The line of the cue of an earlier matter in the match's own clause (from the last comma
   * before its charge or sentence, at masked offset {@code facts}) or in the words leading into it
   * (from the sentence start or the last name before it); -1 when none, or when the match names
   * victims.
   */
  int cue(Partial p, int facts) {
    if (p.hasVictims() || cues.isEmpty()) {
      return -1;
    }
    String t = p.s.text();
    int clause = Math.max(p.start, Math.max(t.lastIndexOf(',', facts - 1), t.lastIndexOf(';', facts - 1)) + 1);
    List<String> regions = new ArrayList<>();
    regions.add(p.s.original(Math.min(clause, p.end), p.end));
    int lead = Math.min(Clauses.window(p)[0], p.start);
    if (lead < p.start) {
      regions.add(p.s.original(lead, p.start));
    }
    for (Cue c : cues) {
      for (String r : regions) {
        if (c.pattern().matcher(r).find()) {
          return c.line();
        }
      }
    }
    return -1;
  }

  /** Whether a sentence as written refers back to one already told ("the 20 days"). */
  boolean told(String sentence) {
    return definite.matcher(sentence).find();
  }
}
