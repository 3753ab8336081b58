package org.newsgraph.extract.facts.cases;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Merge;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Ref;

/**
 * One case per matter across articles: a case with defendants but no victims ("the case against
 * X": X charged, arrested, sentenced) is the case whose victims X is said to have harmed when the
 * corpus knows exactly one such case with X as a defendant; it takes that case's IRI and label.
 * With none, or several (X is a defendant of two matters), it stays apart; so does a case told as
 * X's earlier matter (a fact read with a cue of {@code case-prior.tsv}).
 */
final class CaseReconciler {
  private CaseReconciler() {}

  static Merge merge(List<ArticleGraph> graphs) {
    Map<Ref, Set<Ref>> victimCasesOf = new LinkedHashMap<>();
    Map<Ref, Node> declared = new LinkedHashMap<>();
    for (ArticleGraph g : graphs) {
      Set<Ref> withVictims = casesWithVictims(g);
      for (Fact f : g.facts()) {
        if (withVictims.contains(f.subject()) && f.property().equals("defendant") && f.object() instanceof Ref d) {
          victimCasesOf.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(f.subject());
        }
      }
      for (Node n : g.nodes()) {
        if (withVictims.contains(n.ref())) {
          declared.putIfAbsent(n.ref(), n);
        }
      }
    }
    Map<Integer, Map<Ref, Ref>> renames = new LinkedHashMap<>();
    for (int i = 0; i < graphs.size(); i++) {
      ArticleGraph g = graphs.get(i);
      Set<Ref> withVictims = casesWithVictims(g);
      Set<Ref> earlier = new HashSet<>();
      for (Fact f : g.facts()) {
        if (f.subject().kind().equals("case") && f.evidence() != null && f.evidence().method() != null
            && f.evidence().method().contains("+" + PriorCues.FILE + ":")) {
          earlier.add(f.subject());
        }
      }
      Map<Ref, Set<Ref>> targets = new LinkedHashMap<>();
      for (Fact f : g.facts()) {
        if (f.subject().kind().equals("case") && !withVictims.contains(f.subject()) && !earlier.contains(f.subject())
            && f.property().equals("defendant") && f.object() instanceof Ref d) {
          targets.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).addAll(victimCasesOf.getOrDefault(d, Set.of()));
        }
      }
      Map<Ref, Ref> rename = new LinkedHashMap<>();
      targets.forEach((from, to) -> {
        if (to.size() == 1) {
          rename.put(from, to.iterator().next());
        }
      });
      if (!rename.isEmpty()) {
        renames.put(i, rename);
      }
    }
    return new Merge(renames, declared);
  }

  private static Set<Ref> casesWithVictims(ArticleGraph g) {
    Set<Ref> out = new LinkedHashSet<>();
    for (Fact f : g.facts()) {
      if (f.subject().kind().equals("case") && f.property().equals("victim")) {
        out.add(f.subject());
      }
    }
    return out;
  }
}
