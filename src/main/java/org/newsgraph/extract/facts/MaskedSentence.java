package org.newsgraph.extract.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * A sentence whose names (and policy phrases) are replaced by placeholders such as
 * {@code ⟨P0⟩}, so that lexicon patterns can speak of "a person", "an organisation" or "a policy".
 * Typographic quotes, apostrophes and dashes are folded to ASCII. Offsets map back to the article.
 */
public final class MaskedSentence {
  private static final java.util.regex.Pattern SUBJECT_PRONOUN = java.util.regex.Pattern.compile("[Hh]e|[Ss]he");
  private final ArticleContext article;
  private final Sentence sentence;
  private final String text;
  private final int[] origin;
  private final List<Slot> slots;
  private List<Slot> articlePersons = List.of();
  private java.util.function.IntFunction<Optional<Ref>> previousSubject = i -> Optional.empty();

  private MaskedSentence(ArticleContext article, Sentence sentence, String text, int[] origin, List<Slot> slots) {
    this.article = article;
    this.sentence = sentence;
    this.text = text;
    this.origin = origin;
    this.slots = slots;
  }

  /** Masks sentence {@code index}: its name mentions, and the given extra slots (policy phrases) that overlap no name. */
  public static MaskedSentence of(ArticleContext a, int index, List<Slot> extra) {
    Sentence s = a.sentences().get(index);
    List<Slot> all = new ArrayList<>();
    for (Mention m : a.mentionsIn(index)) {
      all.add(new Slot(code(m.type()), m.start(), m.end(), m, m.entity(), m.text()));
    }
    for (Slot x : extra) {
      boolean clash = all.stream().anyMatch(o -> x.start() < o.end() && o.start() < x.end());
      if (!clash && x.start() >= s.start() && x.end() <= s.end()) {
        all.add(x);
      }
    }
    all.sort(Comparator.comparingInt(Slot::start));
    String at = a.text();
    StringBuilder b = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    int pos = s.start();
    List<Slot> kept = new ArrayList<>();
    for (Slot x : all) {
      if (x.start() < pos) {
        continue; // overlapping mentions: keep the first
      }
      for (; pos < x.start(); pos++) {
        b.append(fold(at.charAt(pos)));
        map.add(pos);
      }
      String ph = Template.OPEN + "" + x.code() + kept.size() + Template.CLOSE;
      for (int i = 0; i < ph.length(); i++) {
        b.append(ph.charAt(i));
        map.add(i == 0 ? x.start() : x.end() - 1);
      }
      kept.add(x);
      pos = x.end();
    }
    for (; pos < s.end(); pos++) {
      b.append(fold(at.charAt(pos)));
      map.add(pos);
    }
    map.add(s.end());
    int[] origin = map.stream().mapToInt(Integer::intValue).toArray();
    return new MaskedSentence(a, s, b.toString(), origin, kept);
  }

  static char code(EntityType t) {
    switch (t) {
      case PERSON:
        return 'P';
      case ORGANIZATION:
        return 'O';
      default:
        return 'L';
    }
  }

  static char fold(char c) {
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u02BC':
      case '\u2032':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u2033':
        return '"';
      case '\u2013':
      case '\u2014':
      case '\u2012':
        return '-';
      case '\u00A0':
      case '\n':
      case '\r':
      case '\t':
        return ' ';
      default:
        return c;
    }
  }

  public String text() {
    return text;
  }

  public Sentence sentence() {
    return sentence;
  }

  public ArticleContext article() {
    return article;
  }

  public List<Slot> slots() {
    return slots;
  }

  /** The article offset of a masked position (the end of the sentence for {@code text().length()}). */
  public int origin(int maskedIndex) {
    return origin[maskedIndex];
  }

  /** Article offset just after the masked character before {@code maskedEnd}. */
  public int originEnd(int maskedEnd) {
    if (maskedEnd <= 0) {
      return origin[0];
    }
    return origin[maskedEnd - 1] + 1;
  }

  /** Slots whose placeholders lie inside a masked range, in order. */
  public List<Slot> slotsIn(int from, int to) {
    List<Slot> out = new ArrayList<>();
    int i = text.indexOf(Template.OPEN, from);
    while (i >= 0 && i < to) {
      int close = text.indexOf(Template.CLOSE, i);
      if (close < 0 || close >= to) {
        break;
      }
      out.add(slots.get(Integer.parseInt(text.substring(i + 2, close))));
      i = text.indexOf(Template.OPEN, close);
    }
    return out;
  }

  /**
   * What a matched group refers to: the slot's entity, or for a pronoun the last person named
   * before it in the article (excluding {@code exclude}, e.g. the speaker of a quotation).
   */
  public Optional<Ref> resolve(int from, int to, Ref exclude) {
    if (from < 0 || to <= from) {
      return Optional.empty();
    }
    List<Slot> in = slotsIn(from, to);
    if (!in.isEmpty()) {
      return Optional.of(in.get(0).ref());
    }
    boolean subject = SUBJECT_PRONOUN.matcher(text.substring(from, to)).matches();
    boolean nameBefore = slotsIn(0, from).stream().anyMatch(x -> x.code() == 'P');
    if (subject && !nameBefore) {
      // a sentence that opens on "She ..." continues about the subject of the one before
      Optional<Ref> p = previousSubject.apply(sentence.index());
      if (p.isPresent() && !p.get().equals(exclude)) {
        return p;
      }
    }
    return lastPersonBefore(origin(from), exclude);
  }

  public Optional<Ref> resolve(int from, int to) {
    return resolve(from, to, null);
  }

  void previousSubject(java.util.function.IntFunction<Optional<Ref>> f) {
    this.previousSubject = f;
  }

  /** Every person named in the article (mentions and surnames), in text order: what pronouns may mean. */
  void articlePersons(List<Slot> persons) {
    this.articlePersons = persons;
  }

  /** The last person named before an article offset, skipping one entity. */
  public Optional<Ref> lastPersonBefore(int offset, Ref exclude) {
    Ref best = null;
    List<Slot> persons = articlePersons;
    if (persons.isEmpty()) {
      persons = new ArrayList<>();
      for (Mention m : article.mentions()) {
        if (m.type() == EntityType.PERSON) {
          persons.add(new Slot('P', m.start(), m.end(), m, m.entity(), m.text()));
        }
      }
    }
    for (Slot m : persons) {
      if (m.end() <= offset && !m.ref().equals(exclude)) {
        best = m.ref();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Evidence for a masked range. */
  public Evidence evidence(int from, int to, double confidence, String method) {
    int s = origin(from);
    int e = Math.max(s, originEnd(to));
    return new Evidence(sentence.text(), s, e, confidence, method);
  }

  /** The article text behind a masked range. */
  public String original(int from, int to) {
    return article.text().substring(origin(from), Math.max(origin(from), originEnd(to)));
  }
}
