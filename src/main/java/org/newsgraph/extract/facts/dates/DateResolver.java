package org.newsgraph.extract.facts.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in English news text and resolves them against the publication date.
 *
 * <p>Conventions (news style): a weekday alone is the most recent such day on or before the
 * publication date; {@code last <weekday>} the most recent one strictly before it; a month and day
 * without a year, or a month alone, are in the publication year; {@code last week} is the calendar
 * week (Monday to Sunday) before the one of the publication date, reported at the precision its
 * days share (a month, or only a year); {@code a decade ago} subtracts ten years. A relative
 * expression is left unresolved when there is no publication date: never guessed.
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

  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile("(?i:in|on|since|during|from|until|by|of|at)\\s+");

  private final List<Rule> rules = new ArrayList<>();
  private final Optional<LocalDate> published;

  private record Rule(Pattern pattern, boolean relative, Function<Matcher, Optional<TemporalValue>> f) {}

  /** @param published the article's publication date, if known */
  public DateResolver(Optional<LocalDate> published) {
    this.published = published;
    // absolute expressions
    add(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b", false,
        m -> day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
    add("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", false,
        m -> day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
    add(MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", false,
        m -> Optional.of(TemporalValue.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))))));
    add("(?<![\\d$,.])" + YEAR + "(?!\\d|,\\d|%|\\.\\d|-\\d)", false,
        m -> Optional.of(TemporalValue.year(Integer.parseInt(m.group(1)))));
    // relative to the publication date
    add(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d)", true,
        m -> pub().flatMap(p -> day(p.getYear(), month(m.group(1)), Integer.parseInt(m.group(2)))));
    add("(?i:(last|this|next|earlier this|later this|so far this|early this|late last|earlier last"
            + "|the past|the previous))\\s+(?i:(week|month|year))\\b", true,
        m -> pub().flatMap(p -> period(p, m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT))));
    add("(?i:(last|this|next|early|late|mid-?|earlier in|later in|in|since|until|by|during)\\s+)" + MONTH
            + "\\b(?!\\s*\\d)", true,
        m -> pub().map(p -> monthOnly(p, m.group(1).trim().toLowerCase(Locale.ROOT), month(m.group(2)))));
    add("(?i:(last|this|next|on|since|by|until)\\s+)?" + WEEKDAY + "(?:'s)?\\b", true,
        m -> pub().map(p -> TemporalValue.day(weekday(p, m.group(1), DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT))))));
    add("\\b(?i:(today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow))\\b", true,
        m -> pub().map(p -> TemporalValue.day(today(p, m.group(1).toLowerCase(Locale.ROOT)))));
    add("\\b(?i:(?:almost|nearly|about|roughly|some|more than|over|just over|less than|around)\\s+)?(?i:" + NUM
            + ")\\s+(?i:(day|week|month|year|decade)s?)\\s+(?i:ago|earlier)\\b", true,
        m -> pub().flatMap(p -> ago(p, m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT))));
  }

  private void add(String regex, boolean relative, Function<Matcher, Optional<TemporalValue>> f) {
    rules.add(new Rule(Pattern.compile(regex), relative, f));
  }

  private Optional<LocalDate> pub() {
    return published;
  }

  /** All date expressions in {@code text}, non-overlapping, in text order (longest match wins). */
  public List<DateMention> find(String text) {
    List<DateMention> all = new ArrayList<>();
    for (Rule r : rules) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        Optional<TemporalValue> v;
        try {
          v = r.f().apply(m);
        } catch (java.time.DateTimeException e) {
          continue; // "February 30": not a date
        }
        if (!r.relative() && v.isEmpty()) {
          continue;
        }
        all.add(new DateMention(m.start(), m.end(), m.group(), v, r.relative()));
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
    String e = expression.trim();
    Matcher prep = LEADING_PREPOSITION.matcher(e);
    int from = prep.lookingAt() ? prep.end() : 0;
    for (DateMention d : find(e)) {
      if ((d.start() == 0 || d.start() == from) && d.end() == e.length()) {
        return d.value();
      }
    }
    return Optional.empty();
  }

  private static Month month(String name) {
    String n = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Optional<TemporalValue> day(int year, Month month, int day) {
    if (day < 1 || day > month.maxLength()) {
      return Optional.empty();
    }
    return Optional.of(TemporalValue.day(LocalDate.of(year, month, day)));
  }

  private static LocalDate weekday(LocalDate pub, String modifier, DayOfWeek dow) {
    String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
    switch (mod) {
      case "last":
        return pub.with(TemporalAdjusters.previous(dow));
      case "next":
        return pub.with(TemporalAdjusters.next(dow));
      case "this":
      case "by":
      case "until":
        // "this Friday" / "by Friday": the coming one, or today
        return pub.with(TemporalAdjusters.nextOrSame(dow));
      default:
        return pub.with(TemporalAdjusters.previousOrSame(dow));
    }
  }

  private static LocalDate today(LocalDate pub, String word) {
    switch (word) {
      case "yesterday":
        return pub.minusDays(1);
      case "tomorrow":
        return pub.plusDays(1);
      default:
        return pub;
    }
  }

  private static Optional<TemporalValue> period(LocalDate pub, String modifier, String unit) {
    int shift;
    switch (modifier) {
      case "last":
      case "late last":
      case "earlier last":
      case "the past":
      case "the previous":
        shift = -1;
        break;
      case "next":
        shift = 1;
        break;
      default:
        shift = 0;
    }
    if (modifier.equals("the past") && !unit.equals("week")) {
      // "the past year" is the twelve months up to the publication date: only the span is known
      return Optional.empty();
    }
    switch (unit) {
      case "year":
        return Optional.of(TemporalValue.year(pub.getYear() + shift));
      case "month":
        return Optional.of(TemporalValue.month(YearMonth.from(pub).plusMonths(shift)));
      default:
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        return span(monday, monday.plusDays(6));
    }
  }

  /** The most precise value shared by every day of a span. */
  private static Optional<TemporalValue> span(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return Optional.of(TemporalValue.day(from));
    }
    if (YearMonth.from(from).equals(YearMonth.from(to))) {
      return Optional.of(TemporalValue.month(YearMonth.from(from)));
    }
    if (from.getYear() == to.getYear()) {
      return Optional.of(TemporalValue.year(from.getYear()));
    }
    return Optional.empty();
  }

  private static TemporalValue monthOnly(LocalDate pub, String modifier, Month m) {
    YearMonth current = YearMonth.from(pub);
    YearMonth same = YearMonth.of(pub.getYear(), m);
    switch (modifier) {
      case "last":
        return TemporalValue.month(same.isBefore(current) ? same : same.minusYears(1));
      case "next":
        return TemporalValue.month(same.isAfter(current) ? same : same.plusYears(1));
      default:
        return TemporalValue.month(same);
    }
  }

  private static Optional<TemporalValue> ago(LocalDate pub, String count, String unit) {
    int n = number(count);
    if (n < 0) {
      return Optional.empty();
    }
    switch (unit) {
      case "day":
        return Optional.of(TemporalValue.day(pub.minusDays(n)));
      case "week":
        return span(pub.minusWeeks(n).with(DayOfWeek.MONDAY), pub.minusWeeks(n).with(DayOfWeek.SUNDAY));
      case "month":
        return Optional.of(TemporalValue.month(YearMonth.from(pub).minusMonths(n)));
      case "year":
        return Optional.of(TemporalValue.year(pub.getYear() - n));
      default:
        return Optional.of(TemporalValue.year(pub.getYear() - 10 * n));
    }
  }

  private static int number(String w) {
    switch (w) {
      case "a":
      case "an":
      case "one":
        return 1;
      case "two":
        return 2;
      case "three":
        return 3;
      case "four":
        return 4;
      case "five":
        return 5;
      case "six":
        return 6;
      case "seven":
        return 7;
      case "eight":
        return 8;
      case "nine":
        return 9;
      case "ten":
        return 10;
      case "eleven":
        return 11;
      case "twelve":
        return 12;
      case "fifteen":
        return 15;
      case "twenty":
        return 20;
      case "thirty":
        return 30;
      case "forty":
        return 40;
      case "fifty":
        return 50;
      default:
        return w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : -1; // "a few", "several"
    }
  }
}
