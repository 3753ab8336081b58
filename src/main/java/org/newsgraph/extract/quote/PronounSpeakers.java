package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.Sexes;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Who "he", "she", "it" or "they" is when it speaks a quotation. Candidates, in turn: the speaker
 * just quoted when the verb goes on ("she added"); the person the sentence before opens on (its
 * subject); the speaker of the quotation just before (within two paragraphs: a speaker quoted at
 * length); what the article's {@link Coreference} says; the first person named in the nearest
 * sentence before. The first candidate of the pronoun's sex (as far as the article tells it) who is
 * not someone the article says was killed wins. "it"/"they" speak only for an organisation.
 * Remembers the last speaker of the article being read: one per extractor, articles in turn.
 */
final class PronounSpeakers {
  private static final Set<String> PERSON = Set.of("he", "she");
  private static final Set<String> GROUP = Set.of("it", "they");
  /** What an inverted cue comes after: the clause it reports ends on a comma or a closing mark. */
  private static final Set<String> AFTER_CLAUSE = Set.of(",", "\u201d", "\"", "''");
  private static final Pattern INITIALS_AT_END = Pattern.compile("(\\S+)\\s+(?:\\p{Lu}\\.){1,3}$");

  /** The subject of the sentence before is a name the article's names do not know. */
  private static final Optional<Ref> UNKNOWN = Optional.of(new Ref("person", "unknown"));

  private final Cues cues;
  private Ref lastSpeaker;
  private int lastSpeakerBlock = -10;
  private int currentBlock = -10;
  private Set<Ref> victims = Set.of();
  private boolean[] inQuote = new boolean[0];

  PronounSpeakers(Cues cues) {
    this.cues = cues;
  }

  /** Forgets the speakers of the article before. */
  void startArticle(ArticleContext a, boolean[] inQuote) {
    this.inQuote = inQuote;
    lastSpeaker = null;
    lastSpeakerBlock = -10;
    currentBlock = -10;
    victims = Victims.of(a, cues);
  }

  /** The paragraph of the quotation being attributed. */
  void atBlock(int block) {
    currentBlock = block;
  }

  /** A quotation ending in paragraph {@code block} was given to {@code speaker}. */
  void spoke(Ref speaker, int block) {
    lastSpeaker = speaker;
    lastSpeakerBlock = block;
  }

  static boolean isPronoun(String lowerWord) {
    return PERSON.contains(lowerWord) || GROUP.contains(lowerWord);
  }

  /** The speaker a subject pronoun stands for; {@code goesOn}: its verb continues ("added"). */
  Optional<Ref> resolve(ArticleContext a, Sentence s, int word, boolean goesOn) {
    String p = s.tokens().get(word).text().toLowerCase(Locale.ROOT);
    Coreference coref = Coreference.in(a);
    if (GROUP.contains(p)) {
      Optional<Ref> r = coref.at(s.index(), word);
      return r.filter(x -> typeOf(a, x) == EntityType.ORGANIZATION);
    }
    if (!PERSON.contains(p)) {
      return Optional.empty();
    }
    Sexes.Sex sex = p.equals("he") ? Sexes.Sex.MALE : Sexes.Sex.FEMALE;
    List<Ref> candidates = new ArrayList<>();
    boolean recent = lastSpeaker != null && currentBlock - lastSpeakerBlock <= 2;
    if (goesOn && recent && currentBlock - lastSpeakerBlock <= 1) {
      candidates.add(lastSpeaker);
    }
    Optional<Ref> before = previousSubject(a, s, coref, sex);
    if (before == UNKNOWN) {
      return first(a, coref, candidates, sex); // the sentence before is about someone unknown: no guess
    }
    before.ifPresent(candidates::add);
    Optional<Ref> near = nearest(a, s, coref, sex);
    if (recent) {
      if (near.isPresent() && coref.sex(near.get()) == sex && coref.sex(lastSpeaker) == Sexes.Sex.UNKNOWN) {
        candidates.add(near.get()); // "she": the woman just named rather than a speaker of unknown sex
      }
      candidates.add(lastSpeaker);
    }
    coref.at(s.index(), word).filter(r -> !namedOnlyInQuotes(a, s, r)).ifPresent(candidates::add);
    near.ifPresent(candidates::add);
    return first(a, coref, candidates, sex);
  }

  /** The first candidate who is a person of that sex (or of unknown sex) and was not killed. */
  private Optional<Ref> first(ArticleContext a, Coreference coref, List<Ref> candidates, Sexes.Sex sex) {
    for (Ref r : candidates) {
      if (typeOf(a, r) == EntityType.PERSON && fits(coref, r, sex) && !victims.contains(r)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether a sentence names someone only inside quotation marks (a name quoted is no antecedent). */
  private boolean namedOnlyInQuotes(ArticleContext a, Sentence s, Ref r) {
    boolean quoted = false;
    for (Mention m : a.mentionsIn(s.index())) {
      if (m.entity().equals(r)) {
        if (!inQuote[m.start()]) {
          return false;
        }
        quoted = true;
      }
    }
    return quoted;
  }

  private static boolean fits(Coreference coref, Ref r, Sexes.Sex sex) {
    Sexes.Sex known = coref.sex(r);
    return known == Sexes.Sex.UNKNOWN || known == sex;
  }

  private static EntityType typeOf(ArticleContext a, Ref r) {
    for (Mention m : a.mentions()) {
      if (m.entity().equals(r)) {
        return m.type();
      }
    }
    return null;
  }

  /**
   * The subject of the sentence before (two back when one is all quoted): the first person it
   * names before any verb ("Veteran prosecutor Ana Ruiz spoke."), or the person its main verb's
   * subject names, or the person an inverted cue names ("..., noted Ana Ruiz"); {@link #UNKNOWN}
   * when that subject is a name the article's names do not know;
   * what the coreference says when it opens on he/she.
   */
  private Optional<Ref> previousSubject(ArticleContext a, Sentence s, Coreference coref, Sexes.Sex sex) {
    for (int back = s.index() - 1; back >= 0 && back >= s.index() - 2; back--) {
      int k = back;
      while (k > 0 && afterInitials(a, k)) {
        k--; // "... and scholar J.R." | "Rob Haskell at ...": one sentence split after initials
      }
      Sentence prev = a.sentences().get(k);
      int first = firstWordOutsideQuotes(a, prev);
      if (first < 0) {
        continue; // a sentence wholly inside a quotation: look further back
      }
      List<Token> t = prev.tokens();
      String w = t.get(first).text().toLowerCase(Locale.ROOT);
      if (PERSON.contains(w)) {
        // "She rejected it." goes on with whom the article's coreference says; "'...,' she said"
        // again: the speaker quoted before, below
        boolean opens = t.get(0).start() == t.get(first).start();
        return opens ? coref.resolved(k, first).filter(r -> !namedOnlyInQuotes(a, prev, r)) : Optional.empty();
      }
      Tree tree = new Tree(prev);
      int root = tree.root();
      for (int c : root < 0 || inQuote[t.get(root).start()] ? List.<Integer>of() : tree.childrenLike(root, "nsubj")) {
        Optional<Mention> m = a.mentionAt(k, c);
        if (m.isPresent() && afterPreposition(tree, m.get())) {
          m = apposedPerson(a, k, tree, c); // "In an interview with Ana Ruiz, Lee said": Lee
          if (m.isEmpty()) {
            continue;
          }
        }
        if (m.isPresent() && m.get().type() == EntityType.PERSON && fits(coref, m.get().entity(), sex)
            && !SurfaceSpeakers.possessive(a, m.get())) {
          return Optional.of(m.get().entity()); // "Anticipating blowback, Ana Ruiz said ..."
        }
        if (m.isEmpty() && t.get(c).pos().equals("PROPN") && !inQuote[t.get(c).start()]) {
          return UNKNOWN; // "Ruis believes ...", a misspelt name: whom "she" means is not known
        }
      }
      Optional<Mention> inverted = invertedSpeaker(a, prev);
      if (inverted.isPresent()) {
        return inverted.filter(m -> fits(coref, m.entity(), sex)).map(Mention::entity);
      }
      for (Mention m : a.mentionsIn(k)) {
        if (m.type() != EntityType.PERSON || inQuote[m.start()] || !fits(coref, m.entity(), sex)
            || SurfaceSpeakers.possessive(a, m)) {
          continue; // "X's son, Y, said ...": the son is the subject, not X
        }
        for (int i = 0; i < m.startToken(); i++) {
          String pos = t.get(i).pos();
          if (pos.equals("VERB") || pos.equals("AUX")) {
            return Optional.empty(); // a verb before the first person named: not the subject
          }
        }
        return Optional.of(m.entity());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a name the parse made a subject has a preposition of its own ("with Ana Ruiz, Lee said"). */
  private static boolean afterPreposition(Tree tree, Mention m) {
    for (int i = m.startToken(); i < m.endToken(); i++) {
      if (!tree.children(i, "case").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The person named in apposition to a word ("with Ana Ruiz, Lee": Lee), if any. */
  private static Optional<Mention> apposedPerson(ArticleContext a, int sentence, Tree tree, int w) {
    for (int c : tree.children(w, "appos")) {
      Optional<Mention> m = a.mentionAt(sentence, c);
      if (m.isPresent() && m.get().type() == EntityType.PERSON) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * The person an inverted cue after a comma names ("..., noted NBC's Ana Ruiz."; "..., said Ana
   * Ruiz, a pollster."): who that sentence reports, so the one a "she" after it goes on with.
   */
  private Optional<Mention> invertedSpeaker(ArticleContext a, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 1; i < t.size(); i++) {
      if (inQuote[t.get(i).start()] || !cues.speech(t.get(i)) || !AFTER_CLAUSE.contains(t.get(i - 1).text())) {
        continue;
      }
      for (Mention m : a.mentionsIn(s.index())) {
        if (m.startToken() > i && m.startToken() <= i + 4 && !inQuote[m.start()]) {
          boolean person = m.type() == EntityType.PERSON && !SurfaceSpeakers.possessive(a, m);
          if (person) {
            return Optional.of(m);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether sentence {@code k} only goes on with the one before, split after a person's initials:
   * the one before ends in initials ("scholar A.E.", not "the U.S.") and {@code k} opens on a name.
   */
  private static boolean afterInitials(ArticleContext a, int k) {
    Sentence before = a.sentences().get(k - 1);
    Matcher m = INITIALS_AT_END.matcher(before.text());
    return m.find() && !m.group(1).equalsIgnoreCase("the") && !a.sentences().get(k).tokens().isEmpty()
        && a.sentences().get(k).tokens().get(0).pos().equals("PROPN");
  }

  /** The first token of a sentence outside quotation marks that is a word, or -1. */
  private int firstWordOutsideQuotes(ArticleContext a, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (Character.isLetter(t.get(i).text().charAt(0)) && !inQuote[t.get(i).start()]) {
        return i;
      }
    }
    return -1;
  }

  /** The first person named outside quotations in the nearest sentence before (up to six back). */
  private Optional<Ref> nearest(ArticleContext a, Sentence s, Coreference coref, Sexes.Sex sex) {
    int reach = 6;
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - reach; k--) {
      Sentence prev = a.sentences().get(k);
      int first = firstWordOutsideQuotes(a, prev);
      if (first >= 0 && PERSON.contains(prev.tokens().get(first).text().toLowerCase(Locale.ROOT)) && reach < 10) {
        reach++; // "She frequently attends ...": the subject goes on from further back
        continue;
      }
      for (Mention m : a.mentionsIn(k)) {
        if (m.type() == EntityType.PERSON && !inQuote[m.start()] && fits(coref, m.entity(), sex)) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }
}
