package org.newsgraph.extract.facts.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The arithmetic of relative dates against a publication date (news conventions; see {@link DateResolver}). */
final class Calendar {
  private Calendar() {}

  static Month month(String name) {
    String n = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  static Optional<TemporalValue> day(int year, Month month, int day) {
    if (day < 1 || day > month.maxLength() || month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(year)) {
      return Optional.empty();
    }
    return Optional.of(TemporalValue.day(LocalDate.of(year, month, day)));
  }

  /**
   * A month and day without a year: in the year that puts it on or before the publication date
   * (past), on or after it (future), or nearest to it (unknown; "Dec. 14" in a January article is
   * last December, "Jan. 5" in a December article next January).
   */
  static Optional<TemporalValue> monthDay(LocalDate pub, Month month, int day, Tense tense) {
    if (day < 1 || day > month.maxLength()) {
      return Optional.empty();
    }
    MonthDay md = MonthDay.of(month, day);
    LocalDate same = candidate(pub.getYear(), md);
    LocalDate before = same.isAfter(pub) ? candidate(pub.getYear() - 1, md) : same;
    LocalDate after = same.isBefore(pub) ? candidate(pub.getYear() + 1, md) : same;
    LocalDate pick = switch (tense) {
      case PAST -> before;
      case FUTURE -> after;
      default -> ChronoUnit.DAYS.between(before, pub) <= ChronoUnit.DAYS.between(pub, after) ? before : after;
    };
    return Optional.of(TemporalValue.day(pick));
  }

  private static LocalDate candidate(int year, MonthDay md) {
    return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, md.getMonth(), 28);
  }

  static LocalDate weekday(LocalDate pub, String modifier, DayOfWeek dow, Tense tense) {
    String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
    switch (mod) {
      case "last":
        return pub.with(TemporalAdjusters.previous(dow));
      case "next":
        return pub.with(TemporalAdjusters.next(dow));
      case "this":
      case "by":
      case "until":
        // "this Friday" / "by Friday": the coming one, or today; of a past event the last one ("had filed by Wednesday")
        return tense == Tense.PAST ? pub.with(TemporalAdjusters.previousOrSame(dow)) : pub.with(TemporalAdjusters.nextOrSame(dow));
      default:
        // "on Tuesday": the last one on or before the publication date; of a future event the coming one
        return tense == Tense.FUTURE ? pub.with(TemporalAdjusters.nextOrSame(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
    }
  }

  static LocalDate today(LocalDate pub, String word) {
    switch (word) {
      case "yesterday":
        return pub.minusDays(1);
      case "tomorrow":
        return pub.plusDays(1);
      default:
        return pub;
    }
  }

  static Optional<TemporalValue> period(LocalDate pub, String modifier, String unit) {
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
  static Optional<TemporalValue> span(LocalDate from, LocalDate to) {
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

  /**
   * A month without a year: "last May" the one before the publication month, "next May" the one
   * after; otherwise ("in May", "early May") the one on or before the publication month for a past
   * event, on or after it for a future one, else the nearest ("in December" in a June article told
   * in the past tense is last December).
   */
  static TemporalValue monthOnly(LocalDate pub, String modifier, Month m, Tense tense) {
    YearMonth current = YearMonth.from(pub);
    YearMonth same = YearMonth.of(pub.getYear(), m);
    YearMonth before = same.isAfter(current) ? same.minusYears(1) : same;
    YearMonth after = same.isBefore(current) ? same.plusYears(1) : same;
    switch (modifier) {
      case "last":
        return TemporalValue.month(same.isBefore(current) ? same : same.minusYears(1));
      case "next":
        return TemporalValue.month(same.isAfter(current) ? same : same.plusYears(1));
      case "this":
        return TemporalValue.month(same);
      default:
        if (tense == Tense.PAST) {
          return TemporalValue.month(before);
        }
        if (tense == Tense.FUTURE) {
          return TemporalValue.month(after);
        }
        long back = ChronoUnit.MONTHS.between(before, current);
        long ahead = ChronoUnit.MONTHS.between(current, after);
        return TemporalValue.month(back <= ahead ? before : after);
    }
  }

  static Optional<TemporalValue> ago(LocalDate pub, String count, String unit) {
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

  /** A small count in words or digits; -1 for "a few", "several". */
  static int number(String w) {
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
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : -1;
    }
  }
}
