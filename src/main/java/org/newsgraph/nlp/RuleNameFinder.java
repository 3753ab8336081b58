package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names from proper-noun runs, titles and gazetteers, with no trained model. Each decision is a
 * small rule whose name goes into {@link NameSpan#source()}:
 *
 * <ul>
 *   <li>{@code title}: a run right after a person title ("Sheriff", "District Attorney") is a person;
 *       the run right before such a title is its jurisdiction (a place) or organisation.
 *   <li>{@code org-head}: a run ending in an organisation head word ("Association", "Center") or
 *       starting with an organisation start word; known organisations by exact name.
 *   <li>{@code gazetteer}: a run that is a known place, "X County", "City of X".
 *   <li>{@code acronym}: an all-capitals word is an organisation unless it is a place.
 *   <li>{@code person-shape}: two to four capitalised words, the first a known first name, or no
 *       evidence of anything else.
 *   <li>{@code single}: a lone capitalised word: place if in the gazetteer, otherwise a person
 *       (low confidence; the entity resolver confirms it against full names in the article).
 * </ul>
 */
public final class RuleNameFinder implements NameFinder {
  private final Lexicons lex;

  public RuleNameFinder(Lexicons lex) {
    this.lex = lex;
  }

  public static RuleNameFinder standard() {
    return new RuleNameFinder(Lexicons.get());
  }

  @Override
  public List<NameSpan> find(Sentence s) {
    List<Token> t = s.tokens();
    List<String> lower = new ArrayList<>(t.size());
    for (Token tok : t) {
      lower.add(Names.stripPossessive(tok.text()).toLowerCase(Locale.ROOT));
    }
    List<NameSpan> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!isNameToken(t, i)) {
        if (maybeLoneName(t, i)) {
          // a capitalised word at a clause start that the tagger did not call a proper noun:
          // reported weakly; the resolver keeps it only if it is the name of a known person
          out.add(new NameSpan(i, i + 1, EntityType.PERSON, 0.3, "clause-start"));
        }
        i++;
        continue;
      }
      int end = runEnd(t, i);
      classifyRun(t, lower, i, end, out);
      i = end;
    }
    return out;
  }

  /** The end (exclusive) of the proper-noun run starting at {@code i}, with inner connectors. */
  int runEnd(List<Token> t, int i) {
    int j = i + 1;
    if (Names.isPossessive(t.get(i).text())) {
      return j;
    }
    while (j < t.size()) {
      if (isNameToken(t, j) && Names.isPossessive(t.get(j).text())) {
        return j + 1; // "Fox News' Talia Kaplan": the possessive ends the name
      }
      if (isNameToken(t, j)) {
        j++;
      } else if (isConnector(t.get(j).text()) && j + 1 < t.size() && isNameToken(t, j + 1)
          && connectsOrganization(t, i, j)) {
        j += 2;
      } else {
        break;
      }
    }
    // a lower-case organisation tail: "the Recall X campaign"
    if (j < t.size() && isOrgTail(t.get(j).text()) && lex.isOrganizationStart(t.get(i).text())) {
      j++;
    }
    return j;
  }

  private boolean connectsOrganization(List<Token> t, int start, int connector) {
    // "Fair and Just Prosecution", "Association of Deputy District Attorneys of X County":
    // join only when the run so far or what follows carries an organisation word.
    if (lex.isOrganizationStart(t.get(start).text())) {
      return true;
    }
    int k = connector + 1;
    while (k < t.size() && (isNameToken(t, k) || isConnector(t.get(k).text()))) {
      if (lex.isOrganizationHead(t.get(k).text())) {
        return true;
      }
      k++;
    }
    return false;
  }

  private static boolean isConnector(String w) {
    return w.equals("of") || w.equals("and") || w.equals("&") || w.equals("for") || w.equals("on");
  }

  private static boolean isOrgTail(String w) {
    return w.equals("campaign") || w.equals("committee") || w.equals("coalition");
  }

  boolean isNameToken(List<Token> t, int i) {
    Token tok = t.get(i);
    String w = tok.text();
    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.equals("I")
        || isStandaloneNotName(w) || tok.pos().equals("PRON")) {
      return false;
    }
    if (!atClauseStart(t, i)) {
      return true; // capitalised inside a sentence: a name, whatever the tagger says
    }
    // at the start of a sentence or quotation capitals prove nothing: trust the tagger, or an
    // organisation word followed by more capitalised words
    if (lex.isNotName(w)) {
      return false;
    }
    boolean nextIsName = i + 1 < t.size() && isCap(t.get(i + 1).text());
    return tok.isProperNoun() || ((lex.isOrganizationStart(w) || lex.isOrganizationHead(w)) && nextIsName);
  }

  /** Tags a misread surname gets at a clause start ("Tull/VERB said"). */
  private static final java.util.Set<String> LONE_NAME_POS = java.util.Set.of("NOUN", "ADJ", "VERB", "X", "ADV", "PROPN");

  private boolean maybeLoneName(List<Token> t, int i) {
    String w = t.get(i).text();
    return atClauseStart(t, i) && w.length() > 2 && Character.isUpperCase(w.codePointAt(0))
        && w.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '\u2019')
        && !lex.isNotName(w) && LONE_NAME_POS.contains(t.get(i).pos())
        && (i + 1 >= t.size() || !isNameToken(t, i + 1));
  }

  private static final Pattern CLOSING_MARKS = Pattern.compile("[\"\u201d\u2019']+");
  private static final Pattern OPENING_MARKS = Pattern.compile("[\"'\u2018\u2019\u201c\u201d(:\u2013\u2014-]+");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");

  private static boolean atClauseStart(List<Token> t, int i) {
    if (i == 0) {
      return true;
    }
    String prev = t.get(i - 1).text();
    boolean closingMark = i >= 2 && t.get(i - 1).start() == t.get(i - 2).end()
        && CLOSING_MARKS.matcher(prev).matches();
    if (closingMark) {
      return false; // '"…," Ruiz continued': after a closing quote mark
    }
    return OPENING_MARKS.matcher(prev).matches();
  }

  private boolean isStandaloneNotName(String w) {
    return lex.isNotName(w) && (Character.isUpperCase(w.charAt(0)) && w.length() > 1 && monthOrDay(w));
  }

  private static boolean monthOrDay(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.endsWith("day") || List.of("january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december").contains(l);
  }

  private static boolean isCap(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private void classifyRun(List<Token> t, List<String> lower, int start, int end, List<NameSpan> out) {
    String whole = text(t, start, end);
    if (lex.isKnownOrganization(whole)) {
      out.add(new NameSpan(start, end, EntityType.ORGANIZATION, 0.9, "known-org"));
      return;
    }
    if (isOrganization(t, start, end)) {
      out.add(new NameSpan(start, end, EntityType.ORGANIZATION, 0.8, "org-head"));
      return;
    }
    // a person title inside the run, or just before it: split there
    for (int k = Math.max(0, start - lex.maxTitleWords()); k < end; k++) {
      Optional<Lexicons.Title> title = lex.titleAt(lower, k);
      if (title.isEmpty() || !title.get().beforePerson()) {
        continue;
      }
      int after = k + title.get().words().size();
      if (after <= start) {
        continue;
      }
      if (overlappedByLongerTitle(lower, k, after)) {
        continue; // "U.S. Attorney General X": "attorney general", not "U.S. attorney"
      }
      if (after >= end) {
        if (k > start && after == end) {
          classifyRun(t, lower, start, k, out); // "the Suffolk County District Attorney"
          return;
        }
        if (k <= start && after >= end) {
          return; // the run is only a title: "the District Attorney said"
        }
        continue;
      }
      if (k > start) {
        classifyRun(t, lower, start, k, out); // the jurisdiction or organisation before the title
      }
      int personEnd = end;
      out.add(new NameSpan(after, personEnd, EntityType.PERSON, 0.9, "title"));
      return;
    }
    if (lex.isPlace(text(t, start, end))) {
      out.add(new NameSpan(start, end, EntityType.PLACE, 0.85, "gazetteer"));
      return;
    }
    if (end - start >= 2 && atClauseStart(t, start) && !lex.isFirstName(t.get(start).text())
        && (isPlace(t, start + 1, end) || isOrganization(t, start + 1, end))) {
      classifyRun(t, lower, start + 1, end, out); // "Veteran Los Angeles County prosecutor"
      return;
    }
    if (isPlace(t, start, end)) {
      out.add(new NameSpan(start, end, EntityType.PLACE, 0.8, "gazetteer"));
      return;
    }
    String head = Names.stripPossessive(t.get(end - 1).text());
    String otherHead = lex.otherHead(head);
    if (otherHead != null && end - start >= 2) {
      if (otherHead.equals("place")) {
        out.add(new NameSpan(start, end, EntityType.PLACE, 0.7, "place-head"));
        return;
      }
      // "Three Strikes Law": a name, but of no person, organisation or place; keep a leading place
      for (int k = end - 1; k > start; k--) {
        if (lex.isPlace(text(t, start, k))) {
          out.add(new NameSpan(start, k, EntityType.PLACE, 0.7, "gazetteer"));
          break;
        }
      }
      return;
    }

    // a place followed by more words: "Los Angeles County Sheriff" handled above; "California
    // Highway Patrol" is an organisation (head word); otherwise split off a leading place.
    int n = end - start;
    if (n == 1) {
      String w = Names.stripPossessive(t.get(start).text());
      if (isAcronym(w)) {
        out.add(new NameSpan(start, end, EntityType.ORGANIZATION, 0.6, "acronym"));
      } else if (!lex.isNotName(w) && w.chars().anyMatch(Character::isLowerCase)) {
        out.add(new NameSpan(start, end, EntityType.PERSON, 0.4, "single"));
      }
      return;
    }
    if (n <= 4 && allWords(t, start, end)) {
      double conf = lex.isFirstName(t.get(start).text()) ? 0.8 : 0.55;
      out.add(new NameSpan(start, end, EntityType.PERSON, conf, "person-shape"));
      return;
    }
    // long runs: try a leading place ("California Senate" handled as org above)
    for (int k = end - 1; k > start; k--) {
      if (isPlace(t, start, k)) {
        out.add(new NameSpan(start, k, EntityType.PLACE, 0.7, "gazetteer"));
        classifyRun(t, lower, k, end, out);
        return;
      }
    }
    out.add(new NameSpan(start, end, EntityType.ORGANIZATION, 0.4, "long-run"));
  }

  /** Whether a title starting inside [k, after) runs past {@code after}. */
  private boolean overlappedByLongerTitle(List<String> lower, int k, int after) {
    for (int j = k + 1; j < after; j++) {
      Optional<Lexicons.Title> other = lex.titleAt(lower, j);
      if (other.isPresent() && j + other.get().words().size() > after) {
        return true;
      }
    }
    return false;
  }

  private boolean isOrganization(List<Token> t, int start, int end) {
    String last = t.get(end - 1).text();
    if (lex.isOrganizationHead(last) || lex.isOrganizationStart(t.get(start).text())) {
      return !(end - start == 1 && lex.isOrganizationStart(last) && !lex.isOrganizationHead(last));
    }
    if (end - start >= 2 && last.equals("'s")) {
      return false;
    }
    return isOrgTail(last);
  }

  private boolean isPlace(List<Token> t, int start, int end) {
    String s = text(t, start, end);
    if (lex.isPlace(s)) {
      return true;
    }
    String last = t.get(end - 1).text();
    if (end - start >= 2 && (last.equals("County") || last.equals("Parish"))) {
      return true;
    }
    return end - start >= 3 && t.get(start).text().equals("City") && t.get(start + 1).text().equals("of");
  }

  private static boolean isAcronym(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && Character.isUpperCase(c)) {
        letters++;
      } else if (c != '.' && c != '&') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  private static boolean allWords(List<Token> t, int start, int end) {
    for (int i = start; i < end; i++) {
      String w = Names.stripPossessive(t.get(i).text());
      if (!CAPITALISED_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String text(List<Token> t, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start && t.get(i).start() > t.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.get(i).text());
    }
    return Names.stripPossessive(sb.toString());
  }
}
