package org.newsgraph.extract.facts.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.Value;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Children a couple's "their" introduces: "Leo Roe's wife, Ana Roe, said their two boys, Eli, 9, and
 * Max, 6, keep asking" makes both spouses parents of both boys. The couple is the pair of people
 * named before "their" in the same sentence that the article's other rules found married; the
 * children are the names listed right after the child word (@CHILD or @YOUNG of family.tsv).
 */
final class CoupleChildren implements FactSink {
  private static final Pattern CHILD = LexiconFiles.wordClasses("family.tsv", Set.of("@CHILD", "@YOUNG"));

  private final FactSink next;
  private final Set<List<Ref>> spouses = new HashSet<>();

  CoupleChildren(FactSink next) {
    this.next = next;
  }

  @Override
  public void node(Ref ref, List<String> types, String label, Collection<String> altLabels) {
    next.node(ref, types, label, altLabels);
  }

  @Override
  public void fact(Ref subject, String property, Value object, Evidence evidence) {
    if (property.equals("spouseOf") && object instanceof Ref o) {
      spouses.add(List.of(subject, o));
    }
    next.fact(subject, property, object, evidence);
  }

  /** States the parents of the children every "their" of the article introduces. */
  void apply(ArticleContext a, String extractor) {
    for (Sentence s : a.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        if (!t.get(i).text().toLowerCase(Locale.ROOT).equals("their")) {
          continue;
        }
        int noun = i + 1;
        while (noun < t.size() && noun < i + 4 && !CHILD.matcher(t.get(noun).text()).matches()) {
          noun++; // "their two young boys"
        }
        if (noun >= t.size() || noun == i + 4) {
          continue;
        }
        List<Ref> children = listed(a, s, noun + 1);
        List<Ref> couple = couple(a, s, i);
        if (children.isEmpty() || couple.isEmpty()) {
          continue;
        }
        Evidence ev = a.evidence(s, t.get(0).start(), t.get(t.size() - 1).end(), 0.6, extractor + ":couple-children");
        for (Ref parent : couple) {
          for (Ref child : children) {
            if (!child.equals(parent)) {
              next.fact(parent, "parentOf", child, ev);
            }
          }
        }
      }
    }
  }

  /** The people named one after the other from token k: ", Eli, 9, and Max, 6". */
  private static List<Ref> listed(ArticleContext a, Sentence s, int k) {
    List<Ref> out = new ArrayList<>();
    List<Token> t = s.tokens();
    while (k < t.size()) {
      String w = t.get(k).text();
      Optional<Mention> m = a.mentionAt(s.index(), k);
      if (m.isPresent() && m.get().type() == EntityType.PERSON) {
        out.add(m.get().entity());
        k = m.get().endToken();
      } else if (w.equals(",") || w.equalsIgnoreCase("and") || (!out.isEmpty() && w.matches("\\d{1,2}"))) {
        k++;
      } else {
        break;
      }
    }
    return out;
  }

  /** The one married pair among the people named before token {@code before}, else none. */
  private List<Ref> couple(ArticleContext a, Sentence s, int before) {
    List<Ref> named = new ArrayList<>();
    for (Mention m : a.mentionsIn(s.index())) {
      if (m.type() == EntityType.PERSON && m.endToken() <= before && !named.contains(m.entity())) {
        named.add(m.entity());
      }
    }
    List<Ref> found = List.of();
    for (int x = 0; x < named.size(); x++) {
      for (int y = x + 1; y < named.size(); y++) {
        if (spouses.contains(List.of(named.get(x), named.get(y))) || spouses.contains(List.of(named.get(y), named.get(x)))) {
          if (!found.isEmpty()) {
            return List.of();
          }
          found = List.of(named.get(x), named.get(y));
        }
      }
    }
    return found;
  }
}
