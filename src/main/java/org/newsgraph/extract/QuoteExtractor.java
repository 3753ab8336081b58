package org.newsgraph.extract;

import org.newsgraph.corpus.LexiconFiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.Block;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Direct quotations and their speakers. A quotation is text between quote marks ({@link
 * QuoteSpans}); one left open at a paragraph's end goes on in the next paragraph that opens with a
 * quote mark. The speaker is read from the words around the quotation in its sentences (its frame):
 *
 * <ul>
 *   <li>a cue verb ({@code data/lexicon/quote-cues.tsv}) with a name right before it ("Gascon
 *       said", "Garcia told CBS") or right after it ("said Desiree Andrade, co-chair of…");
 *   <li>a cue verb with he/she/they: the first person named in the nearest sentence before the
 *       quotation (outside quotations), the usual subject of the story at that point;
 *   <li>"according to X";
 *   <li>no cue at all: the speaker of the quotation just before it in the same or the previous
 *       paragraph (a quotation continued), or a cue in the sentence that introduces it with a colon.
 * </ul>
 *
 * Quotations of fewer than three words (scare quotes) are left out unless a cue names their speaker.
 */
public final class QuoteExtractor implements FactExtractor {
  private final QuoteSpeakers speakers = new QuoteSpeakers();
  private final Set<String> verbs = new HashSet<>();
  private final List<List<String>> after = new ArrayList<>();

  public QuoteExtractor(List<String[]> cues) {
    for (String[] c : cues) {
      switch (c[1]) {
        case "verb":
          verbs.add(c[0]);
          break;
        case "after":
          after.add(List.of(c[0].split("\\s+")));
          break;
        default:
          break; // media nouns: used by the statements extractor
      }
    }
  }

  public static QuoteExtractor standard() {
    return new QuoteExtractor(LexiconFiles.tsv("quote-cues.tsv", 2));
  }

  @Override
  public String name() {
    return "quotes";
  }

  /** A quotation found in the text, possibly over several paragraphs. */
  private static final class Quote {
    final List<QuoteSpans.Span> parts = new ArrayList<>();
    Ref speaker;
    String method;
    double confidence;

    int start() {
      return parts.get(0).start();
    }

    int end() {
      return parts.get(parts.size() - 1).end();
    }
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    String text = a.text();
    List<Quote> quotes = new ArrayList<>();
    Quote open = null;
    for (Block b : a.article().blocks()) {
      List<QuoteSpans.Span> spans = QuoteSpans.find(text, b.start(), b.end());
      for (QuoteSpans.Span s : spans) {
        boolean continues = open != null && s.start() == b.start() + 1;
        if (continues) {
          open.parts.add(s);
        } else {
          open = new Quote();
          open.parts.add(s);
          quotes.add(open);
        }
        if (s.closed()) {
          open = null;
        }
      }
      if (spans.isEmpty()) {
        open = null;
      }
    }
    boolean[] inQuote = new boolean[text.length() + 1];
    for (Quote q : quotes) {
      for (QuoteSpans.Span s : q.parts) {
        for (int i = Math.max(0, s.start() - 1); i < Math.min(text.length(), s.end() + 1); i++) {
          inQuote[i] = true;
        }
      }
    }
    Quote previous = null;
    speakers.startArticle();
    int previousBlock = -10;
    for (Quote q : quotes) {
      int block = blockOf(a, q.start());
      speakers.atBlock(block);
      attribute(a, q, inQuote);
      if (q.speaker == null && previous != null && previous.speaker != null && block - previousBlock <= 1
          && frameIsEmpty(a, q, inQuote)) {
        q.speaker = previous.speaker;
        q.method = "continues-previous-quote";
        q.confidence = 0.6;
      }
      if (q.speaker != null) {
        emit(a, sink, q);
        previous = q;
        speakers.spoke(q.speaker, blockOf(a, q.end()));
        previousBlock = blockOf(a, q.end());
      } else if (words(text.substring(q.start(), q.end())) >= 3) {
        previous = null;
      }
    }
  }

  private static int blockOf(ArticleContext a, int offset) {
    List<Block> bs = a.article().blocks();
    for (int i = 0; i < bs.size(); i++) {
      if (bs.get(i).start() <= offset && offset <= bs.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Sentences that overlap the quotation's first and last part. */
  private static List<Sentence> frameSentences(ArticleContext a, Quote q) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      boolean touchesStart = s.start() <= q.start() + 1 && q.start() - 1 <= s.end();
      // + 3: the closing mark and a space ("...do?\u201d asked X" split after the mark)
      boolean touchesEnd = (s.start() <= q.end() + 1
          || s.start() <= q.end() + 3 && a.text().substring(q.end(), s.start()).indexOf('\n') < 0)
          && q.end() - 1 <= s.end();
      boolean touchesFirst = s.end() >= q.parts.get(0).start() - 1 && s.start() <= q.parts.get(0).end() + 1;
      boolean touchesLast = s.end() >= q.parts.get(q.parts.size() - 1).start() - 1
          && s.start() <= q.end() + 1;
      if (touchesStart || touchesEnd || (q.parts.size() == 1 && touchesFirst) || touchesLast) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean frameIsEmpty(ArticleContext a, Quote q, boolean[] inQuote) {
    for (Sentence s : frameSentences(a, q)) {
      for (Token t : s.tokens()) {
        if (!inQuote[t.start()] && Character.isLetter(t.text().charAt(0))) {
          return false;
        }
      }
    }
    return true;
  }

  private void attribute(ArticleContext a, Quote q, boolean[] inQuote) {
    Optional<Ref> signed = signature(a, q);
    if (signed.isPresent()) {
      q.speaker = signed.get();
      q.method = "signature";
      q.confidence = 0.8;
      return;
    }
    for (Sentence s : frameSentences(a, q)) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (inQuote[t.get(i).start()]) {
          continue;
        }
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (verbs.contains(w)) {
          Optional<Ref> who = speakers.subjectOfCue(a, s, i, inQuote);
          if (who.isPresent()) {
            q.speaker = who.get();
            q.method = "cue:" + w;
            q.confidence = 0.85;
            return;
          }
        }
        for (List<String> phrase : after) {
          if (matches(t, i, phrase)) {
            Optional<Mention> m = speakers.firstMentionFrom(a, s, i + phrase.size(), 3, inQuote);
            if (m.isPresent()) {
              q.speaker = m.get().entity();
              q.method = "cue:" + String.join(" ", phrase);
              q.confidence = 0.8;
              return;
            }
          }
        }
      }
    }
  }

  /**
   * A quotation signed with a dash after its closing mark ("\u201c...\u201d \u2015 Ana Ruiz"), as in
   * pull quotes and reader collections: the name right after the dash.
   */
  private static Optional<Ref> signature(ArticleContext a, Quote q) {
    String text = a.text();
    int i = q.end();
    while (i < text.length() && (text.charAt(i) == '\u201d' || text.charAt(i) == '"' || text.charAt(i) == ' ')) {
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

  private void emit(ArticleContext a, FactSink sink, Quote q) {
    String text = a.text();
    StringBuilder sb = new StringBuilder();
    for (QuoteSpans.Span s : q.parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text, s.start(), s.end());
    }
    String quoted = sb.toString().strip().replaceAll("[,\\s]+$", "");
    Ref ref = new Ref("quotation", a.article().slug() + "-" + q.start());
    String[] w = quoted.split("\\s+");
    String label = w.length <= 10 ? quoted : String.join(" ", java.util.Arrays.asList(w).subList(0, 10)) + " \u2026";
    sink.node(ref, List.of("Quotation"), label, List.of());
    Sentence first = sentenceAt(a, q.start());
    String evidenceText = text.substring(Math.min(first.start(), q.start()), Math.max(sentenceAt(a, q.end()).end(), q.end()));
    Evidence ev = new Evidence(evidenceText, q.start(), q.end(), q.confidence, name() + ":" + q.method);
    sink.fact(ref, "text", Literal.string(quoted), ev);
    sink.fact(ref, "speaker", q.speaker, ev);
    sink.fact(ref, "mentionedIn", new Ref("article", a.article().slug()), ev);
  }

  private static Sentence sentenceAt(ArticleContext a, int offset) {
    Sentence best = a.sentences().get(0);
    for (Sentence s : a.sentences()) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return best;
  }
}
