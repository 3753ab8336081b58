package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedArticle;

/**
 * What an article tells of one matter in pieces, joined. News text names the victim in one
 * sentence and the defendant in another ("X was shot dead on Jan. 11 ... Y was arrested and charged
 * with felony murder"); it tells a killing before naming anyone ("An officer who shot and killed a
 * driver was charged") and names the dead later ("X was pronounced dead"). In order:
 *
 * <ol>
 *   <li>a case of named defendants without named victims (not an earlier matter) joins the case of
 *       victims without a named defendant whose offence it may be: the only one, or of several the
 *       one whose victims the text named last, at most {@value #NEAR} sentences before;
 *   <li>a victim named only by a description ("the wounded employee is X") joins the one case of
 *       the article that names people; with none or several, it is a case of its own;
 *   <li>a death joins the one killing of the article that names no victim, told at most
 *       {@value #NEAR} sentences away; else it tells nothing;
 *   <li>an unnamed defendant ("a 16-year-old boy was taken into custody") joins the case told at
 *       most {@value #NEAR} sentences before.
 * </ol>
 */
final class ArticleMerges {
  static final int NEAR = 3;

  private final Offences offences;
  private final Offenders offenders;

  ArticleMerges(Offences offences, Offenders offenders) {
    this.offences = offences;
    this.offenders = offenders;
  }

  List<List<Partial>> merge(MaskedArticle ma, List<List<Partial>> cases, CaseGrouping.Links links) {
    for (boolean merged = true; merged; ) {
      merged = false;
      for (List<Partial> d : cases) {
        if (!kind(d, Partial.Kind.STRONG) || d.stream().anyMatch(Partial::hasVictims) || CaseGrouping.defendants(d).isEmpty()
            || prior(d)) {
          continue;
        }
        List<List<Partial>> open = new ArrayList<>();
        for (List<Partial> v : cases) {
          if (v != d && kind(v, Partial.Kind.STRONG) && v.stream().anyMatch(Partial::hasVictims)
              && CaseGrouping.defendants(v).isEmpty() && !prior(v) && compatible(d, v) && !otherMatter(d, v)) {
            open.add(v);
          }
        }
        List<Partial> into = open.size() == 1 ? open.get(0) : nearest(ma, open, first(d).sentenceIndex());
        if (into != null) {
          links.union(into.get(0), d.get(0));
          cases = links.groups();
          merged = true;
          break;
        }
      }
    }
    cases = links.groups();
    List<List<Partial>> named = cases.stream().filter(c -> kind(c, Partial.Kind.STRONG) && c.stream().anyMatch(Partial::named)).toList();
    for (List<Partial> c : cases) {
      if (only(c, Partial.Kind.VICTIM) && named.size() == 1) {
        links.union(named.get(0).get(0), c.get(0));
      }
    }
    cases = links.groups();
    for (List<Partial> c : cases) {
      if (!only(c, Partial.Kind.DEATH)) {
        continue;
      }
      List<List<Partial>> killings = new ArrayList<>();
      for (List<Partial> k : cases) {
        if (k != c && kind(k, Partial.Kind.STRONG) && !namedVictims(k) && !prior(k) && killing(k) && near(k, first(c))) {
          killings.add(k);
        }
      }
      if (killings.size() == 1) {
        links.union(killings.get(0).get(0), c.get(0));
      }
    }
    cases = links.groups();
    for (List<Partial> c : cases) {
      if (only(c, Partial.Kind.DEATH) || c.stream().anyMatch(p -> p.named() || p.hasVictims())
          || c.stream().noneMatch(p -> !p.unnamedDefendants.isEmpty())) {
        continue;
      }
      Partial at = first(c);
      Partial before = null;
      for (List<Partial> o : cases) {
        for (Partial p : o) {
          if (o != c && p.named() && !only(o, Partial.Kind.DEATH) && !at.before(p) && at.sentenceIndex() - p.sentenceIndex() <= NEAR
              && (before == null || before.before(p)) && compatible(c, o)) {
            before = p;
          }
        }
      }
      if (before != null) {
        links.union(before, c.get(0));
      }
    }
    return links.groups();
  }

  /**
   * Of several open cases, the one whose victims the text named last at or before sentence {@code
   * at}, when that is at most {@value #NEAR} sentences before and no other was named as late.
   */
  private static List<Partial> nearest(MaskedArticle ma, List<List<Partial>> open, int at) {
    List<Partial> best = null;
    int bestAt = -1;
    boolean tie = false;
    for (List<Partial> v : open) {
      Set<Ref> victims = new LinkedHashSet<>();
      v.forEach(p -> victims.addAll(p.victims));
      int last = -1;
      for (Mention m : ma.article().mentions()) {
        if (m.sentence() <= at && victims.contains(m.entity())) {
          last = Math.max(last, m.sentence());
        }
      }
      for (Partial p : v) {
        if (p.sentenceIndex() <= at) {
          last = Math.max(last, p.sentenceIndex());
        }
      }
      if (last > bestAt) {
        best = v;
        bestAt = last;
        tie = false;
      } else if (last == bestAt) {
        tie = true;
      }
    }
    return best != null && !tie && at - bestAt <= NEAR ? best : null;
  }

  /** The offences a case tells by its offence frames ("shot", "the killing of"). */
  private static Set<String> harms(Collection<Partial> c) {
    Set<String> out = new LinkedHashSet<>();
    for (Partial p : c) {
      if (p.harm && !p.offence.equals("*")) {
        out.add(p.offence);
      }
    }
    return out;
  }

  /** The offences a case tells: of its offence frames and of its charges. */
  private Set<String> offences(Collection<Partial> c) {
    Set<String> out = harms(c);
    for (Partial p : c) {
      for (String ch : p.charges) {
        offences.of(ch).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Whether two cases may be one matter: their offences may be one (a murder charge and a
   * shooting); the offences told as done share one, or one is a killing (the violence that killed:
   * a shooting is no stabbing); a role noun ("the gunman") can mean the other's offence.
   */
  private boolean compatible(List<Partial> a, List<Partial> b) {
    for (String x : offences(a)) {
      for (String y : offences(b)) {
        if (!offences.compatible(x, y)) {
          return false;
        }
      }
    }
    Set<String> ha = harms(a);
    Set<String> hb = harms(b);
    if (!ha.isEmpty() && !hb.isEmpty() && java.util.Collections.disjoint(ha, hb) && !ha.contains("killing")
        && !hb.contains("killing")) {
      return false;
    }
    return roles(a, harms(b)) && roles(b, harms(a));
  }

  private boolean roles(List<Partial> c, Set<String> others) {
    for (Partial p : c) {
      Set<String> can = p.role == null ? Set.of() : offenders.offences(p.role);
      if (!can.isEmpty() && !others.isEmpty() && java.util.Collections.disjoint(can, others)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a defendant's case is another matter than a killing: its stated offences (other than
   * weapons and offences of any group) cannot be the killing's ("charged with carjacking" is not
   * the killing told elsewhere; an assault charge can be a shooting's: {@link
   * Offences#sameMatter}). Other violent offences are often charged together for one incident (a
   * hostage taker charged with assault), so only a killing is kept apart so.
   */
  private boolean otherMatter(List<Partial> d, List<Partial> v) {
    if (!killing(v)) {
      return false;
    }
    Set<String> own = offences(d);
    own.removeIf(o -> o.equals("weapons") || offences.group(o).equals("*"));
    Set<String> told = offences(v);
    return !own.isEmpty() && !told.isEmpty() && own.stream().noneMatch(o -> told.stream().anyMatch(t -> offences.sameMatter(o, t)));
  }

  /** Whether a case is a killing: a fatal offence, or a charge of one. */
  private boolean killing(List<Partial> c) {
    return c.stream().anyMatch(p -> p.fatal) || offences(c).contains("killing");
  }

  private static boolean near(List<Partial> c, Partial p) {
    return c.stream().anyMatch(q -> Math.abs(q.sentenceIndex() - p.sentenceIndex()) <= NEAR);
  }

  private static boolean namedVictims(List<Partial> c) {
    return c.stream().anyMatch(p -> !p.victims.isEmpty());
  }

  private static boolean prior(List<Partial> c) {
    return c.stream().anyMatch(p -> p.prior >= 0);
  }

  private static boolean kind(List<Partial> c, Partial.Kind k) {
    return c.stream().anyMatch(p -> p.kind == k);
  }

  private static boolean only(List<Partial> c, Partial.Kind k) {
    return c.stream().allMatch(p -> p.kind == k);
  }

  private static Partial first(List<Partial> c) {
    Partial f = c.get(0);
    for (Partial p : c) {
      if (p.before(f)) {
        f = p;
      }
    }
    return f;
  }
}
