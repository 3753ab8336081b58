package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;

/**
 * Which matches of an article are one case. Matches that share a person are one case (victims of
 * the same matter are named together); a defendant's earlier matter is grouped apart from the
 * victims' case, and is one case with it when the defendant has no victims' case. A sentence
 * written as already told goes to the case told where it was last written. A defendant named by a
 * role noun ("The gunman, X") belongs to the case whose victims the text has just told. Frames of
 * one sentence that name nobody ("the March 8 incident") join the match of that sentence they are
 * nearest to; then {@link ArticleMerges} joins what the article tells of one matter in pieces.
 */
final class CaseGrouping {
  /**
   * How far back (in sentences) a role noun looks for the case it refers to, and how far ahead
   * (0: later in its own sentence only; a role noun before the crime is told rarely refers to it).
   */
  static final int REFER_BACK = 8;
  static final int REFER_AHEAD = 0;

  /** The grouping key of a defendant's earlier matter: apart from the people of the victims' case. */
  private record PriorOf(Ref defendant) {}

  private final Offenders offenders;
  private final ArticleMerges merges;

  CaseGrouping(Offenders offenders, Offences offences) {
    this.offenders = offenders;
    this.merges = new ArticleMerges(offences, offenders);
  }

  List<List<Partial>> group(MaskedArticle ma, List<Partial> partials) {
    Links links = new Links(partials);
    sameSentence(partials, links);
    referBack(partials, links);
    Map<Object, Partial> byKey = new HashMap<>();
    List<Partial> told = new ArrayList<>();
    for (Partial p : partials) {
      if (p.toldSentence) {
        told.add(p);
        continue;
      }
      for (Object k : keys(p)) {
        Partial first = byKey.putIfAbsent(k, p);
        if (first != null) {
          links.union(first, p);
        }
      }
    }
    List<List<Partial>> cases = links.groups();
    for (Partial p : told) {
      int c = toldIn(ma, p, cases);
      if (c >= 0) {
        links.union(cases.get(c).get(0), p);
      } else {
        for (Object k : keys(p)) {
          Partial first = byKey.putIfAbsent(k, p);
          if (first != null) {
            links.union(first, p);
          }
        }
      }
    }
    cases = merges.merge(ma, links.groups(), links);
    // without a victims' case, a defendant's earlier matter and the rest of what is told about him are one case
    for (int i = 0; i < cases.size(); i++) {
      for (int j = i + 1; j < cases.size(); j++) {
        if (victimless(cases.get(i)) && victimless(cases.get(j))
            && !Collections.disjoint(defendants(cases.get(i)), defendants(cases.get(j)))) {
          links.union(cases.get(i).get(0), cases.get(j).get(0));
        }
      }
    }
    cases = links.groups();
    cases.removeIf(c -> c.stream().noneMatch(Partial::named) || c.stream().allMatch(p -> p.kind == Partial.Kind.DEATH));
    return cases;
  }

  private static Set<Object> keys(Partial p) {
    Set<Object> k = new LinkedHashSet<>();
    if (p.prior < 0) {
      k.addAll(p.group());
    } else {
      for (Ref d : p.defendants) {
        k.add(new PriorOf(d));
      }
    }
    return k;
  }

  static boolean victimless(List<Partial> c) {
    return c.stream().allMatch(p -> p.victims.isEmpty());
  }

  static Set<Ref> defendants(List<Partial> c) {
    Set<Ref> out = new LinkedHashSet<>();
    c.forEach(p -> out.addAll(p.defendants));
    return out;
  }

  /**
   * Frames of one sentence that name nobody join the offence, charge or arrest of that sentence
   * nearest to them (a death names a victim, not a crime: none joins it); with no such match, they
   * are one anonymous matter together. A charge, arrest or sentencing of a defendant joins the one
   * offence of its sentence that names victims only ("convicted X of the murder of Y").
   */
  private static void sameSentence(List<Partial> partials, Links links) {
    Map<Integer, List<Partial>> bySentence = new LinkedHashMap<>();
    partials.forEach(p -> bySentence.computeIfAbsent(p.sentenceIndex(), k -> new ArrayList<>()).add(p));
    for (List<Partial> ps : bySentence.values()) {
      List<Partial> named = ps.stream().filter(p -> p.named() && p.kind == Partial.Kind.STRONG).toList();
      List<Partial> anonymous = ps.stream().filter(p -> !p.named()).toList();
      for (Partial a : anonymous) {
        Partial best = null;
        for (Partial n : named) {
          if (best == null || distance(a, n) < distance(a, best)) {
            best = n;
          }
        }
        links.union(best != null ? best : anonymous.get(0), a);
      }
      List<Partial> offences = ps.stream().filter(p -> p.harm && !p.victims.isEmpty() && p.defendants.isEmpty()).toList();
      // a surface pattern and a frame that read the same offence are one
      if (!offences.isEmpty() && offences.stream().allMatch(o -> !Collections.disjoint(o.victims, offences.get(0).victims))) {
        for (Partial p : ps) {
          if (!p.harm && p.victims.isEmpty() && !p.defendants.isEmpty() && p.prior < 0 && p.kind == Partial.Kind.STRONG) {
            links.union(offences.get(0), p);
          }
        }
      }
    }
  }

  /** How far apart two matches of a sentence are: in words between their triggers, else in characters. */
  private static int distance(Partial a, Partial b) {
    if (a.trigger >= 0 && b.trigger >= 0) {
      return Math.abs(a.trigger - b.trigger) * 8;
    }
    return Math.abs(a.start - b.start);
  }

  /**
   * A defendant named by a role noun with no victim in the same match ("The gunman, X, was on
   * parole") belongs to the case whose victims the text has just told: the nearest match before
   * it (same sentence first, up to {@value #REFER_BACK} sentences back) with victims and an
   * offence the noun can mean, else the nearest later in its own sentence.
   */
  private void referBack(List<Partial> partials, Links links) {
    for (Partial p : partials) {
      if (p.role == null || p.hasVictims() || p.defendants.isEmpty()) {
        continue;
      }
      Set<String> can = offenders.offences(p.role);
      Partial best = null;
      int bestDist = Integer.MAX_VALUE;
      for (Partial q : partials) {
        if (q == p || !q.hasVictims() || q.kind == Partial.Kind.DEATH || !(can.isEmpty() || can.contains(q.offence))) {
          continue;
        }
        int d = p.sentenceIndex() - q.sentenceIndex();
        boolean before = d > 0 || (d == 0 && q.start < p.start);
        int dist;
        if (before && d <= REFER_BACK) {
          dist = 2 * d;
        } else if (!before && -d <= REFER_AHEAD) {
          dist = 2 * Math.max(-d, 0) + 1;
        } else {
          continue;
        }
        if (dist < bestDist) {
          best = q;
          bestDist = dist;
        }
      }
      if (best != null) {
        p.referredTo.addAll(best.victims);
        links.union(best, p);
      }
    }
  }

  /**
   * The case a sentence written as already told ("X served the 20 days") belongs to: the last
   * sentence before it that has those words, and of the cases of X the match nearest at or before
   * that sentence (one that states a charge or sentence first, then an earlier matter). -1 when the
   * words were not told before or X has no case there.
   */
  private static int toldIn(MaskedArticle ma, Partial p, List<List<Partial>> cases) {
    Pattern words = Pattern.compile("(?<![\\w])" + Pattern.quote(plain(p.sentence)) + "(?![\\w])");
    int at = -1;
    for (MaskedSentence s : ma.sentences()) {
      int idx = s.sentence().index();
      if (idx < p.sentenceIndex() && idx > at && words.matcher(plain(s.sentence().text())).find()) {
        at = idx;
      }
    }
    if (at < 0) {
      return -1;
    }
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < cases.size(); i++) {
      if (Collections.disjoint(defendants(cases.get(i)), p.defendants)) {
        continue;
      }
      for (Partial q : cases.get(i)) {
        if (q.sentenceIndex() > at) {
          continue;
        }
        int score = 4 * q.sentenceIndex() + (q.hasFacts() ? 2 : 0) + (q.prior >= 0 ? 1 : 0);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Lower case, dashes as spaces, single spaces: "20-days" is "20 days". */
  private static String plain(String t) {
    return t.toLowerCase(Locale.ROOT).replaceAll("[\\-\u2010-\u2015]", " ").replaceAll("\\s+", " ").trim();
  }

  /** Union-find over an article's matches; groups come out in the order of their first match. */
  static final class Links {
    private final List<Partial> all;
    private final int[] parent;
    private final Map<Partial, Integer> index = new java.util.IdentityHashMap<>();

    Links(List<Partial> all) {
      this.all = all;
      this.parent = new int[all.size()];
      for (int i = 0; i < all.size(); i++) {
        parent[i] = i;
        index.put(all.get(i), i);
      }
    }

    private int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(Partial a, Partial b) {
      int ra = find(index.get(a));
      int rb = find(index.get(b));
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    List<List<Partial>> groups() {
      Map<Integer, List<Partial>> out = new LinkedHashMap<>();
      for (int i = 0; i < all.size(); i++) {
        out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(all.get(i));
      }
      return new ArrayList<>(out.values());
    }
  }
}
