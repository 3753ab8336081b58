package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Offices and their holders, from titles next to names (the titles and the jurisdiction each
 * belongs to are in {@code data/lexicon/titles.tsv}):
 *
 * <ul>
 *   <li>title before the name: "[Place] District Attorney [Person]", "former DA [Person]";
 *   <li>apposition after the name: "[Person], the [Place] district attorney in [Place]",
 *       "[Person], executive director of [Organisation]", "... and a former prosecutor in [Place]".
 * </ul>
 *
 * An office is named "[Jurisdiction] [Title]" or "[Title] of [Organisation]". A county office given a
 * city ("Los Angeles District Attorney") belongs to the county of that name when the gazetteer
 * knows one. A title with no jurisdiction takes the one of the same title elsewhere in the article,
 * or is left out. "former", "ex-", "then-" make {@code ng:formerlyHeldOffice}.
 */
public final class OfficeExtractor implements FactExtractor {
  private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "then-", "retired", "onetime", "one-time");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private final Lexicons lex;

  public OfficeExtractor(Lexicons lex) {
    this.lex = lex;
  }

  public static OfficeExtractor standard() {
    return new OfficeExtractor(Lexicons.get());
  }

  @Override
  public String name() {
    return "offices";
  }

  /** A title found next to a person, before it is tied to a jurisdiction. */
  private record Found(Mention person, Lexicons.Title title, Mention where, boolean former,
      Sentence sentence, int start, int end, String surface, String method) {}

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    List<Found> found = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      List<String> lower = new ArrayList<>();
      for (Token t : s.tokens()) {
        lower.add(Names.stripPossessive(t.text()).toLowerCase(Locale.ROOT));
      }
      for (Mention m : a.mentionsIn(s.index())) {
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        titleBefore(a, s, lower, m).ifPresent(found::add);
        found.addAll(appositions(a, s, lower, m));
      }
    }
    // offices with a jurisdiction or organisation first, so bare titles can borrow theirs: the
    // jurisdiction the article gives that title most often (a city and the county named after it
    // count as one); on a tie, the one of the article's main person (the person named most); else
    // none ("Montana Sen. A ... New York Sen. B ... Sen. C": C's state is not told)
    Map<Ref, Integer> named = new java.util.HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.type() == EntityType.PERSON) {
        named.merge(m.entity(), 1, Integer::sum);
      }
    }
    Ref main = named.entrySet().stream().max(Map.Entry.<Ref, Integer>comparingByValue()).map(Map.Entry::getKey).orElse(null);
    Map<String, Mention> byTitle = new LinkedHashMap<>();
    Map<String, List<List<Found>>> groups = new LinkedHashMap<>();
    for (Found f : found) {
      if (f.where == null) {
        continue;
      }
      List<List<Found>> gs = groups.computeIfAbsent(f.title.canonical(), k -> new ArrayList<>());
      String label = a.labelOf(f.where).toLowerCase(Locale.ROOT);
      List<Found> into = null;
      for (List<Found> g : gs) {
        Mention w = g.get(0).where;
        String other = a.labelOf(w).toLowerCase(Locale.ROOT);
        if (w.entity().equals(f.where.entity()) || label.startsWith(other + " ") || other.startsWith(label + " ")) {
          into = g;
          break;
        }
      }
      if (into == null) {
        into = new ArrayList<>();
        gs.add(into);
      }
      into.add(f);
    }
    groups.forEach((title, gs) -> {
      gs.sort((x, y) -> y.size() - x.size());
      List<List<Found>> top = gs.stream().filter(g -> g.size() == gs.get(0).size()).toList();
      if (top.size() > 1) {
        top = top.stream().filter(g -> g.stream().anyMatch(f -> f.person.entity().equals(main))).toList();
      }
      if (top.size() == 1) {
        byTitle.put(title, top.get(0).get(0).where);
      }
    });
    Set<String> qualified = new java.util.HashSet<>();
    for (Found f : found) {
      if (f.where != null) {
        qualified.add(f.person.entity() + "|" + f.title.canonical());
      }
    }
    for (Found f : found) {
      if (!f.title.makesOffice()) {
        continue;
      }
      Mention where = f.where;
      if (where == null) {
        where = placeInSentence(a, f);
      }
      if (where == null && !f.title.level().equals("org")) {
        where = byTitle.get(f.title.canonical()); // a role in an organisation is never borrowed
      }
      if (where != null) {
        emit(a, sink, f, where);
      } else if (GENERIC_LEVELS.contains(f.title.level())
          && !qualified.contains(f.person.entity() + "|" + f.title.canonical())) {
        emitGeneric(a, sink, f);
      }
    }
  }

  private Optional<Found> titleBefore(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    int end = m.startToken();
    for (int k = Math.max(0, end - lex.maxTitleWords()); k < end; k++) {
      Optional<Lexicons.Title> t = lex.titleAt(lower, k);
      if (t.isEmpty() || k + t.get().words().size() != end || !t.get().beforePerson()) {
        continue;
      }
      int before = k;
      boolean former = false;
      if (before > 0 && FORMER.contains(lower.get(before - 1))) {
        former = true;
        before--;
      }
      Mention where = mentionEndingAt(a, s, k, EntityType.PLACE, EntityType.ORGANIZATION);
      if (where == null && former) {
        where = mentionEndingAt(a, s, before, EntityType.PLACE, EntityType.ORGANIZATION);
      }
      if (where != null && where.startToken() > 0 && FORMER.contains(lower.get(where.startToken() - 1))) {
        former = true; // "former Los Angeles County DA X"
      }
      int startTok = where != null ? where.startToken() : k;
      int startChar = s.tokens().get(startTok).start();
      String surface = a.text().substring(startChar, s.tokens().get(end - 1).end());
      return Optional.of(new Found(m, t.get(), where, former, s, startChar, m.end(), surface, "title-before-name"));
    }
    return Optional.empty();
  }

  private List<Found> appositions(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    List<Found> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = m.endToken();
    if (i >= t.size() || !t.get(i).text().equals(",")) {
      return out;
    }
    i++;
    boolean first = true;
    while (i < t.size()) {
      int start = i;
      if (!first) {
        int next = continuation(lower, i);
        if (next < 0) {
          break;
        }
        i = next;
      }
      if (i < t.size() && ARTICLES.contains(lower.get(i))) {
        i++;
      }
      boolean former = false;
      if (i < t.size() && FORMER.contains(lower.get(i))) {
        former = true;
        i++;
      }
      Mention where = null;
      Optional<Mention> place = a.mentionAt(s.index(), i);
      if (place.isPresent() && place.get().startToken() == i && place.get().type() != EntityType.PERSON) {
        where = place.get();
        i = where.endToken();
      }
      if (i >= t.size()) {
        break;
      }
      Optional<Lexicons.Title> title = lex.titleAt(lower, i);
      if (title.isEmpty()) {
        break;
      }
      i += title.get().words().size();
      // "of [the] Organisation", "for the Place", "in Place"
      if (i + 1 < t.size() && (lower.get(i).equals("of") || lower.get(i).equals("for") || lower.get(i).equals("at")
          || lower.get(i).equals("in"))) {
        int j = i + 1;
        if (j < t.size() && ARTICLES.contains(lower.get(j))) {
          j++;
        }
        Optional<Mention> of = a.mentionAt(s.index(), j);
        if (of.isPresent() && of.get().startToken() == j && of.get().type() != EntityType.PERSON) {
          if (where == null) {
            where = of.get();
          }
          i = of.get().endToken();
        }
      }
      int startChar = t.get(start).start();
      int endChar = t.get(i - 1).end();
      out.add(new Found(m, title.get(), where, former, s, m.start(), endChar,
          a.text().substring(startChar, endChar), "apposition"));
      first = false;
    }
    return out;
  }

  private static final Set<String> COPULA = Set.of("serves", "served", "is", "was", "works", "worked");

  /** After one apposition: "and", or "who [also] serves as", "who is"; -1 when none follows. */
  static int continuation(List<String> lower, int i) {
    if (i >= lower.size()) {
      return -1;
    }
    if (lower.get(i).equals("and")) {
      return i + 1;
    }
    if (!lower.get(i).equals("who")) {
      return -1;
    }
    int j = i + 1;
    if (j < lower.size() && (lower.get(j).equals("also") || lower.get(j).equals("now") || lower.get(j).equals("currently"))) {
      j++;
    }
    if (j >= lower.size() || !COPULA.contains(lower.get(j))) {
      return -1;
    }
    j++;
    if (j < lower.size() && lower.get(j).equals("as")) {
      j++;
    }
    return j;
  }

  private static Mention mentionEndingAt(ArticleContext a, Sentence s, int tokenEnd, EntityType... types) {
    for (Mention x : a.mentionsIn(s.index())) {
      if (x.endToken() == tokenEnd) {
        for (EntityType ty : types) {
          if (x.type() == ty) {
            return x;
          }
        }
      }
    }
    return null;
  }

  /** Levels whose bare title still names a position worth stating ("a deputy district attorney"). */
  private static final Set<String> GENERIC_LEVELS = Set.of("county", "district");

  /** For a bare county title, the nearest county named before it in the same sentence. */
  private static Mention placeInSentence(ArticleContext a, Found f) {
    if (!f.title.level().equals("county")) {
      return null;
    }
    Mention best = null;
    for (Mention m : a.mentionsIn(f.sentence.index())) {
      if (m.type() == EntityType.PLACE && m.end() <= f.start && a.labelOf(m).endsWith(" County")) {
        best = m;
      }
    }
    return best;
  }

  private void emitGeneric(ArticleContext a, FactSink sink, Found f) {
    String label = f.title.canonical();
    Ref office = new Ref("office", Names.slug(label));
    sink.node(office, List.of("Office"), label, List.of());
    Evidence ev = a.evidence(f.sentence, Math.min(f.start, f.person.start()), Math.max(f.end, f.person.end()), 0.6,
        name() + ":" + f.method + ":no-jurisdiction");
    sink.fact(f.person.entity(), f.former ? "formerlyHeldOffice" : "holdsOffice", office, ev);
    sink.fact(office, "mentionedIn", new Ref("article", a.article().slug()), ev);
  }

  private void emit(ArticleContext a, FactSink sink, Found f, Mention where) {
    String title = f.title.canonical();
    String whereLabel = a.labelOf(where);
    Ref whereRef = where.entity();
    boolean org = where.type() == EntityType.ORGANIZATION || f.title.level().equals("org");
    String label;
    List<String> alt = new ArrayList<>();
    if (org && where.type() == EntityType.ORGANIZATION) {
      label = title + " of " + whereLabel;
    } else if (where.type() == EntityType.PLACE) {
      if (f.title.level().equals("county") && !whereLabel.endsWith(" County")) {
        String county = whereLabel + " County";
        if (lex.places(county).stream().anyMatch(p -> p.type().equals("county"))) {
          alt.add(whereLabel + " " + title);
          whereLabel = county;
          whereRef = a.entityNamed(county, EntityType.PLACE).orElse(new Ref("place", Names.slug(county)));
          sink.node(whereRef, List.of("Place"), county, List.of());
        }
      }
      label = whereLabel + " " + title;
      alt.add(title + " of " + whereLabel);
    } else {
      return;
    }
    alt.add(f.surface.replaceAll("^,\\s*", "").replaceAll("^(?i)((and|who|also|serves|served|is|was|as|the|a|an|former|ex-|then-)\\s+)+", ""));
    Ref office = new Ref("office", Names.slug(label));
    TreeSet<String> alts = new TreeSet<>(alt);
    alts.removeIf(x -> x.isBlank() || x.equals(f.person.text()));
    sink.node(office, List.of("Office"), label, alts);
    Evidence ev = a.evidence(f.sentence, Math.min(f.start, f.person.start()), Math.max(f.end, f.person.end()), 0.8, name() + ":" + f.method);
    sink.fact(f.person.entity(), f.former ? "formerlyHeldOffice" : "holdsOffice", office, ev);
    if (where.type() == EntityType.PLACE) {
      sink.fact(office, "jurisdiction", whereRef, ev);
    } else {
      sink.fact(office, "organization", whereRef, ev);
      if (!f.former) {
        sink.fact(f.person.entity(), "memberOf", whereRef, ev);
      }
    }
    sink.fact(office, "mentionedIn", new Ref("article", a.article().slug()), ev);
  }
}
