package org.newsgraph.extract;

import org.newsgraph.corpus.LexiconFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.ner.KinNames;
import org.newsgraph.nlp.ner.PersonEdges;
import org.newsgraph.nlp.Names;

/**
 * One entity per real-world thing across all articles. People are grouped by surname and a
 * compatible first name ("Jose Diaz" = "José Díaz"; "Johnathan Pereira" = "Jonathan Pereira";
 * "Dana Quist" ≠ "Tad William Quist"); a lone surname or first name goes to the nearest full
 * name before it in the article, else to the only person of the corpus with that name, else it is
 * dropped. Organisations and places are grouped by their folded name after the alias table, and an
 * acronym joins the organisation whose initials it spells.
 *
 * <p>The corpus is resolved by blocks ({@link Blocks}): names whose blocking keys meet ({@link
 * NameKeys}) are resolved together, each block apart from the others, and the refs minted across
 * the blocks; one machine runs the blocks one after the other, Spark on its executors.
 */
public final class EntityResolver {
  /** An entity as the resolution of its block gathers it: every surface form seen, with its count. */
  static final class Entity {
    final EntityType type;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final List<String> firstNames = new ArrayList<>();
    String last;
    /** A generational suffix ("jr", "iii") or empty. */
    String suffix = "";
    /** The name was first met introduced as someone's relative ("his son, X Jr."). */
    boolean relative;

    Entity(EntityType type) {
      this.type = type;
    }
  }

  /** What the resolver found: resolved mentions per article, and the entities by ref. */
  public record Result(List<List<Mention>> mentions, Map<Ref, Blocks.Labelled> entities) {}

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
    final int article;
    final List<RawName> raws;

    Found(int article, List<RawName> raws) {
      this.article = article;
      this.raws = List.copyOf(raws);
    }

    /** The article's number, as given to {@link #found}. */
    public int article() {
      return article;
    }

    /** Its names, each to go to its block: {@link NameKeys#of} gives their keys, in this order. */
    public List<Blocks.Name> names() {
      List<Blocks.Name> out = new ArrayList<>(raws.size());
      for (int i = 0; i < raws.size(); i++) {
        out.add(new Blocks.Name(article, i, raws.get(i)));
      }
      return out;
    }
  }

  /** The names of article {@code a} (its number in the corpus), for {@link #resolveFound}. */
  public static Found found(int a, AnnotatedArticle doc) {
    return new Found(a, RawName.of(a, doc));
  }

  /** The blocking keys of this resolver's names (its alias tables decide an organisation's key). */
  public NameKeys keys() {
    return new NameKeys(placeAliases, orgAliases);
  }

  /**
   * As {@link #resolve}, from the names of each article, in corpus order: the names split into
   * blocks, each block resolved apart, the refs minted across them ({@link Blocks}).
   */
  public Result resolveFound(List<Found> found) {
    return Blocks.resolve(this, found);
  }

  /**
   * Resolves one block of names ({@link NameKeys}): its entities, each with its label and the place
   * of its first mention but no ref yet ({@link Blocks#mint}), and its mentions.
   */
  public Blocks.Block resolveBlock(List<Blocks.Name> names) {
    List<List<RawName>> raws = new ArrayList<>();
    List<List<Blocks.Name>> placed = new ArrayList<>();
    for (Blocks.Name n : Blocks.inCorpusOrder(names)) {
      if (placed.isEmpty() || placed.get(placed.size() - 1).get(0).article() != n.article()) {
        raws.add(new ArrayList<>());
        placed.add(new ArrayList<>());
      }
      raws.get(raws.size() - 1).add(n.raw);
      placed.get(placed.size() - 1).add(n);
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
    List<Pending> pending = new ArrayList<>();
    Map<String, Entity> others = new TreeMap<>();
    for (int a = 0; a < raws.size(); a++) {
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
          e = loneName(people, rs, i, w.get(0), type == EntityType.PLACE, fullNames,
              !r.span().source().equals(KinNames.SOURCE));
          if (e != null) {
            type = EntityType.PERSON;
          } else if (type == EntityType.PERSON && r.span().source().equals(KinNames.SOURCE)) {
            e = people.kinSingle(r.article(), w.get(0), r.text()); // "her sister Rosa": this article's Rosa
          } else if (type == EntityType.PERSON && (r.titled() || PersonEdges.standsAlone(r.span()))) {
            // "Mr. Abney", "Officer Diaz", "Roe, 24,": a person
            e = people.titledSingle(w.get(0), r.text());
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
        pending.add(new Pending(placed.get(a).get(i), e));
      }
    }
    Acronyms.join(others);
    // the entities labelled and numbered in a fixed order: people as found, then the others by key
    Map<Entity, Long> first = new java.util.IdentityHashMap<>();
    for (Pending p : pending) {
      first.putIfAbsent(p.entity, Blocks.position(p.name.article(), p.name.index()));
    }
    Map<Entity, Integer> numbers = new java.util.IdentityHashMap<>();
    List<Blocks.Labelled> labelled = new ArrayList<>();
    for (Entity e : people.all) {
      number(e, "person", first, numbers, labelled);
    }
    for (Entity e : new java.util.LinkedHashSet<>(others.values())) {
      number(e, e.type == EntityType.PLACE ? "place" : "organization", first, numbers, labelled);
    }
    List<Blocks.Placed> mentions = new ArrayList<>();
    for (Pending p : pending) {
      Integer n = numbers.get(p.entity);
      if (n == null) {
        continue; // a person seen only as a lone name
      }
      RawName r = p.name.raw;
      mentions.add(new Blocks.Placed(p.name.article(), p.name.index(), new Mention(r.sentence(), r.span().start(),
          r.span().end(), r.start(), r.end(), r.text(), p.entity.type, null), n));
    }
    return new Blocks.Block(labelled, mentions);
  }

  /** Labels the entity and gives it the next number, unless none of its forms was mentioned. */
  private static void number(Entity e, String kind, Map<Entity, Long> first, Map<Entity, Integer> numbers,
      List<Blocks.Labelled> labelled) {
    String label = Labels.of(e, kind);
    if (label != null) {
      numbers.put(e, labelled.size());
      labelled.add(new Blocks.Labelled(labelled.size(), kind, Names.slug(label), label, e.type,
          first.getOrDefault(e, Long.MAX_VALUE), List.copyOf(e.forms.keySet())));
    }
  }

  /** A name of the block and the entity it was resolved to. */
  private record Pending(Blocks.Name name, Entity entity) {}

  /**
   * A lone word that is a person's surname or first name: the nearest full name before it in this
   * article, else any later in this article, else the only person in the corpus with that surname.
   * A word the finder took for a place is a person's only as a surname ("Orlando" is not the
   * first word of a person "Orlando Smith"). Not {@code corpusWide}: this article's names only.
   */
  private Entity loneName(People people, List<RawName> rs, int i, String word, boolean place,
      FullNameIndex fullNames, boolean corpusWide) {
    Entity best = null;
    // a relative the text introduced as such ("her husband, Gary Roe") is not what a lone "Roe"
    // means when someone else of that name is in the article
    // ("Mrs. Roe" is not a Roe whose first name is a man's, and leaves him no principal)
    char sex = rs.get(i).sex();
    boolean principal = false;
    for (java.util.Iterator<Integer> k = fullNames.nearest(word, i); k.hasNext() && !principal; ) {
      RawName r = rs.get(k.next());
      principal = !r.relative() && sexFits(r.text(), sex) && fullNameMatch(people, r, word, true) != null;
    }
    // the nearest full name holding the word, before the lone name, then after it
    for (java.util.Iterator<Integer> it = fullNames.nearest(word, i); it.hasNext() && best == null; ) {
      int k = it.next();
      if (!(principal && k < i && rs.get(k).relative()) && sexFits(rs.get(k).text(), sex)) {
        best = fullNameMatch(people, rs.get(k), word, place);
      }
    }
    if (best != null || !corpusWide) {
      return best; // a relative named by a first name alone is no one of another article
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

  /** Whether a full name's first name may be of this sex (' ': any): an unknown first name may. */
  private static boolean sexFits(String fullName, char sex) {
    return sex == ' ' || org.newsgraph.nlp.FirstNameSex.of(fullName).map(c -> c == sex).orElse(true);
  }

  /**
   * The person an organisation name really names: a full name that the finder typed as a person
   * elsewhere ("Mara Lindqvist"), or a single word that is the surname of a person named in full in
   * the same article ("McCandless" after "Perry McCandless"). Null when there is none.
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
   * The person whose longer name in this article ends with these words ("Two Feathers", "de la Vega"
   * after "Ada Two Feathers", "Tomas de la Vega"): the nearest before, else the nearest after.
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
  static List<String> fullNameWords(RawName r) {
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

  static List<String> words(String name) {
    List<String> out = new ArrayList<>(4);
    for (String part : name.split("\\s+")) {
      // a hyphenated name is one word: "Marlowe-Reyes" is not a "Reyes" named "Marlowe"
      String f = Names.fold(part);
      if (!f.isEmpty()) {
        out.add(f.replace(' ', '-'));
      }
    }
    return out;
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
    r.entities().forEach((ref, e) -> {
      for (String f : e.forms()) {
        index.putIfAbsent(formKey(e.type(), f), ref);
      }
    });
    return index;
  }

  /** {@link #lookup(Result, String, EntityType)} with the table built once. */
  public static Optional<Ref> lookup(Map<String, Ref> index, String surface, EntityType type) {
    return Optional.ofNullable(index.get(formKey(type, surface)));
  }

  /** The key of {@link #lookupIndex}: a type and a folded surface form. */
  public static String formKey(EntityType type, String surface) {
    return type + ":" + Names.fold(surface);
  }
}
