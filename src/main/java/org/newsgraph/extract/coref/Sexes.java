package org.newsgraph.extract.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.FirstNameSex;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The sex of the people of an article, as far as the text tells it: an honorific before a name
 * ("Mrs.", "Mr."), a kinship word that says it ("her husband, X", "X's wife"), else the first
 * name's (names given to both sexes and unknown names say nothing).
 */
public final class Sexes {
  /** What the text tells of a person's sex. */
  public enum Sex { MALE, FEMALE, UNKNOWN }

  private static final Set<String> MALE_HONORIFICS = Set.of("mr.", "mr");
  private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs.", "mrs", "ms.", "ms", "miss");
  private static final Set<String> MALE_WORDS = union(MALE_HONORIFICS, Set.of("husband", "son", "father", "brother",
      "widower", "stepfather", "stepson", "grandson", "grandfather", "nephew", "uncle", "boyfriend", "congressman",
      "councilman", "assemblyman", "chairman", "spokesman", "sir", "king", "prince"));
  private static final Set<String> FEMALE_WORDS = union(FEMALE_HONORIFICS, Set.of("wife", "daughter", "mother",
      "sister", "widow", "stepmother", "stepdaughter", "granddaughter", "grandmother", "niece", "aunt", "girlfriend",
      "congresswoman", "councilwoman", "assemblywoman", "chairwoman", "spokeswoman", "queen", "princess"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** The sex an honorific tells ("Mr." MALE; "Mrs.", "Ms.", "Miss" FEMALE), the word in lower case. */
  public static Sex ofHonorific(String lowerWord) {
    return MALE_HONORIFICS.contains(lowerWord) ? Sex.MALE : FEMALE_HONORIFICS.contains(lowerWord) ? Sex.FEMALE : Sex.UNKNOWN;
  }

  private final Map<Ref, Sex> sexes;

  private Sexes(Map<Ref, Sex> sexes) {
    this.sexes = sexes;
  }

  static Sexes of(ArticleContext a) {
    Map<Ref, Sex> out = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.type() != EntityType.PERSON || out.containsKey(m.entity())) {
        continue;
      }
      Sex word = fromWordBefore(a.sentences().get(m.sentence()), m);
      if (word != Sex.UNKNOWN) {
        out.put(m.entity(), word);
      }
    }
    for (Mention m : a.mentions()) {
      if (m.type() == EntityType.PERSON && !out.containsKey(m.entity())) {
        String label = a.labelOf(m);
        Optional<Character> s = FirstNameSex.of(label);
        s.ifPresent(c -> out.put(m.entity(), c == 'M' ? Sex.MALE : Sex.FEMALE));
      }
    }
    return new Sexes(Map.copyOf(out));
  }

  /** "Mrs. Roe", "her husband, Gary Roe", "his wife Ana": the word right before the name says it. */
  private static Sex fromWordBefore(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    for (int k = m.startToken() - 1; k >= Math.max(0, m.startToken() - 2); k--) {
      String w = t.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals(",")) {
        continue;
      }
      if (MALE_WORDS.contains(w)) {
        return Sex.MALE;
      }
      if (FEMALE_WORDS.contains(w)) {
        return Sex.FEMALE;
      }
      break;
    }
    return Sex.UNKNOWN;
  }

  public Sex of(Ref person) {
    return sexes.getOrDefault(person, Sex.UNKNOWN);
  }

  /** Whether a pronoun of sex {@code wanted} may refer to the person. */
  public boolean fits(Ref person, Sex wanted) {
    Sex s = of(person);
    return s == Sex.UNKNOWN || wanted == Sex.UNKNOWN || s == wanted;
  }
}
