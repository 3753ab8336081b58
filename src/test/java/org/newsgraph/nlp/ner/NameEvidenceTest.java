package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

class NameEvidenceTest {
  private final NameEvidence rules = new NameEvidence(NerLexicon.standard());
  private final SpanEdits edits = new SpanEdits(NerLexicon.standard(), rules);

  private static NameSpan span(int s, int e, EntityType t) {
    return new NameSpan(s, e, t, 1, "test");
  }

  @Test
  void titleBeforeSaysPerson() {
    Sentence s = Sentences.of("Sheriff/PROPN Dana/PROPN Whitlock/PROPN spoke/VERB ./PUNCT");
    assertTrue(rules.titleBefore(s, span(1, 3, EntityType.ORGANIZATION)));
    assertEquals(EntityType.PERSON, rules.decide(s, span(1, 3, EntityType.ORGANIZATION)));
    assertFalse(rules.titleBefore(s, span(0, 3, EntityType.PERSON)));
  }

  @Test
  void leadingTitlesAreTrimmedFromNames() {
    Sentence s = Sentences.of("Sen./PROPN Dana/PROPN Whitlock/PROPN voted/VERB");
    NameSpan t = edits.trimTitles(s, span(0, 3, EntityType.PERSON));
    assertEquals(1, t.start());
    assertEquals(3, t.end());
    Sentence k = Sentences.of("King/PROPN County/PROPN voted/VERB");
    assertEquals(span(0, 2, EntityType.PERSON), edits.trimTitles(k, span(0, 2, EntityType.PERSON)), "a title word inside a county name");
  }

  @Test
  void organisationHeadWordOrDesignatorSaysOrganisation() {
    Sentence s = Sentences.of("the/DET Brookvale/PROPN Tenants/PROPN Association/PROPN met/VERB");
    assertTrue(rules.organisationHead(s, span(1, 4, EntityType.PERSON)));
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(1, 4, EntityType.PERSON)));
    Sentence d = Sentences.of("Quillon/PROPN Inc./PROPN said/VERB");
    assertTrue(rules.organisationHead(d, span(0, 1, EntityType.PERSON)));
    // a one-word head alone is not evidence ("Association" by itself)
    assertFalse(rules.organisationHead(s, span(3, 4, EntityType.PERSON)));
  }

  @Test
  void organisationHeadBeatsTitle() {
    Sentence s = Sentences.of("the/DET Sheriff/PROPN Harlan/PROPN Department/PROPN said/VERB");
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(2, 4, EntityType.PERSON)));
  }

  @Test
  void cityCommaStateSaysPlace() {
    Sentence s = Sentences.of("in/ADP Brookvale/PROPN ,/PUNCT Ohio/PROPN ,/PUNCT police/NOUN said/VERB");
    assertTrue(rules.places.cityState(s, span(1, 2, EntityType.PERSON)));
    assertTrue(rules.places.stateAfterCity(s, span(3, 4, EntityType.PERSON)));
    assertEquals(EntityType.PLACE, rules.decide(s, span(1, 2, EntityType.PERSON)));
  }

  @Test
  void nameCommaCountrySaysPlaceWhenTheCountryEndsThePhrase() {
    Sentence s = Sentences.of("moved/VERB to/ADP Quarrow/PROPN ,/PUNCT Denmark/PROPN ,/PUNCT in/ADP 1950/NUM");
    assertEquals(EntityType.PLACE, rules.decide(s, span(2, 3, EntityType.PERSON)));
    Sentence r = Sentences.of("Quarrow/PROPN ,/PUNCT England/PROPN ./PUNCT");
    assertTrue(rules.places.cityState(r, span(0, 1, EntityType.PERSON)), "a region");
    Sentence p = Sentences.of("said/VERB Quarrow/PROPN ,/PUNCT Denmark/PROPN 's/PART ambassador/NOUN");
    assertFalse(rules.places.cityState(p, span(1, 2, EntityType.PERSON)), "the country's ambassador");
    Sentence f = Sentences.of("said/VERB Dana/PROPN Quarrow/PROPN ,/PUNCT Denmark/PROPN ,/PUNCT");
    assertFalse(rules.places.cityState(f, span(1, 3, EntityType.PERSON)), "starts with a first name");
  }

  @Test
  void aBandALabelOrACasinoEndsAnOrganisation() {
    Sentence s = Sentences.of("with/ADP the/DET Dana/PROPN Quillon/PROPN Band/PROPN and/CCONJ Vell/PROPN Music/PROPN");
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(2, 5, EntityType.PERSON)));
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(6, 8, EntityType.PERSON)));
    assertFalse(rules.personShaped(s, span(2, 5, EntityType.ORGANIZATION)));
    Sentence c = Sentences.of("at/ADP the/DET Quarrow/PROPN Casino/PROPN");
    assertEquals(EntityType.ORGANIZATION, rules.decide(c, span(2, 4, EntityType.PERSON)));
  }

  @Test
  void aGrandPrixOrCupsAreEvents() {
    Sentence s = Sentences.of("won/VERB the/DET Quarrow/PROPN Grand/PROPN Prix/PROPN and/CCONJ two/NUM Vell/PROPN Cups/PROPN");
    assertTrue(rules.notOurName(s, span(2, 5, EntityType.PLACE)));
    assertTrue(rules.notOurName(s, span(7, 9, EntityType.PERSON)));
  }

  @Test
  void aRoadAPlaceOrAWayEndsAPlace() {
    Sentence s = Sentences.of("at/ADP East/PROPN Quarrow/PROPN Way/PROPN and/CCONJ Vell/PROPN Place/PROPN near/ADP Dorn/PROPN Road/PROPN");
    assertEquals(EntityType.PLACE, rules.decide(s, span(1, 4, EntityType.ORGANIZATION)));
    assertEquals(EntityType.PLACE, rules.decide(s, span(5, 7, EntityType.ORGANIZATION)));
    assertEquals(EntityType.PLACE, rules.decide(s, span(8, 10, EntityType.PERSON)));
  }

  @Test
  void hallOfFameIsAnOrganisation() {
    Sentence s = Sentences.of("the/DET Quarrow/PROPN Hall/PROPN of/ADP Fame/PROPN honours/VERB players/NOUN");
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(1, 5, EntityType.PLACE)));
  }

  @Test
  void countryAfterPrepositionSaysPlace() {
    Sentence s = Sentences.of("He/PRON lived/VERB in/ADP Portugal/PROPN ./PUNCT");
    assertTrue(rules.places.placeAfterPreposition(s, span(3, 4, EntityType.PERSON)));
    // a country's or US state's name is a place by its own words, with or without a preposition
    Sentence t = Sentences.of("He/PRON met/VERB Portugal/PROPN ./PUNCT");
    assertEquals(EntityType.PLACE, rules.decide(t, span(2, 3, EntityType.PERSON)));
    Sentence u = Sentences.of("He/PRON met/VERB Gov./PROPN Carey/PROPN ./PUNCT");
    assertEquals(EntityType.PERSON, rules.decide(u, span(3, 4, EntityType.PERSON)));
  }

  @Test
  void namesInPhotoCreditsAreFound() {
    Sentence s =
        Sentences.of("(/PUNCT Dana/PROPN Whitlock/PROPN //PUNCT Getty/PROPN Images/PROPN )/PUNCT");
    assertTrue(rules.inCredit(s, span(1, 3, EntityType.PERSON)));
    Sentence t = Sentences.of("(/PUNCT Dana/PROPN Whitlock/PROPN ,/PUNCT 52/NUM )/PUNCT");
    assertFalse(rules.inCredit(t, span(1, 3, EntityType.PERSON)));
  }

  @Test
  void possessiveOrganisation() {
    Sentence s =
        Sentences.of("the/DET Harlow/PROPN County/PROPN Sheriff/PROPN 's/PART Department/PROPN said/VERB");
    assertEquals(
        java.util.List.of(new NameSpan(1, 6, EntityType.ORGANIZATION, 0.8, "rule:possessive-org")),
        edits.possessiveOrganisations(s));
    Sentence t = Sentences.of("the/DET sheriff/NOUN 's/PART department/NOUN said/VERB");
    assertEquals(java.util.List.of(), edits.possessiveOrganisations(t));
  }

  @Test
  void acronymIsAnOrganisationUnlessPlaceOrHeadline() {
    Sentence s = Sentences.of("The/DET QXRA/PROPN said/VERB ,/PUNCT and/CCONJ USA/PROPN agreed/VERB");
    assertTrue(rules.acronym(s, span(1, 2, EntityType.PERSON), false));
    assertFalse(rules.acronym(s, span(5, 6, EntityType.PERSON), false), "a place");
    assertFalse(rules.acronym(s, span(1, 2, EntityType.PERSON), true), "in a headline");
    assertTrue(NameEvidence.acronymLike("6PR"));
    Sentence two = Sentences.of("on/ADP QX/PROPN today/NOUN");
    assertFalse(rules.acronym(two, span(1, 2, EntityType.PERSON), false), "two letters");
    assertFalse(NameEvidence.acronymLike("Quarrow"));
    assertFalse(NameEvidence.acronymLike("1996"));
  }

  @Test
  void aProductCodeIsNoAcronymOfAnOrganisation() {
    Sentence s = Sentences.of("the/DET QX400T/PROPN and/CCONJ the/DET Q9XR/PROPN sold/VERB to/ADP 3QX/PROPN and/CCONJ QXR9/PROPN");
    assertFalse(rules.acronym(s, span(1, 2, EntityType.PERSON), false), "digits between letters");
    assertFalse(rules.acronym(s, span(4, 5, EntityType.PERSON), false));
    assertTrue(rules.acronym(s, span(7, 8, EntityType.PERSON), false), "a number before the letters");
    assertTrue(rules.acronym(s, span(9, 10, EntityType.PERSON), false), "a number after them");
  }

  @Test
  void definingSentenceGivesTheType() {
    Sentence v = Sentences.of("Quarrow/PROPN is/AUX a/DET small/ADJ village/NOUN in/ADP Kent/PROPN ./PUNCT");
    assertEquals(EntityType.PLACE, rules.definition(v, span(0, 1, EntityType.PERSON)));
    Sentence b = Sentences.of("The/DET Quarrows/PROPN are/AUX a/DET Welsh/ADJ rock/NOUN band/NOUN ./PUNCT");
    assertEquals(EntityType.ORGANIZATION, rules.definition(b, span(1, 2, EntityType.PERSON)));
    Sentence p = Sentences.of("Dana/PROPN Quarrow/PROPN (/PUNCT born/VERB 1970/NUM )/PUNCT was/AUX an/DET English/ADJ footballer/NOUN");
    assertEquals(EntityType.PERSON, rules.definition(p, span(0, 2, EntityType.PLACE)));
    Sentence n = Sentences.of("He/PRON said/VERB Quarrow/PROPN is/AUX a/DET village/NOUN");
    assertNull(rules.definition(n, span(2, 3, EntityType.PERSON)), "not at the start of the sentence");
  }

  @Test
  void organisationNounBeforeANameSaysOrganisation() {
    Sentence s = Sentences.of("songwriter/NOUN of/ADP the/DET band/NOUN Quillon/PROPN ./PUNCT");
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(4, 5, EntityType.PERSON)));
    // "label" as a verb is no cue
    Sentence v = Sentences.of("they/PRON label/VERB Quillon/PROPN a/DET liar/NOUN");
    assertFalse(rules.orgCueBefore(v, span(2, 3, EntityType.PERSON)));
  }

  @Test
  void placeHeadOrPrefixSaysPlace() {
    Sentence s = Sentences.of("over/ADP Quarrow/PROPN Brook/PROPN and/CCONJ River/PROPN Vell/PROPN ./PUNCT");
    assertEquals(EntityType.PLACE, rules.decide(s, span(1, 3, EntityType.PERSON)));
    assertEquals(EntityType.PLACE, rules.decide(s, span(4, 6, EntityType.PERSON)));
    // an organisation head wins: "Quarrow Brook Foundation"
    Sentence o = Sentences.of("the/DET Quarrow/PROPN Brook/PROPN Foundation/PROPN said/VERB");
    assertEquals(EntityType.ORGANIZATION, rules.decide(o, span(1, 4, EntityType.PLACE)));
  }

  @Test
  void placeFollowedByAPluralOrClubDesignatorIsAClub() {
    Sentence s = Sentences.of("the/DET Boston/PROPN Quarrows/PROPN beat/VERB Ohio/PROPN HC/PROPN ./PUNCT");
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(1, 3, EntityType.PLACE)));
    assertEquals(EntityType.ORGANIZATION, rules.decide(s, span(4, 6, EntityType.PLACE)));
    Sentence p = Sentences.of("Ohio/PROPN Republicans/PROPN voted/VERB");
    assertFalse(rules.sportsClub(p, span(0, 2, EntityType.ORGANIZATION)), "a plural that names people");
    Sentence g = Sentences.of("Gary/PROPN Jones/PROPN spoke/VERB");
    assertFalse(rules.sportsClub(g, span(0, 2, EntityType.PERSON)), "a person whose first name is a city");
  }

  @Test
  void nationalityWordsAreNoNamesAndNoPartOfAPersonsName() {
    Sentence s = Sentences.of("fellow/ADJ Minnesotan/PROPN Scott/PROPN Quarrow/PROPN and/CCONJ Kenyan/ADJ runners/NOUN");
    assertEquals(span(2, 4, EntityType.PERSON).start(), edits.trimDemonym(s, span(1, 4, EntityType.ORGANIZATION)).start());
    assertEquals(EntityType.PERSON, edits.trimDemonym(s, span(1, 4, EntityType.ORGANIZATION)).type());
    assertTrue(rules.loneDemonym(s, span(5, 6, EntityType.PLACE)));
    assertFalse(rules.loneDemonym(s, span(3, 4, EntityType.PERSON)));
    // an institution keeps its nationality word
    Sentence i = Sentences.of("the/DET Canadian/ADJ Scott/PROPN Foundation/PROPN");
    assertEquals(1, edits.trimDemonym(i, span(1, 4, EntityType.ORGANIZATION)).start());
  }

  @Test
  void acronymInBracketsAfterANameIsThatName() {
    Sentence s = Sentences.of(
        "the/DET Quarrow/PROPN Harbor/PROPN Laboratory/PROPN (/PUNCT QHL/PROPN )/PUNCT and/CCONJ");
    NameSpan a = edits.acronymAfter(s, span(1, 4, EntityType.ORGANIZATION));
    assertEquals(5, a.start());
    assertEquals(EntityType.ORGANIZATION, a.type());
    Sentence w = Sentences.of("the/DET World/PROPN Series/PROPN of/ADP Vell/PROPN (/PUNCT WSOV/PROPN )/PUNCT");
    assertEquals(6, edits.acronymAfter(w, span(1, 5, EntityType.ORGANIZATION)).start(), "initials of all words");
    Sentence n = Sentences.of("the/DET Quarrow/PROPN Harbor/PROPN (/PUNCT USA/PROPN )/PUNCT");
    assertNull(edits.acronymAfter(n, span(1, 3, EntityType.ORGANIZATION)), "letters that do not match");
  }

  @Test
  void organisationHeadGoesOnOverOfAndAName() {
    Sentence s = Sentences.of("the/DET Quarrow/PROPN League/PROPN of/ADP Rights/PROPN is/AUX");
    NameSpan x = edits.ofExtension(s, span(1, 3, EntityType.ORGANIZATION));
    assertEquals(5, x.end());
    Sentence f = Sentences.of("the/DET Center/PROPN for/ADP Quarrow/PROPN Vellum/PROPN said/VERB");
    assertEquals(5, edits.ofExtension(f, span(1, 2, EntityType.ORGANIZATION)).end(), "'for' as well");
    Sentence p = Sentences.of("the/DET Quarrow/PROPN League/PROPN of/ADP Ohio/PROPN is/AUX");
    assertNull(edits.ofExtension(p, span(1, 3, EntityType.ORGANIZATION)), "a place after 'of' is its own name");
  }

  @Test
  void appositionSaysWhatTheNameIs() {
    Sentence s = Sentences.of("sold/VERB to/ADP Quillon/PROPN ,/PUNCT a/DET Danish/ADJ retail/ADJ company/NOUN ./PUNCT");
    assertEquals(EntityType.ORGANIZATION, rules.appositive(s, span(2, 3, EntityType.PERSON)));
    Sentence n = Sentences.of("Dana/PROPN Quillon/PROPN ,/PUNCT a/DET company/NOUN spokeswoman/NOUN ,/PUNCT said/VERB");
    assertNull(rules.appositive(n, span(0, 2, EntityType.PERSON)), "the noun does not end the phrase");
  }

  @Test
  void eventsPrizesAndLoneHeadsOrDesignatorsAreNotOurNames() {
    Sentence s = Sentences.of("won/VERB the/DET Quarrow/PROPN Cup/PROPN and/CCONJ the/DET Institute/PROPN left/VERB");
    assertTrue(rules.notOurName(s, span(2, 4, EntityType.ORGANIZATION)));
    assertTrue(rules.notOurName(s, span(6, 7, EntityType.ORGANIZATION)));
    Sentence d = Sentences.of("Quillon/PROPN ,/PUNCT Inc./PROPN said/VERB");
    assertTrue(rules.notOurName(d, span(2, 3, EntityType.ORGANIZATION)));
    assertFalse(rules.notOurName(d, span(0, 1, EntityType.ORGANIZATION)));
  }

  @Test
  void guardsOnTheNewRules() {
    Sentence w = Sentences.of("beat/VERB West/PROPN Quarrows/PROPN ./PUNCT");
    assertFalse(rules.sportsClub(w, span(1, 3, EntityType.PLACE)), "a direction word is no place");
    Sentence a = Sentences.of("the/DET Boston/ADJ Quarrows/PROPN");
    assertFalse(rules.sportsClub(a, span(1, 3, EntityType.PLACE)), "an adjective is no place");
    Sentence g = Sentences.of("in/ADP group/NOUN C/PROPN matches/NOUN");
    assertFalse(rules.orgCueBefore(g, span(2, 3, EntityType.PERSON)), "one letter is no name");
    Sentence h = Sentences.of("OHIO/PROPN AT/PROPN QUARROW/PROPN CREEK/PROPN");
    assertFalse(rules.places.placeHead(h, span(1, 4, EntityType.PLACE)), "a headline in capitals");
  }
}
