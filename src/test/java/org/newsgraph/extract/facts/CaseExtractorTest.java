package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.facts.cases.CaseExtractor;

class CaseExtractorTest {
  private final CaseExtractor x = new CaseExtractor(Optional.of(TestArticles.policies()));
  private static final LocalDate WED = LocalDate.of(2021, 12, 8);

  @Test
  void passiveKillingWithAgeYearAndFollowingPolicy() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Nora Pell's son, Tobin, 20, was killed in 2018 near a lake. Under the new rules, special circumstances "
            + "charges against the suspects were dropped.",
        "Nora Pell|person|nora-pell", "Tobin|person|tobin-pell"));
    assertTrue(c.has("case/killing-of-tobin-pell", "victim", "person/tobin-pell"), c.lines().toString());
    assertTrue(c.has("case/killing-of-tobin-pell", "date", "\"2018\"") || c.lines().contains("case/killing-of-tobin-pell date \"2018\""),
        c.lines().toString());
    assertTrue(c.has("case/killing-of-tobin-pell", "concernsPolicy", "policy/special-circumstances"), c.lines().toString());
    assertTrue(c.lines("defendant").isEmpty(), c.lines().toString());
  }

  @Test
  void namedAgentKillingVictimAtAPlaceLastWeek() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "He named Rick Dole, a parolee who was arrested shortly after allegedly killing Jean Marr in her Oak Ridge home last week.",
        "Rick Dole|person|rick-dole", "Jean Marr|person|jean-marr", "Oak Ridge|place|oak-ridge"));
    assertTrue(c.has("case/killing-of-jean-marr", "victim", "person/jean-marr"), c.lines().toString());
    assertTrue(c.has("case/killing-of-jean-marr", "defendant", "person/rick-dole"), c.lines().toString());
    assertTrue(c.has("case/killing-of-jean-marr", "place", "place/oak-ridge"), c.lines().toString());
    assertTrue(c.lines().contains("case/killing-of-jean-marr date \"2021\""), c.lines().toString());
  }

  @Test
  void appositionWhoWasShotAndKilledOnAWeekday() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "They paused for Leo Vance, a 12-year-old boy who was shot and killed in Riverton while sitting in a car on Monday.",
        "Leo Vance|person|leo-vance", "Riverton|place|riverton"));
    assertTrue(c.lines().contains("case/killing-of-leo-vance date \"2021-12-06\""), c.lines().toString());
    assertTrue(c.has("case/killing-of-leo-vance", "place", "place/riverton"), c.lines().toString());
    assertTrue(c.nodes.stream().anyMatch(n -> n.ref().toString().equals("event/killing-of-leo-vance")
        && n.types().equals(List.of("Killing", "Event"))), c.nodes.toString());
  }

  @Test
  void twoVictimsOneCaseAndAbsoluteMonthWithoutPublicationDate() {
    var c = TestArticles.run(x, TestArticles.context(null,
        "Two deputies, Ana Ruiz, 31, and Ben Cole, 42, were killed by a gunman in Eastvale in April 2021.",
        "Ana Ruiz|person|ana-ruiz", "Ben Cole|person|ben-cole", "Eastvale|place|eastvale"));
    assertEquals(List.of("case/killing-of-ana-ruiz victim person/ana-ruiz", "case/killing-of-ana-ruiz victim person/ben-cole"),
        c.lines("victim").stream().filter(l -> l.startsWith("case/")).toList());
    assertTrue(c.lines().contains("case/killing-of-ana-ruiz date \"2021-04\""), c.lines().toString());
  }

  @Test
  void chargesAndSentencesAsStated() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Omar Kell was arrested and charged with felon in possession of a firearm. Later Kell was sentenced to two years "
            + "probation and 20 days in jail for the offence.",
        "Omar Kell|person|omar-kell", "Kell|person|omar-kell"));
    assertTrue(c.lines().contains("case/case-against-omar-kell charge \"felon in possession of a firearm\""), c.lines().toString());
    assertTrue(c.lines().contains("case/case-against-omar-kell sentence \"two years probation and 20 days in jail\""),
        c.lines().toString());
    assertTrue(c.has("case/case-against-omar-kell", "defendant", "person/omar-kell"));
  }

  @Test
  void nothingFromSentencesWithoutACrime() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Mia Stone was elected in 2018 and was praised by Carl Roe. She spoke about the killing of two teenagers.",
        "Mia Stone|person|mia-stone", "Carl Roe|person|carl-roe"));
    assertTrue(c.facts.isEmpty(), c.lines().toString());
  }

  @Test
  void aParentWhoseChildWasKilledIsNoVictimAndASingularVerbTakesTheLastName() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Ida Crane, whose son Tom was murdered in 2018, spoke. They remembered Ann Bell and Leo Vance, "
            + "a boy who was shot and killed on Monday.",
        "Ida Crane|person|ida-crane", "Ann Bell|person|ann-bell", "Leo Vance|person|leo-vance"));
    // the son (named by first name only) is the victim, never his mother
    assertEquals(List.of("case/killing-of-tom-crane victim person/tom-crane", "case/killing-of-leo-vance victim person/leo-vance"),
        c.lines("victim").stream().filter(l -> l.startsWith("case/")).toList());
  }

  @Test
  void theGunmanNamedInALaterSentenceIsTheDefendantOfTheKilling() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Two clerks, Ana Ruiz, 31, and Ben Cole, 42, were shot dead on Friday in a diner in Eastvale. "
            + "Customers ran for cover. The gunman, parolee Carl Webb, 29, was on parole for a robbery charge. "
            + "Webb was arrested on Saturday.",
        "Ana Ruiz|person|ana-ruiz", "Ben Cole|person|ben-cole", "Carl Webb|person|carl-webb",
        "Webb|person|carl-webb", "Eastvale|place|eastvale"));
    assertTrue(c.has("case/killing-of-ana-ruiz", "defendant", "person/carl-webb"), c.lines().toString());
    assertTrue(c.has("case/killing-of-ana-ruiz", "victim", "person/ben-cole"), c.lines().toString());
    // the arrest told after the killing is the killing's; the robbery charge he was on parole for is his earlier case
    assertTrue(c.facts.stream().anyMatch(f -> f.s().toString().equals("case/killing-of-ana-ruiz") && f.p().equals("defendant")
        && f.e().sentence().startsWith("Webb was arrested")), c.lines().toString());
    assertEquals(List.of("case/case-against-carl-webb charge \"robbery charge\""), c.lines("charge"));
    // the role sentence is no evidence that the victims were victims
    assertTrue(c.facts.stream().filter(f -> f.p().equals("victim") && f.s().toString().startsWith("case/"))
        .noneMatch(f -> f.e().sentence().startsWith("The gunman")), c.lines().toString());
  }

  @Test
  void theGunmansPriorConvictionIsASecondCaseWithItsSentenceAndPolicy() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Two clerks, Ana Ruiz, 31, and Ben Cole, 42, were shot dead on Friday in a diner in Eastvale. "
            + "The gunman, Carl Webb, 29, was on probation for a prior robbery conviction. "
            + "Webb had been sentenced to three years probation and 30 days in jail after prosecutors dropped a sentencing enhancement. "
            + "Police said Webb was arrested at the scene. Webb served the 30 days in a county jail.",
        "Ana Ruiz|person|ana-ruiz", "Ben Cole|person|ben-cole", "Carl Webb|person|carl-webb",
        "Webb|person|carl-webb", "Eastvale|place|eastvale"));
    String killing = "case/killing-of-ana-ruiz";
    String prior = "case/case-against-carl-webb";
    // the killing: its victims, the gunman as defendant, its date and place, none of the earlier matter
    assertTrue(c.has(killing, "victim", "person/ben-cole"), c.lines().toString());
    assertTrue(c.has(killing, "defendant", "person/carl-webb"), c.lines().toString());
    assertTrue(c.has(killing, "place", "place/eastvale"), c.lines().toString());
    assertTrue(c.lines().contains(killing + " date \"2021-12-03\""), c.lines().toString());
    // the arrest at the scene has no cue of an earlier matter: it stays the killing's
    assertTrue(c.facts.stream().anyMatch(f -> f.s().toString().equals(killing) && f.p().equals("defendant")
        && f.e().sentence().startsWith("Police said")), c.lines().toString());
    // the earlier matter: its charge, both told sentences ("the 30 days" goes where it was told) and its policy
    assertTrue(c.has(prior, "defendant", "person/carl-webb"), c.lines().toString());
    assertEquals(List.of(prior + " charge \"robbery conviction\""), c.lines("charge"));
    assertEquals(List.of(prior + " sentence \"three years probation and 30 days in jail\"", prior + " sentence \"30 days\""),
        c.lines("sentence"));
    assertEquals(List.of(prior + " concernsPolicy policy/sentencing-enhancements"), c.lines("concernsPolicy"));
    assertTrue(c.lines().stream().noneMatch(l -> l.startsWith(prior + " victim")), c.lines().toString());
    // so the cross-article step keeps it apart from the killing its defendant is told to have done
    var graphs = x.reconcile(List.of(graph(TestArticles.context(WED,
        "Ana Ruiz was shot and killed by Carl Webb in Eastvale.", "Ana Ruiz|person|ana-ruiz", "Carl Webb|person|carl-webb",
        "Eastvale|place|eastvale")), graph(TestArticles.context(WED,
        "Carl Webb, 29, was on probation for a prior robbery conviction.", "Carl Webb|person|carl-webb"))));
    assertTrue(graphs.get(1).facts().stream().anyMatch(f -> f.subject().toString().equals(prior)
        && f.property().equals("charge")), graphs.get(1).facts().toString());
    assertTrue(graphs.get(1).facts().stream().noneMatch(f -> f.subject().toString().equals(killing)), graphs.get(1).facts().toString());
  }

  @Test
  void aChargeToldAfterTheKillingWithoutACueIsTheKillingsOneCase() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Nell Ambrose was shot and killed by Tad Quist in Lowell in 2019. Quist was charged with murder. "
            + "Quist was sentenced to life without parole on Tuesday.",
        "Nell Ambrose|person|nell-ambrose", "Tad Quist|person|tad-quist", "Quist|person|tad-quist", "Lowell|place|lowell"));
    assertEquals(List.of("case/killing-of-nell-ambrose charge \"murder\""), c.lines("charge"));
    assertEquals(List.of("case/killing-of-nell-ambrose sentence \"life without parole\""), c.lines("sentence"));
    assertTrue(c.lines().stream().noneMatch(l -> l.startsWith("case/case-against")), c.lines().toString());
  }

  @Test
  void aDefendantWithoutAVictimsCaseHasOneCaseForAllThatIsTold() {
    // "before the shooting" marks an earlier matter, but with no victims told it is the only case of its defendant
    var c = TestArticles.run(x, TestArticles.context(WED,
        "A week before the shooting, Una Bell was arrested and charged with fraud. Una Bell was later charged with arson.",
        "Una Bell|person|una-bell"));
    assertEquals(List.of("case/case-against-una-bell charge \"fraud\"", "case/case-against-una-bell charge \"arson\""),
        c.lines("charge"));
    assertEquals(1, c.nodes.stream().filter(n -> n.ref().kind().equals("case")).map(n -> n.ref()).distinct().count(),
        c.nodes.toString());
  }

  @Test
  void theManWhoKilledAndTheSuspectIdentifiedAs() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "The man who fatally stabbed Iris Hale, Dov Mertz, was denied bail. "
            + "In another town, Olga Prest was beaten to death on Monday. The suspect was identified as Hugo Lamm.",
        "Iris Hale|person|iris-hale", "Dov Mertz|person|dov-mertz", "Olga Prest|person|olga-prest",
        "Hugo Lamm|person|hugo-lamm"));
    assertTrue(c.has("case/killing-of-iris-hale", "defendant", "person/dov-mertz"), c.lines().toString());
    assertTrue(c.has("case/killing-of-olga-prest", "defendant", "person/hugo-lamm"), c.lines().toString());
    assertTrue(!c.has("case/killing-of-olga-prest", "defendant", "person/dov-mertz"), c.lines().toString());
  }

  @Test
  void aRoleNounRefersOnlyToACaseItCanMean() {
    // a gunman is no stabber; a "suspected school shooter" names another matter, not the killing told
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Lena Roth was stabbed in a park on Monday. The gunman, Ivo Brandt, fled. "
            + "He cited suspected school shooter Rex Dunn and Mo Vale, who was arrested after allegedly killing Pia Lenz.",
        "Lena Roth|person|lena-roth", "Ivo Brandt|person|ivo-brandt", "Rex Dunn|person|rex-dunn",
        "Mo Vale|person|mo-vale", "Pia Lenz|person|pia-lenz"));
    assertTrue(c.lines("defendant").stream().noneMatch(l -> l.startsWith("case/stabbing-of-lena-roth")), c.lines().toString());
    assertTrue(c.has("case/case-against-ivo-brandt", "defendant", "person/ivo-brandt"), c.lines().toString());
    assertTrue(c.has("case/killing-of-pia-lenz", "defendant", "person/mo-vale"), c.lines().toString());
    assertTrue(!c.has("case/killing-of-pia-lenz", "defendant", "person/rex-dunn"), c.lines().toString());
  }

  @Test
  void theCaseAgainstTheKillerToldByAnotherArticleIsTheSameCase() {
    var first = TestArticles.context(WED,
        "Nell Ambrose was shot and killed by Tad Quist in Lowell in 2019.",
        "Nell Ambrose|person|nell-ambrose", "Tad Quist|person|tad-quist", "Lowell|place|lowell");
    var second = TestArticles.context(WED,
        "Tad Quist was sentenced to life without parole on Tuesday.",
        "Tad Quist|person|tad-quist");
    var third = TestArticles.context(WED,
        "Una Bell was arrested and charged with fraud.", "Una Bell|person|una-bell");
    List<org.newsgraph.extract.ArticleGraph> graphs = x.reconcile(List.of(graph(first), graph(second), graph(third)));
    var facts = graphs.get(1).facts().stream().map(f -> f.subject() + " " + f.property() + " " + f.object()).toList();
    assertTrue(facts.contains("case/killing-of-nell-ambrose defendant person/tad-quist"), facts.toString());
    assertTrue(facts.stream().noneMatch(f -> f.startsWith("case/case-against")), facts.toString());
    assertTrue(graphs.get(1).nodes().stream().anyMatch(n -> n.ref().toString().equals("case/killing-of-nell-ambrose")
        && n.label().equals("Killing of Nell Ambrose")), graphs.get(1).nodes().toString());
    // nobody killed anyone in the third story: its case stays its own
    assertTrue(graphs.get(2).facts().stream().anyMatch(f -> f.subject().toString().equals("case/case-against-una-bell")));
    assertEquals(graph(first).facts(), graphs.get(0).facts());
  }

  @Test
  void aDefendantOfTwoKillingsKeepsHisOtherCaseApart() {
    var first = TestArticles.context(WED,
        "Nell Ambrose was killed by Tad Quist in 2019.",
        "Nell Ambrose|person|nell-ambrose", "Tad Quist|person|tad-quist");
    var other = TestArticles.context(WED,
        "Ola Penn was murdered by Tad Quist in 2020.", "Ola Penn|person|ola-penn", "Tad Quist|person|tad-quist");
    var second = TestArticles.context(WED,
        "Tad Quist was sentenced to death.", "Tad Quist|person|tad-quist");
    List<org.newsgraph.extract.ArticleGraph> graphs = x.reconcile(List.of(graph(first), graph(second), graph(other)));
    assertTrue(graphs.get(1).facts().stream().anyMatch(f -> f.subject().toString().equals("case/case-against-tad-quist")),
        graphs.get(1).facts().toString());
    assertTrue(graphs.get(1).facts().stream().allMatch(f -> !f.subject().kind().equals("case")
        || f.subject().toString().equals("case/case-against-tad-quist")), graphs.get(1).facts().toString());
  }

  private org.newsgraph.extract.ArticleGraph graph(org.newsgraph.extract.ArticleContext a) {
    var g = new org.newsgraph.extract.GraphBuilder();
    x.extract(a, g);
    return g.build(a.article());
  }
}
