package org.newsgraph.extract;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Names;

/**
 * The blocking keys of the cross-article resolution: for each name of an article, every key under
 * which the resolver might look for what it names. A person's key is a folded surname ({@code
 * p:garcia}); an organisation's or place's its type and folded canonical name ({@code
 * o:ORGANIZATION:city council}); an organisation's initials, and an acronym's letters, share one
 * key ({@code i:ACLU}). A lone name ("Garcia", "Maria") has the keys of the article's full names
 * holding it as well as its own; an organisation name has the key of a person of its last word
 * (the finder's "Mara Lindqvist" typed as an organisation is the person).
 *
 * <p>Names whose keys meet, directly or through other names, form one block (the connected
 * components of the keys); every decision of {@link EntityResolver} about a name reads only names
 * of its block, so the blocks can be resolved apart (on different machines) and give what one
 * pass over the corpus gives. Over-joining costs only block size, never a different answer.
 */
public final class NameKeys {
  private final Map<String, String> placeAliases;
  private final Map<String, String> orgAliases;

  NameKeys(Map<String, String> placeAliases, Map<String, String> orgAliases) {
    this.placeAliases = placeAliases;
    this.orgAliases = orgAliases;
  }

  /** The keys of each of an article's names, in the order of {@link EntityResolver.Found#names}. */
  public List<Set<String>> of(EntityResolver.Found f) {
    return of(f.raws);
  }

  /** The keys of each of one article's names, in their order; never an empty set. */
  List<Set<String>> of(List<RawName> rs) {
    FullNameIndex fullNames = new FullNameIndex(rs.size(), k -> EntityResolver.fullNameWords(rs.get(k)));
    List<Set<String>> out = new java.util.ArrayList<>(rs.size());
    for (int i = 0; i < rs.size(); i++) {
      out.add(keys(rs, i, fullNames));
    }
    return out;
  }

  private Set<String> keys(List<RawName> rs, int i, FullNameIndex fullNames) {
    RawName r = rs.get(i);
    EntityType type = r.span().type();
    List<String> w = EntityResolver.words(r.text());
    Set<String> keys = new LinkedHashSet<>();
    if (type == EntityType.PERSON && w.size() >= 2) {
      keys.add(person(People.surname(w)));
    }
    if (!w.isEmpty()) {
      // the full names of the article that hold the last word (a lone name's surname or first
      // name; a longer name's tail), and a person of that word
      String last = w.get(w.size() - 1);
      for (Iterator<Integer> k = fullNames.nearest(last, i); k.hasNext(); ) {
        keys.add(person(People.surname(EntityResolver.fullNameWords(rs.get(k.next())))));
      }
      if (w.size() == 1 || type == EntityType.ORGANIZATION) {
        keys.add(person(last));
      }
    }
    if (type != EntityType.PERSON || w.isEmpty()) {
      Map<String, String> aliases = type == EntityType.PLACE ? placeAliases : orgAliases;
      String canonical = aliases.getOrDefault(r.text(), r.text());
      keys.add("o:" + type + ":" + Names.fold(canonical));
      if (type == EntityType.ORGANIZATION) {
        initials(keys, r.text());
        initials(keys, canonical);
        String acronym = r.text().replace(".", "");
        if (acronym.matches("\\p{Lu}{3,6}")) {
          keys.add("i:" + acronym);
        }
      }
    }
    return keys;
  }

  private static void initials(Set<String> keys, String name) {
    String ini = Acronyms.initials(name);
    if (ini.length() >= 3) {
      keys.add("i:" + ini);
    }
  }

  static String person(String surname) {
    return "p:" + surname;
  }
}
