package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/**
 * The names {@code build} finds (real models, real rules) in sentences written for these tests:
 * each test is one way real news text writes names that the finder once got wrong.
 */
class NamesInTextTest {
  private static final Annotator ANNOTATOR = Annotator.standard();

  /** "TYPE:name" for every name of the text, in order, one article. */
  static List<String> names(String text) {
    Article a = new Article("t", "t.txt", text, new ArticleMeta("t.txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
    NameFinder f = NameFinders.standard();
    List<String> out = new ArrayList<>();
    for (Sentence s : ANNOTATOR.annotate(a)) {
      for (NameSpan n : f.find(s)) {
        out.add(n.type() + ":" + s.cover(text, n.start(), n.end()));
      }
    }
    return out;
  }

  static List<Sentence> sentences(String text) {
    Article a = new Article("t", "t.txt", text, new ArticleMeta("t.txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
    return ANNOTATOR.annotate(a);
  }

  @Test
  void aMiddleInitialEndsNoSentenceAndStaysInTheName() {
    String text = "Police Superintendent Harold T. Brennick said the unit would be disbanded. "
        + "Councilman Dwayne R. Oakes disagreed.";
    assertEquals(2, sentences(text).size(), sentences(text).toString());
    List<String> n = names(text);
    assertTrue(n.contains("PERSON:Harold T. Brennick"), n.toString());
    assertTrue(n.contains("PERSON:Dwayne R. Oakes"), n.toString());
  }

  @Test
  void abbreviationsBeforeDaysNamesAndAfterStreetsEndNoSentence() {
    String text = "The crash happened on Sept. 14 near Mt. Hollis on Carver Ave. in the rain. "
        + "It was reported in Ft. Dorrance, Tenn. by a neighbor.";
    List<Sentence> s = sentences(text);
    assertEquals(2, s.size(), s.toString());
    assertTrue(s.get(0).tokens().stream().anyMatch(t -> t.text().equals("Sept.")), s.get(0).tokens().toString());
  }

  @Test
  void aHyphenatedNameIsOneName() {
    List<String> n = names("Prosecutor Lorna Vasquez-Pruitt said Officer Dale Whitcombe-Reyes had no reason to fire. "
        + "Vasquez-Pruitt spoke for ten minutes.");
    assertTrue(n.contains("PERSON:Lorna Vasquez-Pruitt"), n.toString());
    assertTrue(n.contains("PERSON:Vasquez-Pruitt"), n.toString());
    assertFalse(n.stream().anyMatch(x -> x.endsWith(":Pruitt")), n.toString());
  }

  @Test
  void aHyphenAfterAPlaceDoesNotTakeALowerCaseWord() {
    List<String> n = names("The Canada-born singer moved to Ohio.");
    assertFalse(n.stream().anyMatch(x -> x.contains("born")), n.toString());
  }

  @Test
  void placesByTheirOwnWordsAreNeverPeople() {
    List<String> n = names("MARLOW CITY, Nev. \u2014 The sheriff of Belden County met residents of Quarry Junction "
        + "and said Kansas would pay.");
    assertTrue(n.contains("PLACE:MARLOW CITY"), n.toString());
    assertTrue(n.contains("PLACE:Belden County"), n.toString());
    assertTrue(n.contains("PLACE:Quarry Junction"), n.toString());
    assertTrue(n.contains("PLACE:Kansas"), n.toString());
    assertFalse(n.stream().anyMatch(x -> x.startsWith("PERSON:")), n.toString());
  }

  @Test
  void aLegislatorsPartyIsNotPartOfHisHomeTown() {
    List<String> n = names("The bill's sponsor, Sen. Ada Kowalczyk, D-Pine Bluff, voted yes.");
    assertTrue(n.contains("PLACE:Pine Bluff"), n.toString());
    assertTrue(n.contains("PERSON:Ada Kowalczyk"), n.toString());
  }

  @Test
  void pageFurnitureTimeZonesAndBillNumbersAreNotNames() {
    List<String> n = names("LIVE UPDATES: Posted 06:12 EST. The PRESS CONFERENCE began as HB7 took effect.");
    assertEquals(List.of(), n);
  }

  @Test
  void aPartyOfAStateDescribesALegislator() {
    List<String> n = names("Senator Ward Pell, Republican of Oregon, said on Sunday that the plan had failed.");
    assertTrue(n.contains("PLACE:Oregon"), n.toString());
    assertFalse(n.stream().anyMatch(x -> x.startsWith("ORGANIZATION:")), n.toString());
  }

  @Test
  void aHeadWordThatOpensTheSentenceBeforeANounIsNoName() {
    List<String> n = names("Court records show the lease was signed in May.");
    assertFalse(n.stream().anyMatch(x -> x.contains("Court")), n.toString());
  }

  @Test
  void anAcronymTitleIsATitleOnlyInCapitals() {
    List<String> n = names("The panel heard from Sen. Ada Kowalczyk and from ADA Lorne Beckett on Monday.");
    assertTrue(n.contains("PERSON:Ada Kowalczyk"), n.toString());
    assertTrue(n.contains("PERSON:Lorne Beckett"), n.toString());
  }

  @Test
  void familyNameParticlesAndFamilyNamesOfTwoWordsStayWithTheName() {
    List<String> n = names("City Attorney Marco de la Vega sued the mayor. De la Vega said the council had spoken, "
        + "and de la Vega left. Council Member Josie Red Feather agreed. Red Feather voted yes.");
    assertTrue(n.contains("PERSON:Marco de la Vega"), n.toString());
    assertTrue(n.contains("PERSON:De la Vega"), n.toString());
    assertTrue(n.contains("PERSON:de la Vega"), n.toString());
    assertTrue(n.contains("PERSON:Red Feather"), n.toString());
    assertFalse(n.contains("PERSON:Vega") || n.contains("PERSON:Feather"), n.toString());
  }

  @Test
  void anUpperCaseTitleIsNoParticle() {
    List<String> n = names("The office was run by DA Lorna Quist until 2020.");
    assertTrue(n.contains("PERSON:Lorna Quist"), n.toString());
  }

  @Test
  void organisationsWhole() {
    List<String> n = names("The U.S. Court of Appeals for the Ninth Circuit ruled Monday. The Fraternal Order of "
        + "Police Lodge 7 objected, and the Marlow County Deputy Sheriffs' Association agreed.");
    assertTrue(n.contains("ORGANIZATION:U.S. Court of Appeals for the Ninth Circuit"), n.toString());
    assertTrue(n.contains("ORGANIZATION:Fraternal Order of Police Lodge 7"), n.toString());
    assertTrue(n.contains("ORGANIZATION:Marlow County Deputy Sheriffs' Association"), n.toString());
  }

  @Test
  void showTitlesAndTitleCaseHeadlinesAreNotNames() {
    assertEquals(List.of(), names("He said so on Fox & Friends Weekend last week."));
    List<String> n = names("Sheriff Wins Narrow Fight As Board Folds");
    assertFalse(n.stream().anyMatch(x -> x.contains("Fight")), n.toString());
  }

  @Test
  void aWeekdayAfterATitleIsNoName() {
    List<String> n = names("Residents launched a second recall effort against the DA on Monday.");
    assertTrue(n.stream().noneMatch(x -> x.contains("Monday")), n.toString());
  }

  @Test
  void aCompanyNamedInFullKeepsItsTypeByItsFirstWordAlone() {
    List<String> n = names("The board of Thursby Minerals Ltd voted on Monday to close the mine. Analysts said Thursby "
        + "had little choice, and Thursby shares fell.");
    assertTrue(n.contains("ORGANIZATION:Thursby Minerals Ltd"), n.toString());
    assertFalse(n.stream().anyMatch(x -> x.equals("PERSON:Thursby") || x.equals("PLACE:Thursby")), n.toString());
  }
}
