package org.newsgraph.extract.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Names;

/**
 * Offices and their holders from the titles of {@link TitleUses}. An office is named
 * "[Jurisdiction] [Title]" or "[Title] of [Organisation]"; its jurisdiction is, in this order: the
 * place or organisation the text ties to the title; the one a scope word means ("U.S." → United
 * States, "the county's" → the article's county); the one the article gives the same title
 * elsewhere; the article's own city, county or state for an office of that level with one holder
 * (never invented: a city stays a city); a court of the same sentence for a judge; the one a title
 * takes by itself ("President"). A title left without one names a bare office ("State Attorney")
 * unless it is a role inside an organisation.
 */
public final class Offices {
  private static final Set<String> MULTI_SEAT = Set.copyOf(LexiconFiles.lines("multi-seat-titles.txt"));
  /** Levels whose title names an office even without a jurisdiction. */
  private static final Set<String> BARE_LEVELS = Set.of("county", "district", "city", "state", "country", "court");

  private final Lexicons lex;
  /** Read once: an Offices is made for each article the coreference reads. */
  private static final Bodies BODIES = new Bodies();
  private final TitleUses uses;
  private final String name;

  public Offices(Lexicons lex, String name) {
    this.lex = lex;
    this.uses = new TitleUses(lex);
    this.name = name;
  }

  /** A jurisdiction or organisation an office is tied to. */
  private record Seat(Ref ref, String label, boolean organisation, boolean assumed) {}

  /**
   * The people the article gives each title (canonical title in lower case), in text order: what
   * "the sheriff" later refers to.
   */
  public Map<String, List<Mention>> holders(ArticleContext a) {
    Map<String, List<Mention>> out = new HashMap<>();
    for (TitleUse u : uses.find(a, false)) {
      out.computeIfAbsent(u.title().canonical().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(u.person());
    }
    out.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Mention::start)));
    return out;
  }

  public void extract(ArticleContext a, FactSink sink) {
    List<TitleUse> found = uses.find(a, true);
    Jurisdictions places = new Jurisdictions(a, lex);
    Map<String, Seat> byTitle = borrowable(a, found);
    Set<String> qualified = new HashSet<>();
    for (TitleUse u : found) {
      if (u.where() != null || !u.scope().isEmpty()) {
        qualified.add(u.person().entity() + "|" + u.title().canonical());
      }
    }
    Set<Ref> dead = dead(a);
    if (!dead.isEmpty()) { // a dead person held every office the article gives them
      found = found.stream().map(u -> dead.contains(u.person().entity()) && !u.former()
          ? new TitleUse(u.person(), u.title(), u.where(), u.scope(), true, u.sentence(), u.start(), u.end(), u.surface(),
              u.method() + ":died")
          : u).toList();
    }
    Map<String, Seat> seats = new LinkedHashMap<>();
    for (TitleUse u : found) {
      if (u.title().makesOffice()) {
        seats.put(key(u), seat(a, u, places, byTitle));
      }
    }
    // one holder per single-seat office: an assumed jurisdiction gives way to a stated one
    Map<String, Set<Ref>> holders = new HashMap<>();
    for (TitleUse u : found) {
      Seat s = seats.get(key(u));
      if (s != null && !s.assumed() && !u.former()) {
        holders.computeIfAbsent(u.title().canonical() + "|" + s.ref(), k -> new HashSet<>()).add(u.person().entity());
      }
    }
    for (TitleUse u : found) {
      if (!u.title().makesOffice()) {
        continue;
      }
      Seat s = seats.get(key(u));
      if (s != null && s.assumed() && !u.former()) {
        Set<Ref> others = holders.getOrDefault(u.title().canonical() + "|" + s.ref(), Set.of());
        if (!others.isEmpty() && !others.contains(u.person().entity())) {
          s = null;
        }
      }
      if (s != null) {
        emit(a, sink, u, s);
      } else if (BARE_LEVELS.contains(u.title().level())
          && !(u.title().level().equals("state") && !MULTI_SEAT.contains(u.title().canonical()))
          && !qualified.contains(u.person().entity() + "|" + u.title().canonical())) {
        // a state's single office without its state ("Attorney General X") is not stated bare:
        // national news uses the same words for the federal office
        emitBare(a, sink, u);
      }
    }
  }

  private static final Set<String> DEATH = Set.of("die", "dies", "died");

  /**
   * The people the article says died: the subject of "die" (a name, or a pronoun the coreference
   * resolves: "He died Sunday") or of "passed away".
   */
  private static Set<Ref> dead(ArticleContext a) {
    Set<Ref> out = new HashSet<>();
    org.newsgraph.extract.coref.Coreference coref = org.newsgraph.extract.coref.Coreference.in(a);
    for (org.newsgraph.nlp.Sentence s : a.sentences()) {
      org.newsgraph.nlp.syntax.Tree tree = new org.newsgraph.nlp.syntax.Tree(s);
      for (int i = 0; i < s.tokens().size(); i++) {
        org.newsgraph.nlp.Token t = s.tokens().get(i);
        int h = tree.head(i);
        if (h < 0 || !tree.isLike(i, "nsubj")) {
          continue;
        }
        org.newsgraph.nlp.Token v = s.tokens().get(h);
        boolean died = DEATH.contains(v.lemma().toLowerCase(Locale.ROOT))
            || (v.lemma().equalsIgnoreCase("pass") && tree.childrenLike(h, "compound:prt").stream()
                .anyMatch(c -> s.tokens().get(c).text().equalsIgnoreCase("away")));
        if (died && tree.childrenLike(h, "advmod").stream().noneMatch(c -> s.tokens().get(c).lemma().equalsIgnoreCase("not"))) {
          coref.at(s.index(), i).filter(r -> r.kind().equals("person")).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static String key(TitleUse u) {
    return u.person().entity() + "|" + u.title().canonical() + "|" + u.start() + "|" + u.end();
  }

  private Seat seat(ArticleContext a, TitleUse u, Jurisdictions places, Map<String, Seat> byTitle) {
    Lexicons.Title t = u.title();
    if (u.where() != null) {
      return new Seat(u.where().entity(), a.labelOf(u.where()), u.where().type() == EntityType.ORGANIZATION, false);
    }
    switch (u.scope()) {
      case "u.s.", "us", "federal", "national" -> {
        return country(a, "United States", false);
      }
      case "state", "county", "city" -> {
        Jurisdictions.Place p = places.of(u.scope());
        return p == null ? null : new Seat(p.ref(), p.label(), false, false);
      }
      default -> { }
    }
    Seat borrowed = t.level().equals("org") ? null : byTitle.get(t.canonical());
    if (borrowed != null) {
      return borrowed;
    }
    if (t.level().equals("court")) {
      Mention court = courtIn(a, u);
      if (court != null) {
        return new Seat(court.entity(), a.labelOf(court), true, true);
      }
    }
    if (!MULTI_SEAT.contains(t.canonical()) && Set.of("city", "county", "state").contains(t.level())) {
      Jurisdictions.Place p = places.of(t.level());
      if (p != null) {
        return new Seat(p.ref(), p.label(), false, true);
      }
    }
    if (!t.bare().isEmpty() && u.method().equals("title-before-name")) {
      return country(a, t.bare(), true);
    }
    return null;
  }

  private static Seat country(ArticleContext a, String label, boolean assumed) {
    Ref ref = a.entityNamed(label, EntityType.PLACE).orElse(new Ref("place", Names.slug(label)));
    return new Seat(ref, label, false, assumed);
  }

  /** A court named in the same sentence, else the article's only court. */
  private static Mention courtIn(ArticleContext a, TitleUse u) {
    Mention inSentence = null;
    Set<Ref> courts = new HashSet<>();
    Mention any = null;
    for (Mention m : a.mentions()) {
      if (m.type() == EntityType.ORGANIZATION && a.labelOf(m).endsWith(" Court")) {
        courts.add(m.entity());
        any = m;
        if (m.sentence() == u.sentence().index() && inSentence == null) {
          inSentence = m;
        }
      }
    }
    return inSentence != null ? inSentence : courts.size() == 1 ? any : null;
  }

  /**
   * For each title, the jurisdiction the article gives it most often (a city and the county named
   * after it count as one); on a tie, the one of the article's main person; else none.
   */
  private Map<String, Seat> borrowable(ArticleContext a, List<TitleUse> found) {
    Map<Ref, Integer> named = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.type() == EntityType.PERSON) {
        named.merge(m.entity(), 1, Integer::sum);
      }
    }
    Ref main = named.entrySet().stream().max(Map.Entry.<Ref, Integer>comparingByValue()).map(Map.Entry::getKey).orElse(null);
    Map<String, Map<String, List<TitleUse>>> groups = new LinkedHashMap<>();
    for (TitleUse f : found) {
      if (f.where() == null) {
        continue;
      }
      String label = a.labelOf(f.where()).toLowerCase(Locale.ROOT).replaceFirst(" county$", "");
      groups.computeIfAbsent(f.title().canonical(), k -> new LinkedHashMap<>())
          .computeIfAbsent(label, k -> new ArrayList<>()).add(f);
    }
    Map<String, Seat> out = new HashMap<>();
    groups.forEach((title, byPlace) -> {
      int max = byPlace.values().stream().mapToInt(List::size).max().orElse(0);
      List<List<TitleUse>> top = byPlace.values().stream().filter(g -> g.size() == max).toList();
      if (top.size() > 1) { // on a tie, the one of the article's main person (the person named most)
        top = top.stream().filter(g -> g.stream().anyMatch(f -> f.person().entity().equals(main))).toList();
      }
      if (top.size() == 1) {
        Mention w = top.get(0).get(0).where();
        out.put(title, new Seat(w.entity(), a.labelOf(w), w.type() == EntityType.ORGANIZATION, true));
      }
    });
    return out;
  }

  private void emitBare(ArticleContext a, FactSink sink, TitleUse u) {
    String label = u.title().canonical();
    Ref office = new Ref("office", Names.slug(label));
    sink.node(office, List.of("Office"), label, alternatives(u, label));
    Evidence ev = evidence(a, u, 0.6, ":no-jurisdiction");
    sink.fact(u.person().entity(), u.former() ? "formerlyHeldOffice" : "holdsOffice", office, ev);
    sink.fact(office, "mentionedIn", new Ref("article", a.article().slug()), ev);
    member(a, sink, u, null, null);
  }

  /** A holder of an office that has a body (a council, a board) is a member of it. */
  private void member(ArticleContext a, FactSink sink, TitleUse u, String where, Ref seat) {
    if (!u.former()) {
      BODIES.of(a, u.title().canonical(), where).filter(b -> !b.equals(seat))
          .ifPresent(b -> sink.fact(u.person().entity(), "memberOf", b, evidence(a, u, 0.6, ":body")));
    }
  }

  private void emit(ArticleContext a, FactSink sink, TitleUse u, Seat seat) {
    String title = u.title().canonical();
    String where = seat.label();
    Ref whereRef = seat.ref();
    List<String> alt = new ArrayList<>();
    String label;
    if (seat.organisation()) {
      label = title + " of " + where;
      alt.add(where + " " + title);
    } else {
      if (u.title().level().equals("county") && !where.endsWith(" County")) {
        // "Los Angeles District Attorney": the county of that name only when the article names it
        String county = where + " County";
        java.util.Optional<Ref> named = a.mentions().stream()
            .filter(m -> m.type() == EntityType.PLACE && a.labelOf(m).equals(county)).map(Mention::entity).findFirst();
        if (named.isPresent()) {
          alt.add(where + " " + title);
          where = county;
          whereRef = named.get();
        }
      }
      label = joined(where, title);
      alt.add(title + " of " + where);
      sink.node(whereRef, List.of("Place"), where, List.of());
    }
    alt.addAll(alternatives(u, label));
    Ref office = new Ref("office", Names.slug(label));
    sink.node(office, List.of("Office"), label, alt);
    Evidence ev = evidence(a, u, seat.assumed() ? 0.6 : 0.8, seat.assumed() ? ":assumed-jurisdiction" : "");
    sink.fact(u.person().entity(), u.former() ? "formerlyHeldOffice" : "holdsOffice", office, ev);
    if (seat.organisation()) {
      sink.fact(office, "organization", whereRef, ev);
      if (!u.former()) {
        sink.fact(u.person().entity(), "memberOf", whereRef, ev);
      }
    } else {
      sink.fact(office, "jurisdiction", whereRef, ev);
      member(a, sink, u, where, whereRef);
    }
    sink.fact(office, "mentionedIn", new Ref("article", a.article().slug()), ev);
  }

  /** "Brill County" + "County Attorney" is "Brill County Attorney": a word the two share is said once. */
  static String joined(String where, String title) {
    String[] w = where.split("\\s+");
    String[] t = title.split("\\s+");
    if (t.length > 1 && w[w.length - 1].equalsIgnoreCase(t[0])) {
      return where + title.substring(t[0].length());
    }
    return where + " " + title;
  }

  /** The title as written (without "former", articles, "who served as") and the bare title. */
  private static TreeSet<String> alternatives(TitleUse u, String label) {
    TreeSet<String> alt = new TreeSet<>();
    alt.add(u.surface().replaceAll("^,\\s*", "")
        .replaceAll("^(?i)((and|who|also|now|serves|served|is|was|has|had|been|became|elected|as|the|a|an|its|his|her|their"
            + "|former|ex-|then-|then|retired|late)\\s+)+", "")
        .replaceAll("\\s+(?i)(from|between)\\s+.*$", ""));
    alt.add(u.title().canonical());
    alt.removeIf(x -> x.isBlank() || x.equals(u.person().text()) || x.equals(label));
    return alt;
  }

  private Evidence evidence(ArticleContext a, TitleUse u, double confidence, String suffix) {
    int start = Math.min(u.start(), u.person().start());
    int end = Math.max(u.end(), u.person().end());
    return a.evidence(u.sentence(), start, end, confidence, name + ":" + u.method() + suffix);
  }
}
