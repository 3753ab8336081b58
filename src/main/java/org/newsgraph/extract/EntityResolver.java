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

  /** The people in the order they were found, and by surname (every search of them is by surname). */
  private static final class People {
    final List<Entity> all = new ArrayList<>();
    final Map<String, List<Entity>> byLast = new HashMap<>();

    void add(Entity e) {
      all.add(e);
      byLast.computeIfAbsent(e.last, k -> new ArrayList<>()).add(e);
    }

    List<Entity> withLast(String last) {
      return byLast.getOrDefault(last, List.of());
    }
  }

  /** A name as found; {@code titled} when a person title stands right before it ("Mr. Obama"). */
  private record Raw(int article, int sentence, NameSpan span, int start, int end, String text, boolean titled)
      implements java.io.Serializable {}

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
    private final List<Raw> raws;

    private Found(List<Raw> raws) {
      this.raws = List.copyOf(raws);
    }
  }

  /** The names of article {@code a} (its index in the corpus), for {@link #resolveFound}. */
  public static Found found(int a, AnnotatedArticle doc) {
    return new Found(raw(a, doc));
  }

  /** As {@link #resolve}, from the names of each article, in corpus order. */
  public Result resolveFound(List<Found> found) {
    List<List<Raw>> raws = new ArrayList<>();
    for (Found f : found) {
      raws.add(f.raws);
    }
    // 1. people with a first and last name, across the corpus
    People people = new People();
    for (List<Raw> rs : raws) {
      for (Raw r : rs) {
        if (r.span.type() == EntityType.PERSON && words(r.text).size() >= 2) {
          personFor(people, r.text, true);
        }
      }
    }
    Map<Mention, Entity> pending = new java.util.IdentityHashMap<>();
    Map<String, Entity> others = new TreeMap<>();
    List<List<Mention>> mentions = new ArrayList<>();
    for (int a = 0; a < raws.size(); a++) {
      List<Mention> ms = new ArrayList<>();
      List<Raw> rs = raws.get(a);
      FullNameIndex fullNames = new FullNameIndex(rs.size(), k -> fullNameWords(rs.get(k)));
      for (int i = 0; i < rs.size(); i++) {
        Raw r = rs.get(i);
        Entity e = null;
        EntityType type = r.span.type();
        List<String> w = words(r.text);
        if (type == EntityType.PERSON && w.size() >= 2) {
          e = personFor(people, r.text, false);
        } else if (w.size() == 1 && type != EntityType.ORGANIZATION) {
          e = loneName(people, rs, i, w.get(0), fullNames);
          if (e != null) {
            type = EntityType.PERSON;
          } else if (type == EntityType.PERSON && r.titled) {
            e = titledSingle(people, w.get(0), r.text); // "Mr. Obama", "Officer Diaz": a person
          } else if (type == EntityType.PERSON && r.span.confidence() < 0.5) {
            continue; // a capitalised word that names nobody we know
          }
        }
        if (e == null && type == EntityType.PERSON && w.size() == 1) {
          continue; // a lone name with no full name anywhere: too weak on its own
        }
        if (e == null) {
          e = other(others, type, r.text);
        }
        e.forms.merge(r.text, 1, Integer::sum);
        ms.add(new Mention(r.sentence, r.span.start(), r.span.end(), r.start, r.end, r.text, type, null));
        pending.put(ms.get(ms.size() - 1), e);
      }
      mentions.add(ms);
    }
    acronyms(others);
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

  private static List<Raw> raw(int a, AnnotatedArticle doc) {
    List<Raw> out = new ArrayList<>();
    String text = doc.article().text();
    for (int s = 0; s < doc.sentences().size(); s++) {
      Sentence sent = doc.sentences().get(s);
      for (NameSpan n : doc.names().get(s)) {
        List<Token> t = sent.tokens();
        int start = t.get(n.start()).start();
        int end = t.get(n.end() - 1).end();
        String surface = Names.stripPossessive(text.substring(start, end)).strip();
        end = start + surface.length();
        if (surface.isEmpty()) {
          continue;
        }
        out.add(new Raw(a, s, n, start, end, surface, titled(sent, n.start())));
      }
    }
    return out;
  }

  /** Whether a person title ("Mr.", "Sen.", "Officer", "District Attorney") ends right before a token. */
  private static boolean titled(Sentence s, int token) {
    org.newsgraph.nlp.Lexicons lex = org.newsgraph.nlp.Lexicons.get();
    List<String> lower = new ArrayList<>();
    for (Token t : s.tokens()) {
      lower.add(Names.stripPossessive(t.text()).toLowerCase(Locale.ROOT));
    }
    for (int k = Math.max(0, token - lex.maxTitleWords()); k < token; k++) {
      Optional<org.newsgraph.nlp.Lexicons.Title> t = lex.titleAt(lower, k);
      if (t.isPresent() && t.get().beforePerson() && k + t.get().words().size() == token) {
        return true;
      }
    }
    return false;
  }

  /** The person known only by one name after a title; one per name across the corpus. */
  private static Entity titledSingle(People people, String word, String surface) {
    for (Entity e : people.withLast(word)) {
      if (e.firstNames.isEmpty() && e.last.equals(word)) {
        return e;
      }
    }
    Entity e = new Entity(EntityType.PERSON);
    e.last = word;
    e.forms.put(surface, 0);
    people.add(e);
    return e;
  }

  /** The person with this full name, made when {@code create}; compatible first names join. */
  private Entity personFor(People people, String name, boolean create) {
    List<String> w = words(name);
    String first = w.get(0);
    String last = w.get(w.size() - 1);
    if (isSuffix(last) && w.size() >= 3) {
      last = w.get(w.size() - 2);
    }
    for (Entity e : people.withLast(last)) {
      if (e.last.equals(last) && e.firstNames.stream().anyMatch(f -> compatibleFirst(f, first))) {
        if (!e.firstNames.contains(first)) {
          e.firstNames.add(first);
        }
        if (create) {
          e.forms.merge(name, 0, Integer::sum);
        }
        return e;
      }
    }
    if (!create) {
      throw new IllegalStateException("person " + name + " was not collected");
    }
    Entity e = new Entity(EntityType.PERSON);
    e.last = last;
    e.firstNames.add(first);
    e.forms.put(name, 0);
    people.add(e);
    return e;
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

  /**
   * A lone word that is a person's surname or first name: the nearest full name before it in this
   * article, else any later in this article, else the only person in the corpus with that surname.
   */
  private Entity loneName(People people, List<Raw> rs, int i, String word, FullNameIndex fullNames) {
    Entity best = null;
    // the nearest full name holding the word, before the lone name, then after it
    for (java.util.Iterator<Integer> k = fullNames.nearest(word, i); k.hasNext() && best == null; ) {
      best = fullNameMatch(people, rs.get(k.next()), word);
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

  /** The words of a person's full name (two or more), else none. */
  private static List<String> fullNameWords(Raw r) {
    List<String> w = r.span.type() == EntityType.PERSON ? words(r.text) : List.of();
    return w.size() < 2 ? List.of() : w;
  }

  private Entity fullNameMatch(People people, Raw r, String word) {
    if (r.span.type() != EntityType.PERSON) {
      return null;
    }
    List<String> w = words(r.text);
    if (w.size() < 2 || !(w.contains(word))) {
      return null;
    }
    return personFor(people, r.text, false);
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

  /** An organisation written as an acronym joins the one whose initials it spells. */
  private static void acronyms(Map<String, Entity> others) {
    Map<String, Entity> byInitials = new HashMap<>();
    for (Map.Entry<String, Entity> en : others.entrySet()) {
      Entity e = en.getValue();
      if (e.type != EntityType.ORGANIZATION) {
        continue;
      }
      for (String f : e.forms.keySet()) {
        String ini = initials(f);
        if (ini.length() >= 3) {
          byInitials.putIfAbsent(ini, e);
        }
      }
    }
    for (Map.Entry<String, Entity> en : new ArrayList<>(others.entrySet())) {
      Entity e = en.getValue();
      if (e.type != EntityType.ORGANIZATION || e.forms.size() != 1) {
        continue;
      }
      String f = e.forms.keySet().iterator().next();
      String acr = f.replace(".", "");
      if (!acr.matches("\\p{Lu}{3,6}")) {
        continue;
      }
      Entity full = byInitials.get(acr);
      if (full != null && full != e) {
        e.forms.forEach((k, v) -> full.forms.merge(k, v, Integer::sum));
        others.put(en.getKey(), full);
      }
    }
  }

  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
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
    // the accented spelling of the chosen label, when one was seen
    for (String f : forms) {
      if (hasAccent(f) && Names.fold(f).equals(Names.fold(label))) {
        label = f;
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
