package org.newsgraph.extract;

import org.newsgraph.corpus.LexiconFiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One entity per real-world thing across all articles. People are grouped by surname and a
 * compatible first name ("George Gascon" = "George Gascón"; "Johnathan Hatami" = "Jonathan Hatami";
 * "Diana Flores" ≠ "Justin William Flores"); a lone surname or first name goes to the nearest full
 * name before it in the article, else to the only person of the corpus with that name, else it is
 * dropped. Organisations and places are grouped by their folded name after the alias table, and an
 * acronym joins the organisation whose initials it spells.
 */
public final class EntityResolver {
  /** An entity with its canonical label and every surface form seen, per article. */
  public static final class Entity {
    final EntityType type;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final List<String> firstNames = new ArrayList<>();
    String last;
    /** A generational suffix ("jr", "iii") or empty. */
    String suffix = "";
    /** The name was first met introduced as someone's relative ("his son, X Jr."). */
    boolean relative;
    Ref ref;
    String label;

    Entity(EntityType type) {
      this.type = type;
    }

    public EntityType type() {
      return type;
    }

    public Ref ref() {
      return ref;
    }

    public String label() {
      return label;
    }
  }

  /** What the resolver found: resolved mentions per article, and the entities by ref. */
  public record Result(List<List<Mention>> mentions, Map<Ref, Entity> entities) {}

  private final Map<String, String> placeAliases;
  private final Map<String, String> orgAliases;

  public EntityResolver(Map<String, String> placeAliases, Map<String, String> orgAliases) {
    this.placeAliases = Map.copyOf(placeAliases);
    this.orgAliases = Map.copyOf(orgAliases);
  }

  public static EntityResolver standard() {
    Map<String, String> place = new HashMap<>();
    Map<String, String> org = new HashMap<>();
    for (String[] f : LexiconFiles.tsv("aliases.tsv", 3)) {
      (f[0].equals("place") ? place : org).put(f[1], f[2]);
    }
    return new EntityResolver(place, org);
  }

  public Result resolve(List<AnnotatedArticle> docs) {
    List<Found> found = new ArrayList<>();
    for (int a = 0; a < docs.size(); a++) {
      found.add(found(a, docs.get(a)));
    }
    return resolveFound(found);
  }

  /**
   * The names of one article as the resolver reads them: all it keeps of the article; serialisable,
   * so that they can be sent from where the article was analysed to where the corpus is resolved.
   */
  public static final class Found implements java.io.Serializable {
    private final List<RawName> raws;

    private Found(List<RawName> raws) {
      this.raws = List.copyOf(raws);
    }
  }

  /** The names of article {@code a} (its index in the corpus), for {@link #resolveFound}. */
  public static Found found(int a, AnnotatedArticle doc) {
    return new Found(RawName.of(a, doc));
  }

  /** As {@link #resolve}, from the names of each article, in corpus order. */
  public Result resolveFound(List<Found> found) {
    List<List<RawName>> raws = new ArrayList<>();
    for (Found f : found) {
      raws.add(f.raws);
    }
    // 1. people with a first and last name, across the corpus
    People people = new People();
    for (List<RawName> rs : raws) {
      for (RawName r : rs) {
        if (r.span().type() == EntityType.PERSON && words(r.text()).size() >= 2) {
          people.personFor(r.text(), true, r.relative());
        }
      }
    }
    Map<Mention, Entity> pending = new java.util.IdentityHashMap<>();
    Map<String, Entity> others = new TreeMap<>();
    List<List<Mention>> mentions = new ArrayList<>();
    for (int a = 0; a < raws.size(); a++) {
      List<Mention> ms = new ArrayList<>();
      List<RawName> rs = raws.get(a);
      FullNameIndex fullNames = new FullNameIndex(rs.size(), k -> fullNameWords(rs.get(k)));
      for (int i = 0; i < rs.size(); i++) {
        RawName r = rs.get(i);
        Entity e = null;
        EntityType type = r.span().type();
        List<String> w = words(r.text());
        if (type == EntityType.ORGANIZATION && !w.isEmpty()) {
          e = personNamed(people, rs, i, r.text(), w, fullNames);
          type = e == null ? type : EntityType.PERSON;
        }
        if (e != null) {
          // an organisation that is a person's name in this corpus
        } else if (type == EntityType.PERSON && w.size() >= 2) {
          e = tailOf(people, rs, i, w, fullNames);
          e = e != null ? e : people.personFor(r.text(), false, r.relative());
        } else if (w.size() == 1 && type != EntityType.ORGANIZATION) {
          e = loneName(people, rs, i, w.get(0), type == EntityType.PLACE, fullNames);
          if (e != null) {
            type = EntityType.PERSON;
          } else if (type == EntityType.PERSON && r.titled()) {
            e = people.titledSingle(w.get(0), r.text()); // "Mr. Obama", "Officer Diaz": a person
          } else if (type == EntityType.PERSON && r.span().confidence() < 0.5) {
            continue; // a capitalised word that names nobody we know
          }
        }
        if (e == null && type == EntityType.PERSON && w.size() == 1) {
          continue; // a lone name with no full name anywhere: too weak on its own
        }
        if (e == null) {
          e = other(others, type, r.text());
        }
        e.forms.merge(r.text(), 1, Integer::sum);
        ms.add(new Mention(r.sentence(), r.span().start(), r.span().end(), r.start(), r.end(), r.text(), type, null));
        pending.put(ms.get(ms.size() - 1), e);
      }
      mentions.add(ms);
    }
    Acronyms.join(others);
    Map<Ref, Entity> byRef = new TreeMap<>(Comparator.comparing(Ref::toString));
    for (Entity e : people.all) {
      name(e, "person", byRef);
    }
    for (Entity e : new java.util.LinkedHashSet<>(others.values())) {
      name(e, e.type == EntityType.PLACE ? "place" : "organization", byRef);
    }
    List<List<Mention>> resolved = new ArrayList<>();
    for (List<Mention> ms : mentions) {
      List<Mention> out = new ArrayList<>();
      for (Mention m : ms) {
        Entity e = pending.get(m);
        if (e.ref == null) {
          continue; // a person seen only as a lone name
        }
        out.add(new Mention(m.sentence(), m.startToken(), m.endToken(), m.start(), m.end(), m.text(), e.type, e.ref));
      }
      resolved.add(out);
    }
    return new Result(resolved, byRef);
  }

  /**
   * A lone word that is a person's surname or first name: the nearest full name before it in this
   * article, else any later in this article, else the only person in the corpus with that surname.
   * A word the finder took for a place is a person's only as a surname ("Orlando" is not the
   * first word of a person "Orlando Smith").
   */
  private Entity loneName(People people, List<RawName> rs, int i, String word, boolean place,
      FullNameIndex fullNames) {
    Entity best = null;
    // a relative the text introduced as such ("her husband, Gary Roe") is not what a lone "Roe"
    // means when someone else of that name is in the article
    boolean principal = false;
    for (java.util.Iterator<Integer> k = fullNames.nearest(word, i); k.hasNext() && !principal; ) {
      RawName r = rs.get(k.next());
      principal = !r.relative() && fullNameMatch(people, r, word, true) != null;
    }
    // the nearest full name holding the word, before the lone name, then after it
    for (java.util.Iterator<Integer> it = fullNames.nearest(word, i); it.hasNext() && best == null; ) {
      int k = it.next();
      if (!(principal && k < i && rs.get(k).relative())) {
        best = fullNameMatch(people, rs.get(k), word, place);
      }
    }
    if (best != null) {
      return best;
    }
    Entity only = null;
    for (Entity e : people.withLast(word)) {
      if (e.last.equals(word)) {
        if (only != null) {
          return null;
        }
        only = e;
      }
    }
    return only;
  }

  /**
   * The person an organisation name really names: a full name that the finder typed as a person
   * elsewhere ("Loretta Lynch"), or a single word that is the surname of a person named in full in
   * the same article ("McDonald" after "Laquan McDonald"). Null when there is none.
   */
  private Entity personNamed(People people, List<RawName> rs, int i, String text, List<String> w,
      FullNameIndex fullNames) {
    if (w.size() >= 2) {
      String folded = Names.fold(text);
      for (Entity e : people.withLast(w.get(w.size() - 1))) {
        if (e.forms.keySet().stream().anyMatch(f -> Names.fold(f).equals(folded))) {
          return e;
        }
      }
      return null;
    }
    if (text.equals(text.toUpperCase(Locale.ROOT))) {
      return null; // an acronym
    }
    for (java.util.Iterator<Integer> k = fullNames.nearest(w.get(0), i); k.hasNext(); ) {
      Entity e = fullNameMatch(people, rs.get(k.next()), w.get(0), true);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The person whose longer name in this article ends with these words ("Two Crow", "de la Cruz"
   * after "Renee Two Crow", "Rafael de la Cruz"): the nearest before, else the nearest after.
   */
  private Entity tailOf(People people, List<RawName> rs, int i, List<String> w, FullNameIndex fullNames) {
    for (java.util.Iterator<Integer> it = fullNames.nearest(w.get(w.size() - 1), i); it.hasNext(); ) {
      RawName r = rs.get(it.next());
      List<String> full = words(r.text());
      if (full.size() > w.size() && full.subList(full.size() - w.size(), full.size()).equals(w)) {
        return people.personFor(r.text(), false, r.relative());
      }
    }
    return null;
  }

  /** The words of a person's full name (two or more), else none. */
  private static List<String> fullNameWords(RawName r) {
    List<String> w = r.span().type() == EntityType.PERSON ? words(r.text()) : List.of();
    return w.size() < 2 ? List.of() : w;
  }

  private Entity fullNameMatch(People people, RawName r, String word, boolean surnameOnly) {
    if (r.span().type() != EntityType.PERSON) {
      return null;
    }
    List<String> w = words(r.text());
    if (w.size() < 2 || !(w.contains(word)) || (surnameOnly && !w.get(w.size() - 1).equals(word))) {
      return null;
    }
    return people.personFor(r.text(), false, r.relative());
  }

  private Entity other(Map<String, Entity> others, EntityType type, String text) {
    String canonical = (type == EntityType.PLACE ? placeAliases : orgAliases).getOrDefault(text, text);
    String key = type + ":" + Names.fold(canonical);
    Entity e = others.computeIfAbsent(key, k -> new Entity(type));
    if (!canonical.equals(text)) {
      e.forms.merge(canonical, 0, Integer::sum);
    }
    return e;
  }

  /** Chooses the label and mints the ref. People: the longest full name, accented spelling first. */
  private void name(Entity e, String kind, Map<Ref, Entity> byRef) {
    if (e.ref != null) {
      return;
    }
    List<String> forms = new ArrayList<>(e.forms.keySet());
    Comparator<String> best;
    if (kind.equals("person")) {
      best = Comparator.<String>comparingInt(f -> words(f).size() >= 2 ? 1 : 0)
          .thenComparingInt(f -> e.forms.get(f))
          .thenComparingInt(f -> hasAccent(f) ? 1 : 0)
          .thenComparingInt(f -> words(f).size());
    } else {
      // the canonical form the alias table gave (count 0 and longest) or the most frequent
      best = Comparator.<String>comparingInt(f -> f.length() > 3 && !f.contains(".") ? 1 : 0)
          .thenComparingInt(f -> e.forms.get(f) == 0 ? 1 : 0)
          .thenComparingInt(f -> e.forms.get(f))
          .thenComparingInt(String::length);
    }
    String label = forms.get(0);
    for (String f : forms) {
      if (best.compare(f, label) > 0) {
        label = f;
      }
    }
    // the accented spelling of the chosen label, when one was seen; the name in ordinary case
    // rather than in capitals ("Brentwater" over a dateline's "BRENTWATER")
    for (String f : forms) {
      if (hasAccent(f) && Names.fold(f).equals(Names.fold(label))) {
        label = f;
      }
    }
    if (label.length() > 3 && label.equals(label.toUpperCase(Locale.ROOT)) && !label.equals(label.toLowerCase(Locale.ROOT))) {
      for (String f : forms) {
        if (!f.equals(f.toUpperCase(Locale.ROOT)) && Names.fold(f).equals(Names.fold(label))) {
          label = f;
          break;
        }
      }
    }
    if (e.forms.values().stream().allMatch(c -> c == 0)) {
      return; // collected but never mentioned (e.g. only in a dropped span)
    }
    e.label = label;
    String slug = Names.slug(label);
    Ref ref = new Ref(kind, slug);
    int n = 2;
    while (byRef.containsKey(ref)) {
      ref = new Ref(kind, slug + "-" + n++);
    }
    e.ref = ref;
    byRef.put(ref, e);
  }

  private static boolean hasAccent(String s) {
    return !s.equals(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", ""));
  }

  static List<String> words(String name) {
    String f = Names.fold(name);
    return f.isEmpty() ? List.of() : List.of(f.split(" "));
  }

  /** Looks an entity up by a surface form, as the resolver would group it. */
  public static Optional<Ref> lookup(Result r, String surface, EntityType type) {
    return lookup(lookupIndex(r), surface, type);
  }

  /**
   * The table {@link #lookup(Map, String, EntityType)} reads, built once per result: each type and
   * folded form to the first entity (in ref order) with that form.
   */
  public static Map<String, Ref> lookupIndex(Result r) {
    Map<String, Ref> index = new HashMap<>();
    for (Entity e : r.entities().values()) {
      for (String f : e.forms.keySet()) {
        index.putIfAbsent(e.type + ":" + Names.fold(f), e.ref);
      }
    }
    return index;
  }

  /** {@link #lookup(Result, String, EntityType)} with the table built once. */
  public static Optional<Ref> lookup(Map<String, Ref> index, String surface, EntityType type) {
    return Optional.ofNullable(index.get(type + ":" + Names.fold(surface)));
  }
}
