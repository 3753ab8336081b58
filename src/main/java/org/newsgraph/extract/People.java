package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.EntityResolver.Entity;
import org.newsgraph.nlp.EntityType;

/**
 * The people of a corpus in the order they were found, and by surname (every search of them is by
 * surname), with the rules that say when two written names are one person.
 */
final class People {
  final List<Entity> all = new ArrayList<>();
  final Map<String, List<Entity>> byLast = new HashMap<>();

  void add(Entity e) {
    all.add(e);
    byLast.computeIfAbsent(e.last, k -> new ArrayList<>()).add(e);
  }

  List<Entity> withLast(String last) {
    return byLast.getOrDefault(last, List.of());
  }

  /** The person known only by one name after a title; one per name across the corpus. */
  Entity titledSingle(String word, String surface) {
    for (Entity e : withLast(word)) {
      if (e.firstNames.isEmpty() && e.last.equals(word)) {
        return e;
      }
    }
    Entity e = new Entity(EntityType.PERSON);
    e.last = word;
    e.forms.put(surface, 0);
    add(e);
    return e;
  }

  /**
   * A relative the article names by a first name alone ("her sister Rosa"): one per name and
   * article, so that two articles' Rosas are not made one person by their first name.
   */
  Entity kinSingle(int article, String word, String surface) {
    return kinSingles.computeIfAbsent(article + ":" + word, k -> {
      Entity e = new Entity(EntityType.PERSON);
      e.last = word;
      e.forms.put(surface, 0);
      add(e);
      return e;
    });
  }

  private final Map<String, Entity> kinSingles = new HashMap<>();

  /**
   * The person with this full name, made when {@code create}; compatible first names join. A
   * generational suffix tells a relative apart: "X Jr." introduced as someone's son is not "X"
   * (but "Rowan Jessup" is "Rowan Jessup III" when nothing says they are kin).
   */
  Entity personFor(String name, boolean create, boolean relative) {
    List<String> w = EntityResolver.words(name);
    String first = w.get(0);
    String last = surname(w);
    String suffix = isSuffix(w.get(w.size() - 1)) && w.size() >= 3 ? w.get(w.size() - 1) : "";
    Entity other = null;
    for (Entity e : withLast(last)) {
      if (!e.last.equals(last) || e.firstNames.stream().noneMatch(f -> compatibleFirst(f, first))) {
        continue;
      }
      if (!e.suffix.equals(suffix) && (relative || e.relative)) {
        continue; // kin with the same name: another person
      }
      if (e.suffix.equals(suffix) || other == null) {
        other = e;
      }
      if (e.suffix.equals(suffix)) {
        break;
      }
    }
    if (other != null) {
      if (!other.firstNames.contains(first)) {
        other.firstNames.add(first);
      }
      if (create) {
        other.forms.merge(name, 0, Integer::sum);
      }
      return other;
    }
    if (!create) {
      throw new IllegalStateException("person " + name + " was not collected");
    }
    Entity e = new Entity(EntityType.PERSON);
    e.last = last;
    e.suffix = suffix;
    e.relative = relative;
    e.firstNames.add(first);
    e.forms.put(name, 0);
    add(e);
    return e;
  }

  /** The surname of a full name's folded words: the last, or the one before a generational suffix. */
  static String surname(List<String> w) {
    String last = w.get(w.size() - 1);
    return isSuffix(last) && w.size() >= 3 ? w.get(w.size() - 2) : last;
  }

  private static boolean isSuffix(String w) {
    return w.equals("jr") || w.equals("sr") || w.equals("ii") || w.equals("iii") || w.equals("iv");
  }

  /** Same first name, or a spelling variant: one edit apart and both at least four letters long. */
  static boolean compatibleFirst(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < 4 || b.length() < 4 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return editDistance(a, b) <= 1;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
