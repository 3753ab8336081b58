package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

class CombinedNameFinderTest {
  /** A finder that always answers the given names (stands in for a model's fixed output). */
  private static NameFinder answering(NameSpan... spans) {
    return s -> List.of(spans);
  }

  private static NameSpan span(int s, int e, EntityType t) {
    return new NameSpan(s, e, t, 0.9, "model");
  }

  private static List<String> describe(Sentence s, List<NameSpan> spans) {
    return spans.stream()
        .map(n -> n.type() + ":" + s.text().substring(s.tokens().get(n.start()).start(), s.tokens().get(n.end() - 1).end()))
        .toList();
  }

  @Test
  void titleRetypesAndTrims() {
    Sentence s = Sentences.of("Sheriff/PROPN Dana/PROPN Whitlock/PROPN spoke/VERB ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(0, 3, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    // the title inside the span is evidence too: trimmed, the name follows a title
    assertEquals(List.of("PERSON:Dana Whitlock"), describe(s, f.find(s)));
    NameFinder g = new CombinedNameFinder(answering(span(1, 3, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("PERSON:Dana Whitlock"), describe(s, g.find(s)));
    NameFinder h = new CombinedNameFinder(answering(span(0, 3, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of("PERSON:Dana Whitlock"), describe(s, h.find(s)));
  }

  @Test
  void organisationHeadRetypesModelName() {
    Sentence s = Sentences.of("the/DET Brookvale/PROPN Tenants/PROPN Association/PROPN met/VERB");
    NameFinder f = new CombinedNameFinder(answering(span(1, 4, EntityType.PLACE)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Brookvale Tenants Association"), describe(s, f.find(s)));
  }

  @Test
  void missedNamesWithEvidenceAreAdded() {
    Sentence s =
        Sentences.of(
            "Deputy/PROPN Lorne/PROPN Beckett/PROPN of/ADP the/DET Quarry/PROPN Falls/PROPN Housing/PROPN Authority/PROPN visited/VERB Lisbon/PROPN ,/PUNCT Ohio/PROPN");
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    assertEquals(
        List.of(
            "PERSON:Lorne Beckett",
            "ORGANIZATION:Quarry Falls Housing Authority",
            "PLACE:Lisbon",
            "PLACE:Ohio"),
        describe(s, f.find(s)));
  }

  @Test
  void properNounRunsWithoutEvidenceAreNotAdded() {
    Sentence s = Sentences.of("Lorne/PROPN Beckett/PROPN visited/VERB ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    assertEquals(List.of(), f.find(s));
  }

  @Test
  void creditNamesAreDropped() {
    Sentence s =
        Sentences.of("(/PUNCT Dana/PROPN Whitlock/PROPN //PUNCT Getty/PROPN Images/PROPN )/PUNCT");
    NameFinder f =
        new CombinedNameFinder(
            answering(span(1, 3, EntityType.PERSON), span(4, 6, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of(), f.find(s));
  }

  private static NameFinder withRules(NameSpan... model) {
    return new CombinedNameFinder(answering(model), org.newsgraph.nlp.RuleNameFinder.standard(), NerLexicon.standard());
  }

  @Test
  void modelNameHoldingATitleIsSplitByTheRuleFinder() {
    Sentence s =
        Sentences.of(
            "Harlow/PROPN County/PROPN District/PROPN Attorney/PROPN Dana/PROPN Whitlock/PROPN spoke/VERB ./PUNCT");
    List<String> found = describe(s, withRules(span(0, 6, EntityType.ORGANIZATION)).find(s));
    assertEquals(List.of("PLACE:Harlow County", "PERSON:Dana Whitlock"), found);
    // a model name that cuts the title in two
    List<String> cut =
        describe(s, withRules(span(0, 3, EntityType.ORGANIZATION), span(4, 6, EntityType.PERSON)).find(s));
    assertEquals(List.of("PLACE:Harlow County", "PERSON:Dana Whitlock"), cut);
  }

  @Test
  void modelNameThatIsOnlyATitleIsDropped() {
    Sentence s = Sentences.of("the/DET DA/PROPN said/VERB ./PUNCT");
    assertEquals(List.of(), withRules(span(1, 2, EntityType.ORGANIZATION)).find(s));
  }

  @Test
  void countyTypedAsOrganisationBecomesAPlace() {
    Sentence s = Sentences.of("prosecutors/NOUN in/ADP Harlow/PROPN County/PROPN said/VERB ./PUNCT");
    assertEquals(List.of("PLACE:Harlow County"), describe(s, withRules(span(2, 4, EntityType.ORGANIZATION)).find(s)));
  }

  @Test
  void laterMentionsInTheDocumentKeepTheirType() {
    NameFinder f = new CombinedNameFinder(
        sentence -> sentence.tokens().size() > 3 ? List.of(span(0, 2, EntityType.PERSON)) : List.of(),
        null, NerLexicon.standard());
    Sentence first = Sentences.of("Dana/PROPN Whitlock/PROPN spoke/VERB today/NOUN ./PUNCT");
    Sentence later = Sentences.of("Whitlock/PROPN left/VERB ./PUNCT");
    f.find(first);
    assertEquals(List.of("PERSON:Whitlock"), describe(later, f.find(later)));
    f.clearAdaptiveData();
    assertEquals(List.of(), f.find(later), "forgotten at a document boundary");
  }

  @Test
  void placeAfterPlaceAndCommaIsAPlace() {
    Sentence s = Sentences.of("born/VERB in/ADP Quarrow/PROPN ,/PUNCT Lower/PROPN Vell/PROPN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(2, 3, EntityType.PLACE)), null, NerLexicon.standard());
    assertEquals(List.of("PLACE:Quarrow", "PLACE:Lower Vell"), describe(s, f.find(s)));
  }

  @Test
  void ordinalBelongsToTheOrganisation() {
    Sentence s = Sentences.of("the/DET 65th/ADJ Air/PROPN Division/PROPN moved/VERB");
    NameFinder f = new CombinedNameFinder(answering(span(2, 4, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:65th Air Division"), describe(s, f.find(s)));
  }

  @Test
  void aBareNumberBelongsToAMilitaryUnit() {
    Sentence s = Sentences.of("redesignated/VERB 65/NUM Air/PROPN Division/PROPN in/ADP 1952/NUM");
    NameFinder f = new CombinedNameFinder(answering(span(2, 4, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:65 Air Division"), describe(s, f.find(s)));
    Sentence p = Sentences.of("it/PRON sent/VERB 3/NUM Air/PROPN Force/PROPN planes/NOUN");
    NameFinder g = new CombinedNameFinder(answering(span(3, 5, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Air Force"), describe(p, g.find(p)), "no unit head");
  }

  @Test
  void documentMajorityRetypesALaterName() {
    DocumentMemory m = new DocumentMemory();
    String[] w = {"Quarrow", "won"};
    m.remember(w, List.of(span(0, 1, EntityType.ORGANIZATION)));
    m.remember(w, List.of(span(0, 1, EntityType.ORGANIZATION)));
    List<NameSpan> later = new java.util.ArrayList<>(List.of(span(0, 1, EntityType.PLACE)));
    m.retype(w, later);
    assertEquals(EntityType.ORGANIZATION, later.get(0).type());
  }

  @Test
  void namesGrowIntoAHeadWordOrAPlacePrefix() {
    Sentence s = Sentences.of("the/DET Quarrow/PROPN Orchestra/PROPN played/VERB in/ADP Old/PROPN Vell/PROPN");
    NameFinder f =
        new CombinedNameFinder(answering(span(1, 2, EntityType.PLACE), span(6, 7, EntityType.PLACE)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Quarrow Orchestra", "PLACE:Old Vell"), describe(s, f.find(s)));
  }

  @Test
  void countyFromTheRuleFinderIsAddedWhereTheModelIsSilent() {
    Sentence s =
        Sentences.of("critics/NOUN include/VERB Harlow/PROPN County/PROPN Sheriff/PROPN Dana/PROPN Whitlock/PROPN ./PUNCT");
    assertEquals(List.of("PLACE:Harlow County", "PERSON:Dana Whitlock"),
        describe(s, withRules(span(5, 7, EntityType.PERSON)).find(s)));
  }

  @Test
  void personInAPlaceSlotIsAPlace() {
    Sentence s = Sentences.of("the/DET festival/NOUN is/AUX held/VERB in/ADP Quarrow/PROPN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(5, 6, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of("PLACE:Quarrow"), describe(s, f.find(s)));
    Sentence p = Sentences.of("the/DET view/NOUN in/ADP Maria/PROPN Quarrow/PROPN 's/PART book/NOUN");
    NameFinder g = new CombinedNameFinder(answering(span(3, 5, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of("PERSON:Maria Quarrow"), describe(p, g.find(p)));
  }

  @Test
  void titleWordBeforeAnInstitutionIsPartOfItsName() {
    Sentence s = Sentences.of("a/DET Major/PROPN Quarrow/PROPN League/PROPN pitcher/NOUN");
    NameFinder f = new CombinedNameFinder(answering(span(2, 4, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Major Quarrow League"), describe(s, f.find(s)));
  }

  @Test
  void acronymAndClubNicknameAreRememberedInTheDocument() {
    NameFinder f = new CombinedNameFinder(
        sentence -> sentence.tokens().size() > 5 ? List.of(span(1, 4, EntityType.ORGANIZATION), span(8, 10, EntityType.PLACE))
            : List.of(), null, NerLexicon.standard());
    Sentence first = Sentences.of(
        "the/DET Quarrow/PROPN Harbor/PROPN Laboratory/PROPN (/PUNCT QHL/PROPN )/PUNCT hosted/VERB"
            + " Boston/PROPN Vellarians/PROPN ./PUNCT");
    assertEquals(List.of("ORGANIZATION:Quarrow Harbor Laboratory", "ORGANIZATION:QHL",
        "ORGANIZATION:Boston Vellarians"), describe(first, f.find(first)));
    Sentence later = Sentences.of("QHL/PROPN beat/VERB the/DET Vellarians/PROPN");
    assertEquals(List.of("ORGANIZATION:QHL", "ORGANIZATION:Vellarians"), describe(later, f.find(later)));
    f.clearAdaptiveData();
    // the nickname is forgotten at a document boundary; QHL stays an organisation by its shape
    assertEquals(List.of("ORGANIZATION:QHL"), describe(later, f.find(later)));
  }

  @Test
  void capitalisedHeadTaggedAsNounStillEndsTheName() {
    Sentence s = Sentences.of("signed/VERB with/ADP Quillon/PROPN Records/NOUN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Quillon Records"), describe(s, f.find(s)));
  }

  @Test
  void nicknameInQuotesJoinsFirstAndLastName() {
    Sentence s = Sentences.of(
        "Dana/PROPN Lee/PROPN \"/PUNCT Buckshot/PROPN \"/PUNCT Quarrow/PROPN won/VERB ./PUNCT");
    NameFinder f = new CombinedNameFinder(
        answering(span(0, 2, EntityType.PERSON), span(5, 6, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of("PERSON:Dana Lee \" Buckshot \" Quarrow"), describe(s, f.find(s)));
  }

  @Test
  void aLoneTitleIsNoPerson() {
    Sentence s = Sentences.of("the/DET Governor/PROPN General/PROPN of/ADP Canada/PROPN");
    NameFinder f = new CombinedNameFinder(
        answering(span(2, 3, EntityType.PERSON), span(4, 5, EntityType.PLACE)), null, NerLexicon.standard());
    assertEquals(List.of("PLACE:Canada"), describe(s, f.find(s)));
  }

  @Test
  void aLoneTitleThatIsAKnownSurnameStaysAPerson() {
    NameFinder f = new CombinedNameFinder(
        sentence -> sentence.tokens().size() > 3 ? List.of(span(0, 2, EntityType.PERSON)) : List.of(span(0, 1, EntityType.PERSON)),
        null, NerLexicon.standard());
    Sentence first = Sentences.of("Dana/PROPN General/PROPN spoke/VERB today/NOUN ./PUNCT");
    f.find(first);
    Sentence later = Sentences.of("General/PROPN left/VERB ./PUNCT");
    assertEquals(List.of("PERSON:General"), describe(later, f.find(later)));
  }

  @Test
  void anOrganisationNounBeforeANameTypesItsLaterMentions() {
    NameFinder f = new CombinedNameFinder(
        sentence -> List.of(span(sentence.tokens().size() - 2, sentence.tokens().size() - 1, EntityType.PERSON)),
        null, NerLexicon.standard());
    Sentence first = Sentences.of("he/PRON joined/VERB the/DET band/NOUN Quillon/PROPN ./PUNCT");
    assertEquals(List.of("ORGANIZATION:Quillon"), describe(first, f.find(first)));
    Sentence later = Sentences.of("later/ADV they/PRON left/VERB Quillon/PROPN ./PUNCT");
    assertEquals(List.of("ORGANIZATION:Quillon"), describe(later, f.find(later)));
  }

  @Test
  void aPlaceBeforeAndJoinsTheOrganisationAfterIt() {
    Sentence s = Sentences.of("by/ADP the/DET Quarrow/PROPN and/CCONJ South/PROPN Vell/PROPN Railway/PROPN ./PUNCT");
    NameFinder f = new CombinedNameFinder(
        answering(span(2, 3, EntityType.PLACE), span(4, 7, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Quarrow and South Vell Railway"), describe(s, f.find(s)));
    // two organisations in a list stay two
    Sentence l = Sentences.of("the/DET Vell/PROPN Society/PROPN and/CCONJ Quarrow/PROPN Union/PROPN");
    NameFinder g = new CombinedNameFinder(
        answering(span(1, 3, EntityType.ORGANIZATION), span(4, 6, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Vell Society", "ORGANIZATION:Quarrow Union"), describe(l, g.find(l)));
  }

  @Test
  void aCapitalisedAdjectiveStartsAnInstitutionsName() {
    Sentence s = Sentences.of("the/DET Cold/ADJ Quarrow/PROPN Harbor/PROPN Laboratory/NOUN opened/VERB ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Cold Quarrow Harbor Laboratory"), describe(s, f.find(s)));
  }

  @Test
  void anAppositionDoesNotOverruleATitle() {
    Sentence s = Sentences.of("Mr./PROPN Quillon/PROPN ,/PUNCT the/DET retailer/NOUN who/PRON left/VERB");
    NameFinder f = new CombinedNameFinder(answering(span(1, 2, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of("PERSON:Quillon"), describe(s, f.find(s)));
  }

  @Test
  void aLoneUnknownWordTheModelAloneCallsAPersonIsDropped() {
    Sentence s = Sentences.of("the/DET printers/NOUN were/AUX made/VERB by/ADP Quorvane/PROPN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(5, 6, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of(), f.find(s));
    // a known family name stays a person
    Sentence k = Sentences.of("the/DET printers/NOUN were/AUX made/VERB by/ADP Harris/PROPN ./PUNCT");
    assertEquals(List.of("PERSON:Harris"), describe(k, f.find(k)));
    // and so does the last name of a person named in full earlier in the document
    NameFinder g = new CombinedNameFinder(
        sentence -> sentence.tokens().size() > 4 ? List.of(span(0, 2, EntityType.PERSON)) : List.of(span(0, 1, EntityType.PERSON)),
        null, NerLexicon.standard());
    g.find(Sentences.of("Dana/PROPN Quorvane/PROPN spoke/VERB today/NOUN ./PUNCT"));
    Sentence later = Sentences.of("Quorvane/PROPN left/VERB ./PUNCT");
    assertEquals(List.of("PERSON:Quorvane"), describe(later, g.find(later)));
  }

  @Test
  void anAcronymOfACommonNounIsNoName() {
    Sentence s = Sentences.of("he/PRON won/VERB by/ADP KO/PROPN after/ADP a/DET DNA/PROPN test/NOUN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(3, 4, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of(), f.find(s));
  }

  @Test
  void theCapitalisedRunAfterAnOrganisationNounIsAnOrganisation() {
    Sentence s = Sentences.of("he/PRON joined/VERB the/DET punk/NOUN band/NOUN The/DET Quarrow/PROPN Lights/PROPN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(6, 8, EntityType.PERSON)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:The Quarrow Lights"), describe(s, f.find(s)));
    Sentence v = Sentences.of("the/DET industrial/ADJ band/NOUN Sinking/VERB Vell/PROPN toured/VERB");
    assertEquals(List.of("ORGANIZATION:Sinking Vell"), describe(v, new CombinedNameFinder(answering(), null, NerLexicon.standard()).find(v)));
    Sentence a = Sentences.of("by/ADP the/DET rock/NOUN band/NOUN ,/PUNCT Quarrows/PROPN ./PUNCT");
    assertEquals(List.of("ORGANIZATION:Quarrows"), describe(a, new CombinedNameFinder(answering(), null, NerLexicon.standard()).find(a)));
    // a person after the noun is no organisation ("the firm Dana Roe founded")
    Sentence p = Sentences.of("the/DET firm/NOUN Dana/PROPN Quillon/PROPN founded/VERB");
    assertEquals(List.of("PERSON:Dana Quillon"),
        describe(p, new CombinedNameFinder(answering(span(2, 4, EntityType.PERSON)), null, NerLexicon.standard()).find(p)));
  }

  @Test
  void theRunAfterTheTownOfIsAPlace() {
    Sentence s = Sentences.of("a/DET hamlet/NOUN in/ADP the/DET parish/NOUN of/ADP Quarrowby/PROPN near/ADP the/DET coast/NOUN");
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    assertEquals(List.of("PLACE:Quarrowby"), describe(s, f.find(s)));
  }

  @Test
  void aListOfNamesAndDatesIsNoTitleCaseHeadline() {
    Sentence s = Sentences.of("Quarrow/PROPN Air/PROPN Command/PROPN ,/PUNCT 27/NUM March/PROPN 1943/NUM ;/PUNCT"
        + " Eighth/ADJ Fighter/PROPN Quarrows/PROPN ,/PUNCT 6/NUM May/PROPN 1943/NUM");
    NameFinder f = new CombinedNameFinder(
        answering(span(0, 3, EntityType.ORGANIZATION), span(8, 11, EntityType.ORGANIZATION)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Quarrow Air Command", "ORGANIZATION:Eighth Fighter Quarrows"), describe(s, f.find(s)));
  }

  @Test
  void aCapitalisedCommonNounBeforeAnOrganisationHeadStartsTheName() {
    Sentence s = Sentences.of("the/DET album/NOUN came/VERB out/ADP on/ADP Sorrow/NOUN Records/NOUN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Sorrow Records"), describe(s, f.find(s)));
    Sentence d = Sentences.of("he/PRON said/VERB The/DET Records/NOUN show/VERB it/PRON");
    assertEquals(List.of(), f.find(d), "no name starts with a determiner");
  }

  @Test
  void anAdministrativeHeadInsideALongerNameMakesNoPlace() {
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    Sentence s = Sentences.of("shops/NOUN at/ADP Quarrow/PROPN Village/PROPN Mall/PROPN closed/VERB ./PUNCT");
    assertEquals(List.of(), f.find(s));
    Sentence t = Sentences.of("said/VERB Quarrow/PROPN County/PROPN Prosecutor/PROPN Dana/PROPN Vell/PROPN ./PUNCT");
    assertEquals("PLACE:Quarrow County", describe(t, f.find(t)).get(0), "before a title it is a place");
  }

  @Test
  void aPlaceGrowsOverCapitalisedWordsIntoAnOrganisationHead() {
    Sentence s = Sentences.of("they/PRON play/VERB in/ADP the/DET Quarrow/PROPN Intercollegiate/ADJ Athletic/ADJ Conference/PROPN ./PUNCT");
    NameFinder f = new CombinedNameFinder(answering(span(4, 5, EntityType.PLACE)), null, NerLexicon.standard());
    assertEquals(List.of("ORGANIZATION:Quarrow Intercollegiate Athletic Conference"), describe(s, f.find(s)));
  }

  @Test
  void namesListedBeforeAPluralOrganisationNounAreOrganisations() {
    NameFinder f = new CombinedNameFinder(answering(), null, NerLexicon.standard());
    Sentence s = Sentences.of("The/DET QRVA/PROPN ,/PUNCT Vell/PROPN and/CCONJ Quarrow/PROPN companies/NOUN merged/VERB");
    assertEquals(List.of("ORGANIZATION:QRVA", "ORGANIZATION:Vell", "ORGANIZATION:Quarrow"), describe(s, f.find(s)));
    Sentence p = Sentences.of("than/ADP the/DET Vellish/ADJ or/CCONJ Quarrow/PROPN parties/NOUN");
    assertEquals(List.of("ORGANIZATION:Vellish", "ORGANIZATION:Quarrow"), describe(p, f.find(p)));
    Sentence d = Sentences.of("the/DET Republican/ADJ and/CCONJ Democratic/ADJ parties/NOUN agreed/VERB");
    assertEquals(List.of(), f.find(d), "party words");
    Sentence one = Sentences.of("the/DET Quarrow/PROPN companies/NOUN merged/VERB");
    assertEquals(List.of(), f.find(one), "one name is no list");
  }
}
