package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The words around a quotation that may say who spoke it: the sentences it touches (its frame),
 * a cue read from their surface, the sentence that introduces it with a colon, and whether it goes
 * on with the quotation before.
 */
final class Frames {
  /** A speaker, the cue that gave it and how sure the reading is. */
  record Cue(Ref speaker, String cue, double confidence) {}

  private final Cues cues;
  private final Referents referents;
  private final SurfaceSpeakers surface;

  Frames(Cues cues, Referents referents, SurfaceSpeakers surface) {
    this.cues = cues;
    this.referents = referents;
    this.surface = surface;
  }

  /** Sentences that overlap the quotation's first and last part. */
  static List<Sentence> sentences(ArticleContext a, Quotation q) {
    List<Sentence> out = new ArrayList<>();
    QuoteSpans.Span first = q.parts.get(0);
    for (Sentence s : a.sentences()) {
      boolean touchesStart = s.start() <= q.start() + 1 && q.start() - 1 <= s.end();
      // + 3: the closing mark and a space ("...do?\u201d asked X" split after the mark)
      boolean touchesEnd = (s.start() <= q.end() + 1
          || s.start() <= q.end() + 3 && a.text().substring(q.end(), s.start()).indexOf('\n') < 0)
          && q.end() - 1 <= s.end();
      boolean touchesFirst = s.end() >= first.start() - 1 && s.start() <= first.end() + 1;
      boolean touchesLast = s.end() >= q.parts.get(q.parts.size() - 1).start() - 1 && s.start() <= q.end() + 1;
      if (touchesStart || touchesEnd || (q.parts.size() == 1 && touchesFirst) || touchesLast) {
        out.add(s);
      } else if (!out.isEmpty() && s.index() == out.get(out.size() - 1).index() + 1 && isFragment(s)) {
        out.add(s); // "'...,' Rep. Ana Ruiz (D-Ore.) | said Friday": a sentence split after an abbreviation
      }
    }
    return out;
  }

  /** A "sentence" that opens on a lower-case word: the rest of one split in two. */
  static boolean isFragment(Sentence s) {
    return !s.tokens().isEmpty() && Character.isLowerCase(s.tokens().get(0).text().charAt(0));
  }

  /**
   * A cue opening a fragment ("said Friday"): the first person or organisation named after the
   * quotation in the sentence before it ("'...,' Rep. Ana Ruiz (D-Ore.)").
   */
  Optional<Cue> fragmentCue(ArticleContext a, Sentence s, Quotation q, boolean[] inQuote) {
    if (!isFragment(s) || !cues.speech(s.tokens().get(0)) || s.index() == 0) {
      return Optional.empty();
    }
    for (Mention m : a.mentionsIn(s.index() - 1)) {
      if (m.start() >= q.end() && !inQuote[m.start()] && m.type() != EntityType.PLACE) {
        return Optional.of(new Cue(m.entity(), s.tokens().get(0).text().toLowerCase(Locale.ROOT), 0.8));
      }
    }
    return Optional.empty();
  }

  /** The sentence that holds a character offset (the last one starting at or before it). */
  static Sentence sentenceAt(ArticleContext a, int offset) {
    Sentence best = a.sentences().get(0);
    for (Sentence s : a.sentences()) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return best;
  }

  /**
   * A cue verb or "according to" outside quotations in a sentence, and the speaker its
   * surroundings name. A verb that reports other words of its own ("X said he would ...": a
   * clausal complement with no quotation in it) is no cue for the quotation.
   */
  Optional<Cue> surfaceCue(ArticleContext a, Sentence s, boolean[] inQuote) {
    List<Token> t = s.tokens();
    Tree tree = new Tree(s);
    for (int i = 0; i < t.size(); i++) {
      if (inQuote[t.get(i).start()]) {
        continue;
      }
      if (cues.speech(t.get(i)) && !reportsOtherWords(tree, t, i, inQuote)) {
        Optional<Ref> who = surface.subjectOfCue(a, s, i, inQuote, cues.continuing(t.get(i)));
        if (who.isPresent()) {
          return Optional.of(new Cue(who.get(), t.get(i).text().toLowerCase(Locale.ROOT), 0.85));
        }
      }
      for (List<String> phrase : cues.after()) {
        if (matches(t, i, phrase)) {
          Optional<Mention> m = surface.firstMentionFrom(a, s, i + phrase.size(), 3, inQuote);
          if (m.isPresent()) {
            return Optional.of(new Cue(m.get().entity(), String.join(" ", phrase), 0.8));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a verb has a clausal complement with no quoted word in it. */
  private static boolean reportsOtherWords(Tree tree, List<Token> t, int verb, boolean[] inQuote) {
    for (int c : tree.childrenLike(verb, "ccomp")) {
      int[] span = tree.span(c);
      boolean quoted = false;
      for (int k = span[0]; k < span[1]; k++) {
        quoted |= inQuote[t.get(k).start()];
      }
      if (!quoted) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> t, int i, List<String> phrase) {
    if (i + phrase.size() > t.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!t.get(i + k).text().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Ruiz said:" right before the quotation (in its paragraph or closing the one before): the
   * subject of the last cue verb of that sentence.
   */
  Optional<Cue> colonIntro(ArticleContext a, Quotation q, boolean[] inQuote) {
    Sentence intro = null;
    for (Sentence s : a.sentences()) {
      if (s.end() < q.start()) {
        intro = s;
      }
    }
    if (intro == null || !endsWithColon(a.text(), intro, q.start())) {
      return Optional.empty();
    }
    List<Token> t = intro.tokens();
    Tree tree = new Tree(intro);
    for (int i = t.size() - 1; i >= 0; i--) {
      if (inQuote[t.get(i).start()] || !cues.linked(t.get(i))) {
        continue;
      }
      boolean goesOn = cues.continuing(t.get(i));
      Optional<Ref> who = Optional.empty();
      for (int subject : TreeSpeakers.subjectsOf(t, tree, i)) {
        if (who.isEmpty()) {
          who = referents.of(a, intro, tree, subject, goesOn);
        }
      }
      if (who.isEmpty()) {
        who = surface.subjectOfCue(a, intro, i, inQuote, cues.continuing(t.get(i)));
      }
      if (who.isPresent()) {
        return Optional.of(new Cue(who.get(), t.get(i).lemma().toLowerCase(Locale.ROOT), 0.8));
      }
    }
    return Optional.empty();
  }

  /** Whether a sentence ends with a colon and only quote marks and spaces (one paragraph break) follow up to an offset. */
  private static boolean endsWithColon(String text, Sentence s, int offset) {
    String between = text.substring(s.end(), Math.max(s.end(), offset));
    return text.substring(s.start(), s.end()).strip().endsWith(":")
        && between.replaceAll("[\\s\"\u201c\u2018']", "").isEmpty() && between.split("\n", -1).length <= 3;
  }

  /**
   * Whether a quotation with no cue of its own goes on with the one before: nothing but quotation
   * around it in its sentences, or it opens its sentence and nobody else is named between the two.
   */
  boolean continues(ArticleContext a, Quotation previous, Quotation q, boolean[] inQuote) {
    if (previous.speaker == null) {
      return false;
    }
    if (frameIsEmpty(a, q, inQuote)) {
      return true;
    }
    if (q.words(a.text()) < 3 || !opensSentence(a, q)) {
      return false;
    }
    for (Mention m : a.mentions()) {
      if (m.start() >= previous.end() && m.end() <= q.start() && m.type() != EntityType.PLACE
          && !m.entity().equals(previous.speaker)) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensSentence(ArticleContext a, Quotation q) {
    Sentence s = sentenceAt(a, q.start());
    String before = a.text().substring(s.start(), Math.max(s.start(), q.start()));
    return before.replaceAll("[\\s\"\u201c\u2018']", "").isEmpty();
  }

  private static boolean frameIsEmpty(ArticleContext a, Quotation q, boolean[] inQuote) {
    for (Sentence s : sentences(a, q)) {
      for (Token t : s.tokens()) {
        if (!inQuote[t.start()] && Character.isLetter(t.text().charAt(0))) {
          return false;
        }
      }
    }
    return true;
  }
}
