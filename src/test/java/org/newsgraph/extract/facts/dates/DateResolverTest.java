package org.newsgraph.extract.facts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  // a Wednesday
  private final DateResolver dated = new DateResolver(Optional.of(LocalDate.of(2021, 12, 8)));
  private final DateResolver undated = new DateResolver(Optional.empty());

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "Wednesday, 2021-12-08, date",
    "on Monday, 2021-12-06, date",
    "Thursday, 2021-12-02, date",
    "last Wednesday, 2021-12-01, date",
    "next Friday, 2021-12-10, date",
    "today, 2021-12-08, date",
    "yesterday, 2021-12-07, date",
    "last week, 2021, gYear",
    "last month, 2021-11, gYearMonth",
    "earlier this month, 2021-12, gYearMonth",
    "last year, 2020, gYear",
    "earlier this year, 2021, gYear",
    "so far this year, 2021, gYear",
    "June 14, 2021-06-14, date",
    "Dec. 3, 2021-12-03, date",
    "in December 2020, 2020-12, gYearMonth",
    "'March 4, 2019', 2019-03-04, date",
    "5 May 2017, 2017-05-05, date",
    "in 2018, 2018, gYear",
    "a decade ago, 2011, gYear",
    "almost a decade ago, 2011, gYear",
    "three decades ago, 1991, gYear",
    "two years ago, 2019, gYear",
    "five months ago, 2021-07, gYearMonth",
    "three days ago, 2021-12-05, date",
    "last May, 2021-05, gYearMonth",
    "in December, 2021-12, gYearMonth",
  })
  void resolvesAgainstThePublicationDate(String expr, String lexical, String type) {
    Optional<TemporalValue> v = dated.resolve(expr);
    assertTrue(v.isPresent(), expr + " should resolve");
    assertEquals(new TemporalValue(lexical, type), v.get());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Since March the council met twice, Since March",
    "The board met During October, During October",
    "The vote came Later In November, Later In November",
    "It closed EARLIER THIS MONTH, EARLIER THIS MONTH",
    "Sales fell The Past Year, The Past Year",
    "The clinic opened Until Monday, Until Monday",
    "She spoke By Thursday, By Thursday",
    "Filed Sept. 9 in court, Sept. 9",
  })
  void wordListsMatchInAnyCaseAfterTheirFirstLetterLookAhead(String sentence, String expression) {
    List<DateMention> found = dated.find(sentence);
    assertEquals(1, found.size(), "found " + found);
    assertEquals(expression, sentence.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void lastWeekWithinOneMonthIsThatMonth() {
    DateResolver r = new DateResolver(Optional.of(LocalDate.of(2022, 6, 22)));
    assertEquals(Optional.of(new TemporalValue("2022-06", "gYearMonth")), r.resolve("last week"));
    assertEquals(Optional.of(new TemporalValue("2022-06-21", "date")), r.resolve("Tuesday"));
    assertEquals(Optional.of(new TemporalValue("2022-06-14", "date")), r.resolve("June 14"));
  }

  @ParameterizedTest
  @CsvSource({"Wednesday", "last week", "last month", "last year", "June 14", "a decade ago",
      "yesterday", "earlier this year", "in December"})
  void relativeExpressionsStayUnresolvedWithoutAPublicationDate(String expr) {
    List<DateMention> found = undated.find(expr);
    assertEquals(1, found.size(), "found " + found);
    assertTrue(found.get(0).relative());
    assertEquals(Optional.empty(), found.get(0).value());
  }

  @Test
  void absoluteExpressionsResolveWithoutAPublicationDate() {
    assertEquals(Optional.of(new TemporalValue("2021-04", "gYearMonth")), undated.resolve("in April 2021"));
    assertEquals(Optional.of(new TemporalValue("2018", "gYear")), undated.resolve("in 2018"));
    assertEquals(Optional.of(new TemporalValue("2021-12-08", "date")), undated.resolve("December 8, 2021"));
  }

  @Test
  void findsExpressionsInASentenceWithOffsets() {
    String s = "The mayor was elected in 2018, resigned on Monday and spoke last month.";
    List<DateMention> found = dated.find(s);
    assertEquals(List.of("2018", "on Monday", "last month"), found.stream().map(DateMention::text).toList());
    DateMention monday = found.get(1);
    assertEquals("on Monday", s.substring(monday.start(), monday.end()));
    assertEquals("2021-12-06", monday.value().orElseThrow().lexical());
  }

  @Test
  void numbersThatAreNotYearsAreIgnored() {
    assertTrue(dated.find("They gathered 2,018 signatures, $2000 and 1999.5 points, up 2010%.").isEmpty());
    assertTrue(dated.find("She may come. He said 2500 people came.").isEmpty());
  }

  @Test
  void impossibleDaysAreNotDates() {
    assertTrue(undated.find("February 30, 2020").stream().noneMatch(d -> d.text().contains("30")));
  }
  @ParameterizedTest(name = "{0} ({1}) in a January article -> {2}")
  @CsvSource({
    "Dec. 14, PAST, 2020-12-14",
    "Dec. 14, UNKNOWN, 2020-12-14",
    "Jan. 20, FUTURE, 2021-01-20",
    "Jan. 20, PAST, 2020-01-20",
    "Jan. 3, PAST, 2021-01-03",
    "in March, PAST, 2020-03",
    "in March, FUTURE, 2021-03",
    "on Tuesday, PAST, 2021-01-12",
    "on Monday, FUTURE, 2021-01-18",
  })
  void aDateWithoutAYearIsNeverAfterTheArticleForAPastEvent(String expr, Tense tense, String lexical) {
    // a Friday
    DateResolver january = new DateResolver(Optional.of(LocalDate.of(2021, 1, 15)));
    assertEquals(lexical, january.resolve(expr, tense).orElseThrow().lexical());
  }

  @Test
  void spansOfYearsAndDatesThatReferBackGiveNoDate() {
    List<DateMention> found = dated.find("She served from 1998 to 2006 and again in 2010-12, and left that same day.");
    assertTrue(found.stream().filter(d -> !d.text().equals("2010-12")).allMatch(d -> d.value().isEmpty()), found.toString());
    assertTrue(found.stream().noneMatch(d -> d.text().equals("1998") || d.text().equals("2006")), found.toString());
    assertTrue(DateResolver.refersBack("that same day"));
    assertTrue(!DateResolver.refersBack("Monday"));
  }

  @Test
  void aWeekdayInAnUndatedArticleStaysUnresolved() {
    assertTrue(undated.resolve("on Tuesday", Tense.PAST).isEmpty());
    assertTrue(undated.resolve("Dec. 14", Tense.PAST).isEmpty());
  }
}
