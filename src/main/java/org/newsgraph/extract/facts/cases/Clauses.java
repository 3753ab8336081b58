package org.newsgraph.extract.facts.cases;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.Template;
import org.newsgraph.extract.facts.dates.DateMention;
import org.newsgraph.extract.facts.dates.DateResolver;

/**
 * The words of a sentence that belong to a match, read on the surface: up to the names of other
 * people; the date and the place told there.
 */
final class Clauses {
  private static final Pattern PLACE_PREP = Pattern.compile("\\b(?:in|at|inside|near|outside|on)\\b[^,;" + Template.OPEN + "]{0,25}$");

  private Clauses() {}

  /** The masked range around a match that belongs to it: up to the names of other people. */
  static int[] window(Partial p) {
    String t = p.s.text();
    int from = 0;
    int to = t.length();
    String open = String.valueOf(Template.OPEN);
    for (int i = t.indexOf(open + "P"); i >= 0; i = t.indexOf(open + "P", i + 1)) {
      int close = t.indexOf(Template.CLOSE, i) + 1;
      if (close <= p.start) {
        from = close;
      } else if (i >= p.end) {
        to = i;
        break;
      }
    }
    return new int[] {from, to};
  }

  /** A resolved date in the clause of the match: after its start first, else before it. */
  static Optional<DateMention> dateOf(Partial p, DateResolver dates) {
    String original = p.s.sentence().text();
    int base = p.s.sentence().start();
    int[] w = window(p);
    int from = p.s.origin(w[0]) - base;
    int start = p.s.origin(p.start) - base;
    int to = (w[1] >= p.s.text().length() ? p.s.sentence().end() : p.s.origin(w[1])) - base;
    List<DateMention> ds = dates.find(original);
    for (DateMention d : ds) {
      if (d.start() >= start && d.end() <= to && d.value().isPresent()) {
        return Optional.of(d);
      }
    }
    for (DateMention d : ds) {
      if (d.start() >= from && d.end() <= start && d.value().isPresent()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** A place after the match start, in its window, introduced by in/at/inside/near. */
  static Optional<Slot> placeOf(Partial p) {
    String t = p.s.text();
    int end = window(p)[1];
    for (int i = t.indexOf(Template.OPEN + "L", p.start); i >= 0 && i < end; i = t.indexOf(Template.OPEN + "L", i + 1)) {
      String before = t.substring(Math.max(0, i - 40), i);
      if (PLACE_PREP.matcher(before).find()) {
        List<Slot> in = p.s.slotsIn(i, t.indexOf(Template.CLOSE, i) + 1);
        if (!in.isEmpty()) {
          return Optional.of(in.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /** The masked offset of an article offset inside the sentence (the first masked character at or after it). */
  static int masked(MaskedSentence s, int articleOffset) {
    int n = s.text().length();
    for (int i = 0; i < n; i++) {
      if (s.origin(i) >= articleOffset) {
        return i;
      }
    }
    return n;
  }

  /** The masked offset just after the masked character that covers an article end offset. */
  static int maskedEnd(MaskedSentence s, int articleEnd) {
    int n = s.text().length();
    for (int i = n; i > 0; i--) {
      if (s.originEnd(i) <= articleEnd) {
        return i;
      }
    }
    return 0;
  }
}
