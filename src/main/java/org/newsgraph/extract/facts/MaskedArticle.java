package org.newsgraph.extract.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.policy.PolicyScheme;
import org.newsgraph.nlp.Budget;
import org.newsgraph.nlp.EntityType;

/** Every sentence of an article masked, with policy phrases and nominal references as slots. */
public final class MaskedArticle {
  private static final Pattern NOMINALS = nominals();
  private static final Pattern OPENS_WITH_PRONOUN = Pattern.compile("\\W*(?:[Hh]e|[Ss]he)\\b");
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?:'|\u2019)s?$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Lu}[\\p{L}-]+(?:(?:'|\u2019)s?)?(?![\\p{L}])");

  private final ArticleContext article;
  private final List<MaskedSentence> sentences = new ArrayList<>();
  private final Optional<Ref> mainPerson;

  private MaskedArticle(ArticleContext a, Optional<PolicyScheme> policies) {
    this.article = a;
    this.mainPerson = mainPerson(a);
    String text = a.text();
    Surnames surnames = Surnames.of(a);
    Covered covered = new Covered(a.mentions());
    for (int i = 0; i < a.sentences().size(); i++) {
      Budget.check();
      var s = a.sentences().get(i);
      List<Slot> extra = new ArrayList<>();
      if (policies.isPresent()) {
        extra.addAll(policies.get().find(text, s.start(), s.end()));
      }
      extra.addAll(surnames(a, s.start(), s.end(), surnames, covered));
      extra.addAll(kinNames(a, s.start(), s.end(), extra, covered));
      if (mainPerson.isPresent()) {
        Matcher m = NOMINALS.matcher(text.substring(s.start(), s.end()));
        while (m.find()) {
          extra.add(new Slot('N', s.start() + m.start(), s.start() + m.end(), null, mainPerson.get(), m.group()));
        }
      }
      sentences.add(MaskedSentence.of(a, i, extra));
    }
    List<Slot> persons = new ArrayList<>();
    for (MaskedSentence s : sentences) {
      s.slots().stream().filter(x -> x.code() == 'P').forEach(persons::add);
    }
    for (MaskedSentence s : sentences) {
      s.articlePersons(persons);
      s.previousSubject(this::previousSubject);
    }
  }

  /**
   * Capitalised words that no mention covers but that are the surname of exactly one person named
   * in full in this article ("Ruiz's critics", "Ruiz said"), or a known name of the corpus.
   */
  /** The surnames of the people named in full in an article, and those two of them share. */
  private record Surnames(Map<String, Ref> bySurname, Map<String, Integer> count) {
    static Surnames of(ArticleContext a) {
      Map<String, Ref> bySurname = new HashMap<>();
      Map<String, Integer> count = new HashMap<>();
      Map<Ref, Boolean> seen = new HashMap<>();
      for (Mention m : a.mentions()) {
        String[] w = m.text().trim().split("\\s+");
        if (m.type() != EntityType.PERSON || w.length < 2 || seen.put(m.entity(), true) != null) {
          continue;
        }
        String key = fold(w[w.length - 1].replaceAll("[.,]", ""));
        if (key.equals("jr") || key.equals("sr") || key.length() < 3) {
          key = fold(w[w.length - 2].replaceAll("[.,]", ""));
        }
        if (bySurname.containsKey(key) && !bySurname.get(key).equals(m.entity())) {
          count.merge(key, 1, Integer::sum);
        }
        bySurname.put(key, m.entity());
      }
      return new Surnames(bySurname, count);
    }
  }

  /**
   * Whether a mention covers part of a span, answered by binary search over the mentions (in text
   * order) instead of a scan of all of them for every capitalised word.
   */
  private static final class Covered {
    private final int[] starts;
    private final int[] maxEnd; // the largest end among the mentions up to this one

    Covered(List<Mention> mentions) {
      List<Mention> byStart = new ArrayList<>(mentions);
      byStart.sort(java.util.Comparator.comparingInt(Mention::start));
      starts = new int[byStart.size()];
      maxEnd = new int[byStart.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = byStart.get(i).start();
        maxEnd[i] = Math.max(byStart.get(i).end(), i == 0 ? Integer.MIN_VALUE : maxEnd[i - 1]);
      }
    }

    /** Whether some mention starts before {@code end} and ends after {@code start}. */
    boolean any(int start, int end) {
      int lo = 0;
      int hi = starts.length; // the first mention starting at or after end: lo, once lo == hi
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < end) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 && maxEnd[lo - 1] > start;
    }
  }

  private static List<Slot> surnames(ArticleContext a, int from, int to, Surnames known, Covered mentions) {
    Map<String, Ref> bySurname = known.bySurname;
    Map<String, Integer> count = known.count;
    List<Slot> out = new ArrayList<>();
    String text = a.text();
    Matcher m = CAPITALISED.matcher(text.substring(from, to));
    while (m.find()) {
      int st = from + m.start();
      String word = POSSESSIVE_END.matcher(m.group()).replaceAll("");
      int en = st + word.length();
      if (mentions.any(st, en)) {
        continue;
      }
      String key = fold(word);
      if (count.containsKey(key)) {
        continue; // two people of the article share this surname
      }
      Ref r = bySurname.get(key);
      if (r == null && word.length() > 3) {
        r = a.entityNamed(word, EntityType.PERSON).orElse(null);
      }
      if (r != null) {
        out.add(new Slot('P', st, en, null, r, word));
      }
    }
    return out;
  }

  /**
   * A lone first name the name finder missed, right after a kinship noun of a named person ("Ana
   * Ruiz's son, Tom, 20, was ...", "Ana Ruiz, whose son Tom was ..."): a person of the family,
   * minted as {@code person/<first name>-<the relative's surname>} so that two articles telling of
   * the same child name the same resource. Only children take the relative's surname (the
   * dominant convention, so the guess is usually right); a sibling or spouse named by first name
   * only is not minted, as married siblings and spouses often bear other surnames ("Ana Ruiz's
   * sister, Eva" may be Eva Lund): a wrong full name would be a false fact.
   */
  private static List<Slot> kinNames(ArticleContext a, int from, int to, List<Slot> extra, Covered mentions) {
    List<Slot> out = new ArrayList<>();
    String text = a.text();
    String part = text.substring(from, to);
    Matcher m = KIN_NAME.matcher(part);
    while (m.find()) {
      int st = from + m.start("name");
      int en = from + m.end("name");
      int relEnd = from + m.start();
      boolean covered = mentions.any(st, en) || extra.stream().anyMatch(x -> st < x.end() && x.start() < en);
      if (covered) {
        continue;
      }
      // the relative: the person named right before the kinship phrase
      Mention relative = null;
      for (Mention x : a.mentions()) {
        if (x.type() == EntityType.PERSON && x.end() <= relEnd && relEnd - x.end() <= 3) {
          relative = x;
        }
      }
      Ref relRef = relative != null ? relative.entity() : null;
      String relText = relative != null ? relative.text() : null;
      if (relative == null) {
        for (Slot x : extra) {
          if (x.code() == 'P' && x.end() <= relEnd && relEnd - x.end() <= 3) {
            relRef = x.ref();
            relText = x.text();
          }
        }
      }
      if (relRef == null) {
        continue;
      }
      String label = a.labelOf(relRef).orElse(relText);
      String[] w = label.trim().split("\\s+");
      String surname = w[w.length - 1];
      String first = m.group("name");
      if (w.length < 2 || fold(first).equals(fold(surname))) {
        continue;
      }
      Ref minted = new Ref("person", Slugs.join(first, surname));
      out.add(new Slot('P', st, en, null, minted, first));
    }
    return out;
  }

  private static final Pattern KIN_NAME = kinName();

  private static Pattern kinName() {
    Lexicon fam = Lexicon.load("family.tsv");
    String kin = "(?:" + fam.macro("CHILD") + ")";
    return Pattern.compile("(?:['\u2019]s?|,?\\s+whose)\\s+(?:\\d{1,3}-year-old\\s+)?" + kin
        + ",?\\s+(?<name>\\p{Lu}\\p{Ll}{2,})(?=\\s*,|\\s+(?:was|is|had|has|who|died)\\b)");
  }

  /** Without accents, in lower case; ASCII needs neither the decomposition nor the marks' pattern. */
  static String fold(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  public static MaskedArticle of(ArticleContext a, Optional<PolicyScheme> policies) {
    return new MaskedArticle(a, policies);
  }

  public ArticleContext article() {
    return article;
  }

  public List<MaskedSentence> sentences() {
    return sentences;
  }

  public MaskedSentence get(int i) {
    return sentences.get(i);
  }

  /**
   * The person a pronoun subject of an attribution means ("...," he said): the first person named
   * in the nearest sentence before {@code sentence} that names one (the subject of the last
   * narration), as news style puts the speaker there.
   */
  public Optional<Ref> previousSubject(int sentence) {
    for (int i = sentence - 1; i >= 0; i--) {
      Budget.check();
      if (OPENS_WITH_PRONOUN.matcher(sentences.get(i).text()).lookingAt()) {
        continue; // "She frequently attends ...": the subject goes on from further back
      }
      for (Slot x : sentences.get(i).slots()) {
        if (x.code() == 'P') {
          return Optional.of(x.ref());
        }
      }
    }
    return Optional.empty();
  }

  /** The longest surface form of an entity in this article (its fullest name here), or its slug. */
  public String label(Ref r) {
    String best = null;
    for (Mention m : article.mentions()) {
      if (m.entity().equals(r) && (best == null || m.text().length() > best.length())) {
        best = m.text();
      }
    }
    if (best != null) {
      return article.labelOf(r).orElse(best);
    }
    return article.labelOf(r).orElse(DeclaringSink.titleCase(r.slug()));
  }

  /** The person named most often in the article (first named on ties): whom "the DA" means. */
  public Optional<Ref> mainPerson() {
    return mainPerson;
  }

  static Optional<Ref> mainPerson(ArticleContext a) {
    Map<Ref, Integer> count = new HashMap<>();
    Ref best = null;
    for (Mention m : a.mentions()) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      int c = count.merge(m.entity(), 1, Integer::sum);
      if (best == null || c > count.get(best)) {
        best = m.entity();
      }
    }
    return Optional.ofNullable(best);
  }

  private static Pattern nominals() {
    List<String> alts = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load("nominal-references.tsv").rows()) {
      alts.add(Pattern.quote(r.get(0)).replace(" ", "\\E\\s+\\Q"));
    }
    alts.sort((x, y) -> y.length() - x.length());
    return Pattern.compile("(?i)\\b(?:" + String.join("|", alts) + ")\\b");
  }
}
