package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import static org.newsgraph.queries.QueriesTest.ID;
import static org.newsgraph.queries.QueriesTest.has;
import static org.newsgraph.queries.QueriesTest.show;
import static org.newsgraph.queries.QueriesTest.where;

/** What each query of queries/ must answer on the fixture QueriesTest loads. */
final class ExpectedAnswers {
  private ExpectedAnswers() {}

  static final String DA = "Springfield County District Attorney";
  static final String DANA = "Dana Rivéra";

  static final Map<String, Consumer<List<Map<String, String>>>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put(
        "01-office-holders.rq",
        rows -> {
          assertEquals(4, rows.size(), show(rows));
          has(rows, "personLabel", DANA, "officeLabel", DA, "jurisdictionLabel", "Springfield County",
              "status", "current");
          has(rows, "personLabel", "Sam Okafor", "officeLabel", DA, "status", "former");
          has(rows, "personLabel", "Lee Park", "officeLabel", "Springfield County Sheriff", "status", "current");
          has(rows, "personLabel", "Ana Cruz", "officeLabel", "Executive Director of Justice Now",
              "organizationLabel", "Justice Now", "jurisdictionLabel", null);
          // ordered by office, current holder first
          assertEquals("Executive Director of Justice Now", rows.get(0).get("officeLabel"));
          assertEquals(DANA, rows.get(1).get("personLabel"));
          assertEquals("Sam Okafor", rows.get(2).get("personLabel"));
        });
    EXPECTED.put(
        "02-criticism-and-support.rq",
        rows -> {
          assertEquals(2, rows.size(), show(rows));
          has(rows, "whoLabel", "Lee Park", "stance", "criticizes", "whomLabel", DANA,
              "sentence", "Sheriff Lee Park, 51, slammed Rivera.");
          has(rows, "whoLabel", "Ana Cruz", "stance", "supports", "whomLabel", DANA,
              "sentence", "Ana Cruz, executive director of Justice Now, praised Rivera.");
        });
    EXPECTED.put(
        "03-policy-stances.rq",
        rows -> {
          assertEquals(3, rows.size(), show(rows));
          has(rows, "policy", ID + "policy/death-penalty", "policyLabel", "death penalty",
              "stance", "opposes", "actorLabel", DANA, "actorOffices", DA,
              "sentence", "Rivera ended the use of the death penalty in the county.");
          has(rows, "policyLabel", "death penalty", "stance", "supports", "actorLabel", "Lee Park",
              "actorOffices", "Springfield County Sheriff");
          has(rows, "policyLabel", "cash bail", "stance", "opposes", "actorLabel", DANA);
        });
    EXPECTED.put(
        "04-cases.rq",
        rows -> {
          assertEquals(1, rows.size(), show(rows));
          Map<String, String> c = rows.get(0);
          assertEquals("killing of Jo Marsh", c.get("caseLabel"));
          assertEquals("Jo Marsh", c.get("victims"));
          assertEquals("Max Hill", c.get("defendants"));
          assertEquals("murder", c.get("charges"));
          assertEquals("2018; 2019", c.get("dates"), "sorted, both articles");
          assertEquals("Springfield", c.get("places"));
          assertEquals("life without parole", c.get("sentences"));
          assertEquals("special circumstances", c.get("policies"));
        });
    EXPECTED.put(
        "05-events.rq",
        rows -> {
          assertEquals(5, rows.size(), show(rows));
          has(rows, "eventLabel", "press conference of Dana Rivéra", "kinds", "PressConference",
              "dates", "2021-12-08", "places", "Springfield", "participants", DANA, "targets", null);
          has(rows, "eventLabel", "recall of Dana Rivéra", "kinds", "RecallCampaign",
              "dates", "2021-11", "targets", DANA);
          has(rows, "eventLabel", "no-confidence votes on Dana Rivéra", "kinds", "Vote", "dates", null);
          has(rows, "eventLabel", "statement of Lee Park", "kinds", "Statement", "participants", "Lee Park");
          has(rows, "eventLabel", "town hall", "kinds", "Event", "dates", null, "participants", null);
        });
    EXPECTED.put(
        "06-quotations.rq",
        rows -> {
          assertEquals(2, rows.size(), show(rows));
          has(rows, "speakerLabel", DANA, "text", "We ran the system like a factory",
              "article", ID + "article/a-001", "sourceFile", "a-001.txt", "date", "2021-12-08");
          has(rows, "speakerLabel", "Lee Park", "text", "Enough is enough",
              "article", ID + "article/b-002", "date", "2022-01-10");
        });
    EXPECTED.put(
        "07-family.rq",
        rows -> {
          assertEquals(6, rows.size(), show(rows));
          has(rows, "personLabel", "Kim Marsh", "relation", "parent of", "relativeLabel", "Jo Marsh",
              "sentence", "Marsh's son, Jo, 20, was killed in 2018.");
          has(rows, "personLabel", "Jo Marsh", "relation", "child of", "relativeLabel", "Kim Marsh",
              "sentence", "Marsh's son, Jo, 20, was killed in 2018.");
          has(rows, "personLabel", "Kim Marsh", "relation", "spouse of", "relativeLabel", "Pat Marsh");
          has(rows, "personLabel", "Pat Marsh", "relation", "spouse of", "relativeLabel", "Kim Marsh");
          has(rows, "personLabel", "Jo Marsh", "relation", "sibling of", "relativeLabel", "Ray Marsh");
          has(rows, "personLabel", "Ray Marsh", "relation", "sibling of", "relativeLabel", "Jo Marsh");
        });
    EXPECTED.put(
        "08-article-mentions.rq",
        rows -> {
          List<Map<String, String>> dana = where(rows, "personLabel", DANA);
          assertEquals(2, dana.size(), show(rows));
          // ordered by publication date
          assertEquals("a-001.txt", dana.get(0).get("sourceFile"));
          assertEquals("2021-12-08", dana.get(0).get("published"));
          assertEquals("Example News", dana.get(0).get("publisher"));
          assertEquals("County prosecutor defends reforms", dana.get(0).get("headline"));
          assertEquals("b-002.txt", dana.get(1).get("sourceFile"));
          assertEquals(1, where(rows, "personLabel", "Sam Okafor").size(), show(rows));
          // nine people; three of them in both articles
          assertEquals(12, rows.size(), show(rows));
        });
    EXPECTED.put(
        "08-article-facts.rq",
        rows -> {
          String dana = ID + "person/dana-rivera";
          String ng = "https://w3id.org/newsgraph/ontology#";
          has(rows, "sourceFile", "a-001.txt", "subject", dana, "property", ng + "holdsOffice",
              "status", "confirms", "otherArticles", "1");
          has(rows, "sourceFile", "b-002.txt", "subject", dana, "property", ng + "holdsOffice",
              "status", "confirms");
          has(rows, "sourceFile", "a-001.txt", "subjectLabel", "killing of Jo Marsh",
              "property", ng + "date", "object", "2018", "status", "contradicts",
              "conflictingValue", "2019", "conflictingArticle", ID + "article/b-002");
          has(rows, "sourceFile", "b-002.txt", "property", ng + "date", "object", "2019",
              "status", "contradicts", "conflictingValue", "2018");
          has(rows, "sourceFile", "a-001.txt", "subjectLabel", "killing of Jo Marsh",
              "property", ng + "victim", "status", "confirms");
          has(rows, "sourceFile", "a-001.txt", "subjectLabel", "Lee Park", "property", ng + "criticizes",
              "status", "adds", "otherArticles", "0");
          assertTrue(where(rows, "property", ng + "mentionedIn").isEmpty(), "mentions are left out");
          assertEquals(1, where(rows, "status", "contradicts", "sourceFile", "a-001.txt").size(), show(rows));
        });
    EXPECTED.put(
        "09-wikidata-links.rq",
        rows -> {
          has(rows, "kind", "Person", "label", DANA, "linked", "true",
              "wikidata", "http://www.wikidata.org/entity/Q4115189", "linkScore", "0.85",
              "linkMethod", "offline-gazetteer");
          has(rows, "kind", "Person", "label", "Sam Okafor", "linked", "false", "wikidata", null);
          has(rows, "kind", "Office", "label", DA, "linked", "false");
          has(rows, "kind", "Place", "label", "Springfield", "linked", "false");
          // a link as the link command writes it: score as ng:confidence, the best of two articles
          has(rows, "kind", "Organization", "label", "Justice Now", "linked", "true",
              "wikidata", "http://www.wikidata.org/entity/Q4115189", "linkScore", "0.9",
              "linkMethod", "gazetteer:exact-label");
          assertEquals(2, where(rows, "linked", "true").size(), show(rows));
          // people 9, offices 3, places 2, organisations 1
          assertEquals(15, rows.size(), show(rows));
        });
    EXPECTED.put(
        "10-timeline.rq",
        rows -> {
          assertEquals(5, rows.size(), show(rows));
          assertEquals("2021-11", rows.get(0).get("date"));
          assertEquals("RecallCampaign", rows.get(0).get("kinds"));
          assertEquals("2021-12-08", rows.get(1).get("date"));
          assertEquals("press conference of Dana Rivéra", rows.get(1).get("eventLabel"));
          assertEquals("2022-01-05", rows.get(2).get("date"));
          assertEquals("Statement", rows.get(2).get("kinds"));
          assertEquals(null, rows.get(3).get("date"));
          assertEquals(null, rows.get(4).get("date"));
        });
    EXPECTED.put(
        "12-article-metadata.rq",
        rows -> {
          String schema = "https://schema.org/";
          assertEquals(4, rows.size(), show(rows));
          has(rows, "article", ID + "article/a-001", "sourceFile", "a-001.txt", "entry", null,
              "property", schema + "publisher", "value", "Example News", "source", "articles.tsv",
              "field", "articles.tsv:2 publisher");
          has(rows, "article", ID + "article/a-001", "property", schema + "headline",
              "value", "County prosecutor defends reforms", "source", "document", "field", "meta og:title");
          has(rows, "article", ID + "article/b-002", "property", schema + "datePublished", "value", "2022-01-10",
              "source", "file name");
        });
    EXPECTED.put(
        "11-evidence.rq",
        rows -> {
          String ng = "https://w3id.org/newsgraph/ontology#";
          List<Map<String, String>> holds =
              where(rows, "subjectLabel", DANA, "property", ng + "holdsOffice", "objectLabel", DA);
          assertEquals(2, holds.size(), show(holds));
          has(holds, "article", ID + "article/a-001",
              "sentence", "Springfield County District Attorney Dana Rivera defended her policies.",
              "start", "0", "end", "49", "confidence", "0.9", "method", "title-apposition");
          has(holds, "article", ID + "article/b-002", "sentence", "District Attorney Dana Rivéra answered.",
              "confidence", null);
          has(rows, "subjectLabel", "killing of Jo Marsh", "property", ng + "charge", "object", "murder",
              "objectLabel", null, "sentence", "Max Hill was charged with murder.");
          for (Map<String, String> r : rows) {
            assertTrue(Integer.parseInt(r.get("start")) <= Integer.parseInt(r.get("end")), r.toString());
          }
        });
  }
}
