package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Sentence;

/**
 * The name finding {@code build} uses: the trained model's names, checked against the evidence
 * rules in {@link NameEvidence}, plus names the model missed where a rule has decisive evidence.
 *
 * <ol>
 *   <li>Model names inside a photo or agency credit are dropped.
 *   <li>A model name whose evidence asks for another type is retyped (an organisation head word
 *       makes an organisation, a title before it a person, "City, State" a place).
 *   <li>Leading titles are trimmed off person names.
 *   <li>Lines shaped like results or tables ({@link TableRules}) and "X's Department"
 *       organisations replace the model's names on the same words.
 *   <li>Names the model left alone are added when a rule decides their type: strong names of the
 *       rule finder (after a title, organisation heads, known organisations), runs of proper nouns
 *       with evidence, and acronyms.
 *   <li>Later mentions of a name already found in the document (and the surname of a person
 *       found by full name) get the same type ({@link DocumentMemory}).
 * </ol>
 * Not thread-safe (the model is not); one per thread.
 */
public final class CombinedNameFinder implements NameFinder {
  private final NameFinder model;
  private final NameFinder rules;
  private final NameEvidence evidence;
  private final SpanEdits edits;
  private final PageText pageText;
  private final NerLexicon lexicon;
  private final TableRules tables;
  private final org.newsgraph.nlp.Lexicons ruleLexicon = org.newsgraph.nlp.Lexicons.get();
  private final DocumentMemory memory = new DocumentMemory();
  private final NameEdges edges;
  private final Datelines datelines;

  /**
   * @param model the trained model
   * @param rules a rule and gazetteer finder whose names are candidates, or null
   */
  public CombinedNameFinder(NameFinder model, NameFinder rules, NerLexicon lexicon) {
    this.model = model;
    this.rules = rules;
    this.evidence = new NameEvidence(lexicon);
    this.edits = new SpanEdits(lexicon, evidence);
    this.pageText = new PageText(lexicon);
    this.lexicon = lexicon;
    this.tables = new TableRules(lexicon);
    this.edges = new NameEdges(lexicon, evidence);
    this.datelines = new Datelines(lexicon);
  }

  /**
   * A place of two words or more found in the gazetteer ("Kern County", "Beverly Hills") is evidence
   * on its own; a one-word gazetteer hit ("Jackson", "Marion") is not.
   */
  static boolean isGazetteerPlaceOfSeveralWords(NameSpan r) {
    return r.source().equals("gazetteer") && r.type() == EntityType.PLACE && r.length() >= 2;
  }

  /** Sources of the rule finder whose names count as evidence on their own. */
  static final java.util.Set<String> STRONG_RULES = java.util.Set.of("title", "known-org", "org-head");

  @Override
  public List<NameSpan> find(Sentence s) {
    String[] words = new String[s.tokens().size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = s.tokens().get(i).text();
    }
    boolean headline = CapitalRunFeatureGenerator.headline(words);
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan m : model.find(s)) {
      NameSpan k = settle(s, m);
      if (k != null && !(k.length() == 1 && ruleLexicon.isNotName(words[k.start()]))) {
        out.add(k);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      NameSpan m = out.get(i);
      EntityType d = evidence.definition(s, m);
      if (d == null && !evidence.titleBefore(s, m)) {
        d = evidence.appositive(s, m); // "Mr. Roe , the company's ..." stays a person
      }
      if (d == null && evidence.orgCueBefore(s, m)) {
        d = EntityType.ORGANIZATION; // "the band Gigi": later mentions of Gigi are the band
      }
      if (d != null) {
        memory.define(words, m, d);
        if (d != m.type()) {
          out.set(i, new NameSpan(m.start(), m.end(), d, m.confidence(), m.source() + "+definition"));
        }
      }
    }
    memory.retype(words, out);
    out.removeIf(n -> LoneNames.unknownPerson(words, n, lexicon, memory));
    List<NameSpan> ruleSpans = rules == null ? List.of() : rules.find(s);
    reconcile(s, words, out, ruleSpans);
    // the shape of a result line or table beats the model, which learned from prose
    for (NameSpan t : tables.find(s)) {
      override(out, t);
    }
    for (NameSpan p : datelines.find(s, words, headline)) {
      override(out, p);
    }
    for (NameSpan p : edits.possessiveOrganisations(s)) {
      if (!evidence.inCredit(s, p)) {
        override(out, p);
      }
    }
    List<NameSpan> candidates = new ArrayList<>();
    if (rules != null) {
      for (NameSpan r : ruleSpans) {
        if (STRONG_RULES.contains(r.source()) || isGazetteerPlaceOfSeveralWords(r)
            || countyOrState(s, words, r)) {
          candidates.add(r);
        }
      }
    }
    candidates.addAll(ProperNounRuns.properNounRuns(s, lexicon));
    for (NameSpan c : candidates) {
      if (overlapsAny(c, out)) {
        continue;
      }
      NameSpan t = edits.trimTitles(s, c);
      if (evidence.inCredit(s, t)) {
        continue;
      }
      EntityType type = evidence.decide(s, t);
      if (type == null) {
        type = evidence.definition(s, t);
        if (type != null) {
          memory.define(words, t, type);
        }
      }
      if (type == null && (STRONG_RULES.contains(c.source()) || isGazetteerPlaceOfSeveralWords(c)
          || countyOrState(s, words, c))) {
        type = c.type();
      }
      if (type == null && evidence.acronym(s, t, headline)) {
        type = EntityType.ORGANIZATION;
      }
      if (type != null) {
        out.add(new NameSpan(t.start(), t.end(), type, 0.5, c.source() + "+evidence"));
      }
    }
    for (NameSpan m : memory.find(words)) {
      if (!overlapsAny(m, out) && !evidence.inCredit(s, m)) {
        out.add(m);
      }
    }
    CueNames.organisations(s, words, out, lexicon);
    CueNames.places(words, out, lexicon);
    CueNames.listsBeforePlural(words, out, lexicon);
    shortForms(s, words, out);
    NameGrowth.joinNicknames(s, words, out);
    NameEdges.addPlaceChains(s, out);
    NameGrowth.extendOrdinals(s, out, lexicon);
    edges.extendIntoHeads(s, out);
    NameEdges.joinHyphenated(s, out);
    edges.adminPlaces(s, out);
    NameEdges.joinParticles(s, out);
    NameEdges.knownOrganisations(s, out);
    out.removeIf(n -> n.source().equals("known-org") && evidence.inCredit(s, n));
    NameEdges.courtsAndUnits(s, out);
    memory.extendSurnames(words, out);
    NameEdges.partyHomeTowns(s, out);
    NameEdges.dropLeadingFunctionWord(words, out);
    PersonEdges.apply(s, words, lexicon, out);
    // a lone weekday, month or other capitalised non-name is no name, whichever rule found it
    out.removeIf(n -> n.length() == 1 && ruleLexicon.isNotName(words[n.start()]));
    edits.partyOfPlace(s, out);
    out.removeIf(n -> evidence.headAsModifier(s, n));
    pageText.drop(words, out);
    out.removeIf(n -> evidence.loneDemonym(s, n) || evidence.notOurName(s, n)
        || (n.length() == 1 && n.type() == EntityType.PERSON && lexicon.isTitle(words[n.start()])
            && !memory.isPerson(words[n.start()])));
    out.sort(Comparator.comparingInt(NameSpan::start));
    memory.remember(words, out);
    return out;
  }

  /**
   * Where the model and the rule finder disagree on the same words:
   *
   * <ul>
   *   <li>a model name that holds a person title ("Los Angeles District Attorney Jane Roe") is
   *       replaced by the rule finder's names inside it, which split at the title; a model name
   *       that is only a title ("DA's") is dropped;
   *   <li>a longer organisation name of the rule finder (head word or known organisation) that
   *       contains model names replaces them ("Recall Jane Roe" campaign);
   *   <li>a county, parish or US state the model typed otherwise is a place.
   * </ul>
   */
  void reconcile(Sentence s, String[] words, List<NameSpan> out, List<NameSpan> ruleSpans) {
    List<String> lower = new ArrayList<>(words.length);
    for (String w : words) {
      lower.add(Names.stripPossessive(w).toLowerCase(Locale.ROOT));
    }
    List<NameSpan> result = new ArrayList<>();
    for (NameSpan m : out) {
      int title = titleInside(words, lower, m);
      if (title < 0) {
        result.add(m);
        continue;
      }
      for (NameSpan r : ruleSpans) {
        if (r.start() >= m.start() && r.end() <= m.end() && !overlapsAny(r, result)) {
          result.add(r);
        }
      }
    }
    for (NameSpan r : ruleSpans) {
      if (!r.source().equals("org-head") && !r.source().equals("known-org")) {
        continue;
      }
      int contained = 0;
      boolean crosses = false;
      for (NameSpan m : result) {
        if (m.overlaps(r)) {
          if (m.start() >= r.start() && m.end() <= r.end() && m.length() < r.length()) {
            contained++;
          } else {
            crosses = true;
          }
        }
      }
      // one name inside: "Recall [Jane Roe]"; two are more likely a list ("A and B")
      if (contained == 1 && !crosses && !evidence.inCredit(s, r)) {
        override(result, r);
      }
    }
    for (int i = 0; i < result.size(); i++) {
      NameSpan m = result.get(i);
      if (m.type() == EntityType.PLACE) {
        continue;
      }
      for (NameSpan r : ruleSpans) {
        if (r.start() == m.start() && r.end() == m.end() && r.type() == EntityType.PLACE
            && r.source().equals("gazetteer") && (adminArea(words[m.end() - 1])
                || "state".equals(evidence.places.place(s, m)))) {
          result.set(i, new NameSpan(m.start(), m.end(), EntityType.PLACE, m.confidence(), m.source() + "+place"));
        }
      }
    }
    out.clear();
    out.addAll(result);
  }

  /** A gazetteer place of the rule finder that is a county, parish or US state ("Kern County"). */
  private boolean countyOrState(Sentence s, String[] words, NameSpan r) {
    return r.type() == EntityType.PLACE && r.source().equals("gazetteer")
        && ((r.length() >= 2 && adminArea(words[r.end() - 1])) || "state".equals(evidence.places.place(s, r)));
  }

  private static boolean adminArea(String w) {
    String b = Names.stripPossessive(w);
    return b.equals("County") || b.equals("Parish") || b.equals("Borough");
  }

  /**
   * The index of a person title (from the rule finder's title list) inside the span such that the
   * span is not an organisation named after it, or -1. A span made only of a title counts.
   */
  private int titleInside(String[] words, List<String> lower, NameSpan m) {
    for (int k = m.start(); k < m.end(); k++) {
      java.util.Optional<org.newsgraph.nlp.Lexicons.Title> t = ruleLexicon.titleAt(lower, k);
      if (t.isEmpty() || !t.get().beforePerson()) {
        continue;
      }
      int after = k + t.get().words().size();
      if (after > m.end()) {
        return k; // the name cuts a title in two: "Harlow County District | Attorney"
      }
      String last = Names.stripPossessive(words[m.end() - 1]);
      if (m.type() == EntityType.ORGANIZATION && after < m.end()
          && (ruleLexicon.isOrganizationHead(last) || lexicon.isRuleOrgHead(last))) {
        continue; // "Association of Deputy District Attorneys"
      }
      if (k == m.start() && after < m.end() && m.type() == EntityType.PERSON) {
        continue; // a leading title on a person: trimmed elsewhere
      }
      return k;
    }
    return -1;
  }

  /**
   * Rules on short forms and long forms: an acronym in brackets after a name is that name
   * ({@link NameEvidence#acronymAfter}) and so are its later mentions; a club's plural nickname
   * is remembered ("Victorias" after "Montreal Victorias"); an organisation "X Head" goes on over
   * "of (the) Y" ({@link NameEvidence#ofExtension}).
   */
  void shortForms(Sentence s, String[] words, List<NameSpan> out) {
    for (NameSpan n : new ArrayList<>(out)) {
      NameSpan a = edits.acronymAfter(s, n);
      if (a != null) {
        override(out, a);
        memory.alias(words[a.start()], a.type());
      }
      memory.companyShortName(words, n, lexicon);
      if (n.type() == EntityType.ORGANIZATION && evidence.sportsClub(s, n)
          && !lexicon.isClubDesignator(words[n.end() - 1]) && !lexicon.isLowercaseWord(words[n.end() - 1])) {
        memory.alias(words[n.end() - 1], EntityType.ORGANIZATION);
      }
    }
    NameGrowth.joinBeforeAnd(words, out, lexicon);
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      NameSpan x = edits.ofExtension(s, n);
      if (x == null) {
        continue;
      }
      boolean crosses = false;
      for (NameSpan o : out) {
        if (o != n && o.overlaps(x) && (o.start() < n.end() || o.end() > x.end()
            || (o.type() == EntityType.ORGANIZATION && lexicon.isRuleOrgHead(words[o.end() - 1])))) {
          crosses = true; // or the run is an organisation of its own
        }
      }
      if (!crosses) {
        out.removeIf(o -> o.overlaps(x));
        out.add(Math.min(i, out.size()), x);
      }
    }
  }

  /** Replaces every name overlapping {@code winner} by it. */
  private static void override(List<NameSpan> out, NameSpan winner) {
    out.removeIf(n -> n.overlaps(winner));
    out.add(winner);
  }

  /** Rules 1–3 applied to one model name; null when it is dropped. */
  NameSpan settle(Sentence s, NameSpan m) {
    if (evidence.inCredit(s, m)) {
      return null;
    }
    NameSpan trimmed = edits.trimTitles(s, m);
    NameSpan person = edits.trimDemonym(s, trimmed);
    if (person != trimmed) {
      return person;
    }
    EntityType t = evidence.decide(s, trimmed);
    if (t == null && m.type() == EntityType.PERSON && evidence.personInPlaceSlot(s, m)) {
      t = EntityType.PLACE;
    }
    if (t == null && m.type() == EntityType.ORGANIZATION && evidence.personShaped(s, m)) {
      t = EntityType.PERSON;
    }
    if (t == null) {
      return m.type() == EntityType.PERSON ? trimmed : m;
    }
    NameSpan base = t == EntityType.PERSON ? trimmed : m;
    if (t == base.type()) {
      return base;
    }
    return new NameSpan(base.start(), base.end(), t, base.confidence(),
        base.source() + "+" + t.name().toLowerCase(Locale.ROOT));
  }

  private static boolean overlapsAny(NameSpan c, List<NameSpan> spans) {
    for (NameSpan s : spans) {
      if (s.overlaps(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void clearAdaptiveData() {
    memory.clear();
    model.clearAdaptiveData();
    if (rules != null) {
      rules.clearAdaptiveData();
    }
  }
}
