package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.facts.family.FamilyExtractor;

class FamilyExtractorTest {
  private final FamilyExtractor x = new FamilyExtractor();
  private static final LocalDate DAY = LocalDate.of(2020, 5, 6);

  @Test
  void possessiveChildWithApposedName() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Mara Quill's son, Tobin, 19, was hurt in a crash.",
        "Mara Quill|person|mara-quill", "Quill|person|mara-quill", "Tobin|person|tobin-quill"));
    assertTrue(c.has("person/mara-quill", "parentOf", "person/tobin-quill"), c.lines().toString());
    assertTrue(c.has("person/tobin-quill", "age", "\"19\"") || c.lines().contains("person/tobin-quill age \"19\""),
        c.lines().toString());
    assertEquals(List.of("person/mara-quill parentOf person/tobin-quill"), c.lines("parentOf"));
  }

  @Test
  void whoseSiblingIsSymmetric() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "\"We miss her,\" said Arno Vell, whose sister Petra Vell was hurt last year.",
        "Arno Vell|person|arno-vell", "Petra Vell|person|petra-vell"));
    assertEquals(List.of("person/arno-vell siblingOf person/petra-vell", "person/petra-vell siblingOf person/arno-vell"),
        c.lines("siblingOf"));
  }

  @Test
  void theMotherOfSomeoneComma() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "It comes as the mother of Deputy Ruiz, Ines Caro, spoke to reporters.",
        "Ruiz|person|leo-ruiz", "Ines Caro|person|ines-caro"));
    assertEquals(List.of("person/ines-caro parentOf person/leo-ruiz"), c.lines("parentOf"));
  }

  @Test
  void whoseSonAndAgeAdjective() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Lia Moss, whose son Ben Moss was hurt, spoke. Dan Orr's 7-year-old daughter, Kim Orr, was found. "
            + "Ray Tull, a 12-year-old boy, was safe. Police found 41-year-old Sam Pike. Ann Lo, now 51, lives here.",
        "Lia Moss|person|lia-moss", "Ben Moss|person|ben-moss", "Dan Orr|person|dan-orr",
        "Kim Orr|person|kim-orr", "Ray Tull|person|ray-tull", "Sam Pike|person|sam-pike", "Ann Lo|person|ann-lo"));
    assertTrue(c.has("person/lia-moss", "parentOf", "person/ben-moss"));
    assertTrue(c.has("person/dan-orr", "parentOf", "person/kim-orr"));
    assertTrue(c.lines("age").containsAll(List.of("person/kim-orr age \"7\"", "person/ray-tull age \"12\"",
        "person/sam-pike age \"41\"", "person/ann-lo age \"51\"")), c.lines("age").toString());
  }

  @Test
  void noTieBetweenUnrelatedNames() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Mayor Ada Fenn met Bo Lind in 2019, and Fenn's office said Lind, 2021 nominee, agreed.",
        "Ada Fenn|person|ada-fenn", "Fenn|person|ada-fenn", "Bo Lind|person|bo-lind", "Lind|person|bo-lind"));
    assertTrue(c.lines("parentOf").isEmpty() && c.lines("siblingOf").isEmpty() && c.lines("spouseOf").isEmpty(), c.lines().toString());
    assertTrue(c.lines("age").isEmpty(), c.lines().toString());
  }

  @Test
  void aLoneFirstNameAfterAKinshipNounIsMintedWithTheRelativesSurname() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Mara Quill's son, Tobin, 19, was hurt. Later, Ike Dorn, whose daughter Lena was there, spoke.",
        "Mara Quill|person|mara-quill", "Ike Dorn|person|ike-dorn"));
    assertTrue(c.has("person/mara-quill", "parentOf", "person/tobin-quill"), c.lines().toString());
    assertTrue(c.has("person/ike-dorn", "parentOf", "person/lena-dorn"), c.lines().toString());
    assertTrue(c.nodes.stream().anyMatch(n -> n.ref().toString().equals("person/tobin-quill")
        && n.types().equals(List.of("Person")) && n.label().equals("Tobin Quill")), c.nodes.toString());
  }

  @Test
  void aLoneFirstNameAfterChildTakesTheParentsSurnameButNotAfterSiblingOrSpouse() {
    // the name finder missed the lone first names: a child is minted with the parent's surname
    // (the usual convention); a sister or wife may bear another surname, so none is guessed
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Mara Quill's son, Tobin, was hurt. Vera Lusk's sister, Edda, was hurt. Joss Harl's wife, Ruth, was hurt.",
        "Mara Quill|person|mara-quill", "Vera Lusk|person|vera-lusk", "Joss Harl|person|joss-harl"));
    assertEquals(List.of("person/mara-quill parentOf person/tobin-quill"), c.lines("parentOf"));
    assertTrue(c.lines().stream().noneMatch(l -> l.contains("edda") || l.contains("ruth")), c.lines().toString());
  }

  @Test
  void whoseKinAfterANameAndItsTown() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Marla Penrose of Birch Flats, whose son, Dario Penrose, 31, died in the jail, asked why. "
            + "Ike Tamm from Ostend, whose sister Ula Tamm was there, spoke.",
        "Marla Penrose|person|marla-penrose", "Dario Penrose|person|dario-penrose", "Birch Flats|place|birch-flats",
        "Ike Tamm|person|ike-tamm", "Ula Tamm|person|ula-tamm"));
    assertEquals(List.of("person/marla-penrose parentOf person/dario-penrose"), c.lines("parentOf"));
    assertTrue(c.has("person/ike-tamm", "siblingOf", "person/ula-tamm"), c.lines().toString());
  }

  @Test
  void aPronounsKinNamedAtTheEndOfTheSentence() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Nell Hart spoke at the vigil. She could not talk about her son, Ivo Hart.",
        "Nell Hart|person|nell-hart", "Ivo Hart|person|ivo-hart"));
    assertTrue(c.has("person/nell-hart", "parentOf", "person/ivo-hart"), c.lines().toString());
  }

  @Test
  void anObituarysAgeAtDeath() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Ada Lund, who taught at Mill Creek High School for decades, dies at 81. Bo Tran died Sunday at age 90. "
            + "Cy Moe said Ada Lund died at 81.",
        "Ada Lund|person|ada-lund", "Bo Tran|person|bo-tran", "Cy Moe|person|cy-moe",
        "Mill Creek High School|organization|mill-creek-high-school"));
    assertTrue(c.lines("age").containsAll(List.of("person/ada-lund age \"81\"", "person/bo-tran age \"90\"")),
        c.lines("age").toString());
    assertTrue(c.lines("age").stream().noneMatch(l -> l.contains("cy-moe")), c.lines("age").toString());
  }
}
