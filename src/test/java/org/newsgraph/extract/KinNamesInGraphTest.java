package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/** Relatives named by a first name alone, and hyphenated surnames, through the real pipeline. */
class KinNamesInGraphTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "a.txt",
        "Crash leaves a family waiting\n\n"
            + "Dario Pell's wife, Inés Pell, 35, said their two girls, Lucía, 8, and Nora, 5, keep asking about him.\n\n"
            + "\"We want answers,\" said Kara Wend, who lost her brother Felix in the blast.\n\n"
            + "Officer Dale Crane fired at Tobias Marlowe-Reyes on May 2. A lawyer represents Marlowe-Reyes’s "
            + "mother, Judith Reyes.\n\n"
            + "Reyes, 51, stood beside the lawyer outside the courthouse.\n\n"
            + "A judge said a plot was enough to hold Esparza. Esparza, 24, is accused of two other thefts.\n\n"
            + "Mayor Ada Fenn thanked Judge Bo Lind for their girls, Cleo and Dina, who sang.\n\n"
            + "Ana Corvell's son, Teo, 20, was hurt in the crash.\n\n"
            + "The parents, Omar and Leila Haddad, met the mayor. Flights between Denver and Ann Corvell's farm stopped.\n",
        "b.txt", "Storm damage\n\nMia Sorensen lost her brother Felix in the flood, she said.\n",
        "c.txt", "Senator seeks a second term\n\nSenator Jane Lake spoke on Monday. Her husband, former Gov. Tom "
            + "Lake, sat beside her.\n\nMrs. Lake said the budget was late. Mr. Lake did not speak.\n"))
        .dataset();
  }

  private static List<String> select(String where) {
    return TestGraphs.select(ds, "SELECT DISTINCT ?v WHERE { " + where + " } ORDER BY ?v");
  }

  @Test
  void aFirstNameAfterAKinshipNounIsAPerson() {
    List<String> people = select("?x a ng:Person ; rdfs:label ?v");
    assertTrue(people.containsAll(List.of("Lucía", "Nora", "Felix")), people.toString());
    assertTrue(select("?x rdfs:label \"Nora\" ; ng:age ?v").contains("5"), people.toString());
    assertTrue(select("?x rdfs:label \"Lucía\" ; ng:age ?v").contains("8"), people.toString());
    assertTrue(select("?x rdfs:label \"Kara Wend\" ; ng:siblingOf ?y . ?y rdfs:label ?v").contains("Felix"));
  }

  @Test
  void aFirstNameBeforeAndAFullNameTakesItsSurname() {
    List<String> people = select("?x a ng:Person ; rdfs:label ?v");
    assertTrue(people.containsAll(List.of("Omar Haddad", "Leila Haddad")), people.toString());
    assertFalse(people.contains("Omar") || people.stream().anyMatch(p -> p.startsWith("Denver")), people.toString());
  }

  @Test
  void aMarriedCouplesTheirGivesBothParents() {
    for (String parent : List.of("Dario Pell", "Inés Pell")) {
      assertTrue(select("?x rdfs:label \"" + parent + "\" ; ng:parentOf ?y . ?y rdfs:label ?v")
          .containsAll(List.of("Lucía", "Nora")), parent);
    }
    // two people nobody says are married: "their" makes neither a parent
    assertTrue(select("?x ng:parentOf ?y . ?y rdfs:label ?v").stream().noneMatch(v -> v.equals("Cleo") || v.equals("Dina")));
  }

  @Test
  void aRelativesFirstNameTakesTheSurnameOfThePersonNamedBeforeTheKinshipNoun() {
    List<String> people = select("?x a ng:Person ; rdfs:label ?v");
    assertTrue(people.contains("Teo Corvell"), people.toString());
    assertTrue(select("?x rdfs:label \"Teo Corvell\" ; ng:age ?v").contains("20"), people.toString());
  }

  @Test
  void aFirstNameAloneIsOnePersonPerArticle() {
    // the Felix of one story and the Felix of another are two people
    List<String> felix = select("?x a ng:Person ; rdfs:label \"Felix\" BIND(STR(?x) AS ?v)");
    assertTrue(felix.size() == 2, felix.toString());
  }

  @Test
  void mrAndMrsGoToTheFullNameOfTheirSex() {
    assertTrue(select("?x rdfs:label \"Tom Lake\" ; skos:altLabel ?v").contains("Lake"),
        select("?x skos:altLabel \"Lake\" ; rdfs:label ?v").toString());
    assertTrue(select("?x rdfs:label \"Jane Lake\" ; skos:altLabel ?v").contains("Lake"));
    assertFalse(select("?x a ng:Person ; rdfs:label ?v").contains("Lake"));
  }

  @Test
  void aLoneSurnameWithAnAgeIsAPerson() {
    assertTrue(select("?x rdfs:label \"Esparza\" ; a ng:Person ; ng:age ?v").contains("24"),
        select("?x a ng:Person ; rdfs:label ?v").toString());
  }

  @Test
  void aHyphenatedSurnameIsOneWord() {
    // "Reyes" alone is Judith Reyes, not a second person called "Marlowe-Reyes"
    assertTrue(select("?x rdfs:label \"Judith Reyes\" ; ng:age ?v").contains("51"),
        select("?x ng:age ?a ; rdfs:label ?l BIND(CONCAT(?l, \" \", STR(?a)) AS ?v)").toString());
    List<String> people = select("?x a ng:Person ; rdfs:label ?v");
    assertTrue(people.contains("Tobias Marlowe-Reyes"), people.toString());
    assertFalse(people.contains("Marlowe-Reyes"), people.toString());
  }
}
