package org.newsgraph.extract.facts.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in English news text and resolves them against the publication date.
 *
 * <p>Conventions (news style): a weekday alone is the most recent such day on or before the
 * publication date (the coming one when the sentence speaks of the future); {@code last <weekday>}
 * the most recent one strictly before it; a month and day without a year, or a month alone, are
 * the ones on or before the publication date for a past event, on or after it for a future one,
 * and otherwise the nearest ones ("Dec. 14" in a January article is last December: see {@link
 * Tense}); {@code last week} is the calendar week (Monday to Sunday) before the one of the
 * publication date, reported at the precision its days share (a month, or only a year); {@code a
 * decade ago} subtracts ten years. A relative expression is left unresolved when there is no
 * publication date: never guessed.
 *
 * <p>Two kinds of expression are found but given no value: a span of years ("from 1998 to 2006",
 * "between 2002 and 2014": the term of an office, not the date of one event), and a date that
 * refers back to one told before ("the same afternoon", "that day": see {@link #refersBack}).
 */
public final class DateResolver {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUM =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          + "|thirty|forty|fifty|a few|several|\\d{1,3})";
  private static final String YEAR = "(1[6-9]\\d\\d|20\\d\\d)";
  /**
   * A look-ahead for the first letters of {@link #MONTH}. Put before a pattern, it changes no match
   * (a match must start with one of them) but fails most positions of a text on one character
   * instead of trying twenty-two words there. The other patterns below have the same kind of
   * look-ahead: a year's first digit, or the first letters of their words in both cases.
   */
  private static final String MONTH_FIRST = "(?=[JFMASOND])";

  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile("(?i:in|on|since|during|from|until|by|of|at)\\s+");
  private static final Pattern REFERS_BACK = Pattern.compile(
      "(?i)^(?:(?:later|earlier)\\s+)?(?:that\\s+(?:same\\s+)?|the\\s+same\\s+)(?:day|morning|afternoon|evening|night)$");

  private final List<Rule> rules = new ArrayList<>();
  private final Optional<LocalDate> published;

  /** A rule's kind: ABSOLUTE needs no publication date, RELATIVE does, NONE gives no value. */
  private enum Kind { ABSOLUTE, RELATIVE, NONE }

  private record Rule(Pattern pattern, Kind kind, BiFunction<Matcher, Tense, Optional<TemporalValue>> f) {}

  /** @param published the article's publication date, if known */
  public DateResolver(Optional<LocalDate> published) {
    this.published = published;
    // spans of years and dates that refer back: found, so that no year of them is taken alone
    add("(?=[fFbB])(?i:from|between)\\s+(?:" + MONTH + "\\s+)?" + YEAR + "\\s+(?i:to|until|through|and)\\s+(?:" + MONTH + "\\s+)?"
        + "(?:" + YEAR + "|(?i:the\\s+present|now))\\b", Kind.NONE, (m, t) -> Optional.empty());
    add("(?=[12])(?<![\\d$,.])" + YEAR + "\\s*[-\u2013]\\s*(?:" + YEAR + "|\\d\\d)(?![\\d%-])", Kind.NONE, (m, t) -> Optional.empty());
    add("(?=[lLeEtT])\\b(?i:(?:later|earlier)\\s+)?(?i:that\\s+(?:same\\s+)?|the\\s+same\\s+)(?i:day|morning|afternoon|evening|night)\\b", Kind.NONE,
        (m, t) -> Optional.empty());
    // absolute expressions
    add(MONTH_FIRST + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b", Kind.ABSOLUTE,
        (m, t) -> Calendar.day(Integer.parseInt(m.group(3)), Calendar.month(m.group(1)), Integer.parseInt(m.group(2))));
    add("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", Kind.ABSOLUTE,
        (m, t) -> Calendar.day(Integer.parseInt(m.group(3)), Calendar.month(m.group(2)), Integer.parseInt(m.group(1))));
    add(MONTH_FIRST + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", Kind.ABSOLUTE,
        (m, t) -> Optional.of(TemporalValue.month(YearMonth.of(Integer.parseInt(m.group(2)), Calendar.month(m.group(1))))));
    add("(?=[12])(?<![\\d$,.])" + YEAR + "(?!\\d|,\\d|%|\\.\\d|-\\d)", Kind.ABSOLUTE,
        (m, t) -> Optional.of(TemporalValue.year(Integer.parseInt(m.group(1)))));
    // relative to the publication date
    add(MONTH_FIRST + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d)", Kind.RELATIVE,
        (m, t) -> pub().flatMap(p -> Calendar.monthDay(p, Calendar.month(m.group(1)), Integer.parseInt(m.group(2)), t)));
    add("(?=[lLtTnNeEsS])(?i:(last|this|next|earlier this|later this|so far this|early this|late last|earlier last"
            + "|the past|the previous))\\s+(?i:(week|month|year))\\b", Kind.RELATIVE,
        (m, t) -> pub().flatMap(p -> Calendar.period(p, m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT))));
    add("(?=[lLtTnNeEmMiIsSuUbBdD])(?i:(last|this|next|early|late|mid-?|earlier in|later in|in|since|until|by|during)\\s+)" + MONTH
            + "\\b(?!\\s*\\d)", Kind.RELATIVE,
        (m, t) -> pub().map(p -> Calendar.monthOnly(p, m.group(1).trim().toLowerCase(Locale.ROOT), Calendar.month(m.group(2)), t)));
    add("(?=[lLtTnNoOsSbBuUMWF])(?i:(last|this|next|on|since|by|until)\\s+)?" + WEEKDAY + "(?:'s)?\\b", Kind.RELATIVE,
        (m, t) -> pub().map(p -> TemporalValue.day(
            Calendar.weekday(p, m.group(1), DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), t))));
    add("(?=[tTyY])\\b(?i:(today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow))\\b", Kind.RELATIVE,
        (m, t) -> pub().map(p -> TemporalValue.day(Calendar.today(p, m.group(1).toLowerCase(Locale.ROOT)))));
    add("(?=[aAnNrRsSmMoOjJlLtTfFeE\\d])\\b(?i:(?:almost|nearly|about|roughly|some|more than|over|just over|less than|around)\\s+)?(?i:" + NUM
            + ")\\s+(?i:(day|week|month|year|decade)s?)\\s+(?i:ago|earlier)\\b", Kind.RELATIVE,
        (m, t) -> pub().flatMap(p -> Calendar.ago(p, m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT))));
  }

  private void add(String regex, Kind kind, BiFunction<Matcher, Tense, Optional<TemporalValue>> f) {
    rules.add(new Rule(Pattern.compile(regex), kind, f));
  }

  private Optional<LocalDate> pub() {
    return published;
  }

  /** The publication date the expressions are resolved against. */
  public Optional<LocalDate> published() {
    return published;
  }

  /** All date expressions in {@code text}, resolved as if the tense were unknown. */
  public List<DateMention> find(String text) {
    return find(text, Tense.UNKNOWN);
  }

  /**
   * All date expressions in {@code text}, non-overlapping, in text order (longest match wins), the
   * relative ones resolved for an event told in {@code tense}.
   */
  public List<DateMention> find(String text, Tense tense) {
    List<DateMention> all = new ArrayList<>();
    for (Rule r : rules) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        Optional<TemporalValue> v;
        try {
          v = r.f().apply(m, tense);
        } catch (java.time.DateTimeException e) {
          continue; // "February 30": not a date
        }
        if (r.kind() == Kind.ABSOLUTE && v.isEmpty()) {
          continue;
        }
        all.add(new DateMention(m.start(), m.end(), m.group(), v, r.kind() == Kind.RELATIVE || refersBack(m.group())));
      }
    }
    all.sort(Comparator.comparingInt(DateMention::start)
        .thenComparing(Comparator.comparingInt((DateMention d) -> d.end() - d.start()).reversed()));
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : all) {
      boolean overlaps = false;
      for (DateMention o : out) {
        if (d.start() < o.end() && o.start() < d.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        out.add(d);
      }
    }
    // a longer match that starts later may have lost to a shorter earlier one; keep text order
    out.sort(Comparator.comparingInt(DateMention::start));
    return out;
  }

  /** Resolves one whole expression, e.g. "last month"; empty when it is not a date or cannot be resolved. */
  public Optional<TemporalValue> resolve(String expression) {
    return resolve(expression, Tense.UNKNOWN);
  }

  /** Resolves one whole expression for an event told in {@code tense}. */
  public Optional<TemporalValue> resolve(String expression, Tense tense) {
    String e = expression.trim();
    Matcher prep = LEADING_PREPOSITION.matcher(e);
    int from = prep.lookingAt() ? prep.end() : 0;
    for (DateMention d : find(e, tense)) {
      if ((d.start() == 0 || d.start() == from) && d.end() == e.length()) {
        return d.value();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a date expression refers back to a date told before ("the same afternoon", "that
   * day", "later that night"): it has no value of its own; the reader of the text gives it one.
   */
  public static boolean refersBack(String expression) {
    return REFERS_BACK.matcher(expression.trim()).matches();
  }
}
