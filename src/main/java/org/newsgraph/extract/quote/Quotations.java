package org.newsgraph.extract.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * Direct quotations and their speakers. The quotations are found by {@link QuoteFinder}; each gets
 * its speaker from the first of:
 *
 * <ol>
 *   <li>a signature after a dash ("\u201c...\u201d \u2015 Ana Ruiz");
 *   <li>the dependency tree of a sentence it touches ({@link TreeSpeakers});
 *   <li>the words around a cue verb or "according to" in those sentences ({@link SurfaceSpeakers});
 *   <li>a cue in the sentence that introduces it with a colon ("Ruiz said:" and a block quotation
 *       over several paragraphs, "She continued: '...'");
 *   <li>the speaker of the quotation just before it, in the same or the previous paragraph, when
 *       nothing between them names anyone else (a quotation continued: "'...,' Ruiz said. '...'").
 * </ol>
 *
 * Quotations of fewer than three words (scare quotes) are left out unless a cue names their speaker.
 */
public final class Quotations {
  private final String name;
  private final QuoteFinder finder;
  private final PronounSpeakers pronouns;
  private final Referents referents;
  private final TreeSpeakers tree;
  private final SurfaceSpeakers surface;
  private final Frames frames;

  public Quotations(Cues cues, String name) {
    this.name = name;
    this.finder = new QuoteFinder(cues);
    this.pronouns = new PronounSpeakers(cues);
    this.referents = new Referents(cues, pronouns);
    this.tree = new TreeSpeakers(cues, referents);
    this.surface = new SurfaceSpeakers(pronouns, referents);
    this.frames = new Frames(cues, referents, surface);
  }

  public void extract(ArticleContext a, FactSink sink) {
    QuoteFinder.Found found = finder.find(a);
    boolean[] inQuote = found.inQuote();
    pronouns.startArticle(a, inQuote);
    Quotation previous = null;
    int previousBlock = -10;
    for (Quotation q : found.quotes()) {
      int block = QuoteFinder.blockOf(a, q.start());
      pronouns.atBlock(block);
      attribute(a, q, inQuote);
      if (q.speaker == null && previous != null && block - previousBlock <= 1
          && frames.continues(a, previous, q, inQuote)) {
        q.attribute(previous.speaker, "continues-previous-quote", 0.6);
      }
      if (q.speaker != null) {
        emit(a, sink, q);
        previous = q;
        previousBlock = QuoteFinder.blockOf(a, q.end());
        pronouns.spoke(q.speaker, previousBlock);
      } else if (q.words(a.text()) >= 3) {
        previous = null;
      }
    }
  }

  private void attribute(ArticleContext a, Quotation q, boolean[] inQuote) {
    Optional<Ref> signed = signature(a, q);
    if (signed.isPresent()) {
      q.attribute(signed.get(), "signature", 0.8);
      return;
    }
    List<Sentence> frame = Frames.sentences(a, q);
    for (Sentence s : frame) {
      Optional<TreeSpeakers.Found> f = tree.speaker(a, s, q, inQuote);
      if (f.isPresent()) {
        if (f.get().speaker() != null) {
          q.attribute(f.get().speaker(), "tree:" + f.get().cue(), 0.85);
        }
        return;
      }
    }
    for (Sentence s : frame) {
      Optional<Frames.Cue> c = frames.fragmentCue(a, s, q, inQuote).or(() -> frames.surfaceCue(a, s, inQuote));
      if (c.isPresent()) {
        q.attribute(c.get().speaker(), "cue:" + c.get().cue(), c.get().confidence());
        return;
      }
    }
    Optional<Frames.Cue> intro = frames.colonIntro(a, q, inQuote);
    intro.ifPresent(c -> q.attribute(c.speaker(), "intro:" + c.cue(), 0.8));
  }

  /**
   * A quotation signed with a dash after its closing mark ("\u201c...\u201d \u2015 Ana Ruiz"), as in
   * pull quotes and reader collections: the name right after the dash (no-break spaces too).
   */
  private static Optional<Ref> signature(ArticleContext a, Quotation q) {
    String text = a.text();
    int i = q.end();
    while (i < text.length()
        && (text.charAt(i) == '\u201d' || text.charAt(i) == '"' || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014".indexOf(text.charAt(i)) < 0 || i - q.end() > 3) {
      return Optional.empty();
    }
    for (Mention m : a.mentions()) {
      if (m.start() > i && m.start() <= i + 3 && m.type() == EntityType.PERSON) {
        return Optional.of(m.entity());
      }
    }
    return Optional.empty();
  }

  private void emit(ArticleContext a, FactSink sink, Quotation q) {
    String text = a.text();
    String quoted = q.text(text);
    Ref ref = new Ref("quotation", a.article().slug() + "-" + q.start());
    String[] w = quoted.split("\\s+");
    String label = w.length <= 10 ? quoted : String.join(" ", Arrays.asList(w).subList(0, 10)) + " \u2026";
    sink.node(ref, List.of("Quotation"), label, List.of());
    Sentence first = Frames.sentenceAt(a, q.start());
    String evidenceText = text.substring(Math.min(first.start(), q.start()),
        Math.max(Frames.sentenceAt(a, q.end()).end(), q.end()));
    Evidence ev = new Evidence(evidenceText, q.start(), q.end(), q.confidence, name + ":" + q.method);
    sink.fact(ref, "text", Literal.string(quoted), ev);
    sink.fact(ref, "speaker", q.speaker, ev);
    sink.fact(ref, "mentionedIn", new Ref("article", a.article().slug()), ev);
  }
}
