package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.dates.DateMention;
import org.newsgraph.extract.facts.dates.DateResolver;
import org.newsgraph.extract.facts.dates.TemporalValue;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The dates and places of a sentence's frames, read over the tree: a date or place belongs to the
 * lowest frame word above it ("sentenced to death in 2004 for the homicide of X ... in September
 * 2002": 2004 is the sentencing's, September 2002 the homicide's). The date of a frame that tells
 * the offence is the offence's; a sentencing's is the sentencing's; an arrest's is its event's.
 */
final class TreeAnchors {
  private static final Set<String> PLACE_PREPS = Set.of("in", "at", "inside", "near", "outside", "on", "into", "outside of");

  private record Dated(int head, TemporalValue value) {}

  private final MaskedSentence s;
  private final Tree tree;
  private final List<Token> tokens;
  private final List<Dated> dates = new ArrayList<>();
  private final boolean[] dated;

  TreeAnchors(MaskedSentence s, Tree tree, DateResolver resolver) {
    this.s = s;
    this.tree = tree;
    this.tokens = s.sentence().tokens();
    this.dated = new boolean[tokens.size()];
    int base = s.sentence().start();
    for (DateMention d : resolver.find(s.sentence().text())) {
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() - base >= d.start() && t.end() - base <= d.end()) {
          dated[i] = true;
          from = from < 0 ? i : from;
          to = i + 1;
        }
      }
      if (from >= 0 && d.value().isPresent()) {
        dates.add(new Dated(headOf(from, to), d.value().get()));
      }
    }
  }

  /** Which tokens are part of a date expression. */
  boolean[] dated() {
    return dated;
  }

  /** Gives each frame the date and the place below it that no lower frame word takes. */
  void attach(List<Partial> partials) {
    for (Dated d : dates) {
      Partial p = lowest(partials, d.head());
      if (p == null) {
        continue;
      }
      if (p.harm && p.offenceDate == null) {
        p.offenceDate = d.value();
      } else if ("sentence".equals(p.frame) && p.sentencingDate == null) {
        p.sentencingDate = d.value();
      }
      if (p.eventDate == null) {
        p.eventDate = d.value();
      }
    }
    for (Slot x : s.slots()) {
      if (x.code() != 'L') {
        continue;
      }
      int w = tokenAt(x.start());
      if (w < 0) {
        continue;
      }
      Partial p = lowest(partials, w);
      if (p != null && p.place == null && introduced(w, p.trigger)) {
        p.place = x.ref();
      }
    }
  }

  /** The frame whose word is the nearest above word {@code w}. */
  private Partial lowest(List<Partial> partials, int w) {
    Partial best = null;
    int bestSteps = Integer.MAX_VALUE;
    for (Partial p : partials) {
      if (p.trigger < 0) {
        continue;
      }
      int steps = steps(p.trigger, w);
      if (steps >= 0 && steps < bestSteps) {
        best = p;
        bestSteps = steps;
      }
    }
    return best;
  }

  /** How many steps up from {@code w} reach {@code ancestor}, or -1. */
  private int steps(int ancestor, int w) {
    int n = 0;
    for (int x = w; x >= 0 && n <= tokens.size(); x = tree.head(x), n++) {
      if (x == ancestor) {
        return n;
      }
    }
    return -1;
  }

  /** Whether a place is introduced by its own in/at/near... ("in Port Elm", not "on a U.S. compound"). */
  private boolean introduced(int w, int trigger) {
    int head = w;
    while (tree.head(head) >= 0 && tree.head(head) != trigger && slotted(tree.head(head), w)) {
      head = tree.head(head);
    }
    for (int c : tree.children(head)) {
      if (tree.rel(c).equals("case") && PLACE_PREPS.contains(tokens.get(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code x} belongs to the same name as word {@code w}. */
  private boolean slotted(int x, int w) {
    for (Slot sl : s.slots()) {
      if (sl.start() <= tokens.get(w).start() && tokens.get(w).end() <= sl.end()) {
        return sl.start() <= tokens.get(x).start() && tokens.get(x).end() <= sl.end();
      }
    }
    return false;
  }

  private int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private int headOf(int from, int to) {
    for (int i = from; i < to; i++) {
      int h = tree.head(i);
      if (h < from || h >= to) {
        return i;
      }
    }
    return from;
  }
}
