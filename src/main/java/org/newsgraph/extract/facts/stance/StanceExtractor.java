package org.newsgraph.extract.facts.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.RelationRules;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.Template;
import org.newsgraph.nlp.Token;

/**
 * {@code ng:criticizes} / {@code ng:supports} between people and organisations: sentence patterns
 * of {@code stances.tsv} ("critics include", "blasted", "flanked by") and direct quotations whose
 * words are critical ({@code quote-stance.tsv}) of a person they name or speak of.
 */
public final class StanceExtractor implements FactExtractor {
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]{3,})\"|(?<![A-Za-z])'([^']{8,}?)'(?![A-Za-z])");
  private static final Pattern PRONOUN3 = Pattern.compile("\\b(?:he|him|his|she|her)\\b");

  private record Cue(String property, Pattern pattern) {}

  private final RelationRules rules = new RelationRules("stances.tsv");
  private final org.newsgraph.extract.facts.paths.PathRules paths = org.newsgraph.extract.facts.paths.PathRules.load(
      "relation-paths.tsv", "triggers.tsv", java.util.Set.of("criticizes", "supports", "memberOf"));
  private final List<Cue> cues = new ArrayList<>();
  private final Pattern speakerAfter;
  private final Pattern speakerBefore;
  private final Pattern sayWord;

  public StanceExtractor() {
    Lexicon lex = Lexicon.load("quote-stance.tsv");
    for (Lexicon.Row r : lex.rows()) {
      cues.add(new Cue(r.get(0), Pattern.compile("(?i)" + r.get(1))));
    }
    String say = lex.macro("SAY");
    sayWord = Pattern.compile("\\b(?:" + say + ")\\b");
    String ph = Template.OPEN + "[PO]\\d+" + Template.CLOSE;
    String pron = "\\b(?:[Hh]e|[Ss]he)\\b";
    // "...," said X / "...," X said / "...," X, a critic, told Fox
    speakerAfter = Pattern.compile("^\\s*,?\\s*(?:(?:" + say + ")\\s+(?<a>" + ph + ")|(?<b>" + ph + "|" + pron
        + ")(?:,[^\"]{0,150}?,)?\\s+(?:\\w+\\s+)?(?:" + say + ")\\b|(?<c>" + ph + "),[^\"]{0,200}?\\b(?:" + say + ")\\b)");
    // X said: "..." / X told Fox News that "..."
    speakerBefore = Pattern.compile("(?<a>" + ph + "|" + pron + ")(?:[^\"" + Template.OPEN + "]|" + Template.OPEN + "O\\d+"
        + Template.CLOSE + "){0,60}?\\b(?:" + say
        + ")\\b[^\"" + Template.OPEN + "]{0,40}?(?:" + ph + ")?[^\"]{0,20}?[:,]?\\s*$");
  }

  @Override
  public String name() {
    return "stance";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new org.newsgraph.extract.facts.FirstOnlySink(new org.newsgraph.extract.facts.DeclaringSink(a, sink));
    paths.apply(a, sink, name());
    MaskedArticle ma = MaskedArticle.of(a, Optional.empty());
    rules.apply(ma, sink, name());
    Ref previousSpeaker = null;
    int previousBlock = -1;
    for (MaskedSentence s : ma.sentences()) {
      Matcher q = QUOTE.matcher(s.text());
      boolean any = false;
      Ref sentenceSpeaker = null;
      while (q.find()) {
        any = true;
        int qs = q.start(1) >= 0 ? q.start(1) : q.start(2);
        int qe = q.start(1) >= 0 ? q.end(1) : q.end(2);
        Optional<Ref> speaker = speaker(ma, s, q.start(), q.end());
        if (speaker.isEmpty() && q.start() <= 1 && previousSpeaker != null
            && s.sentence().block() - previousBlock <= 1) {
          speaker = Optional.of(previousSpeaker); // a quotation that goes on from the last one
        }
        if (speaker.isEmpty() && sentenceSpeaker != null) {
          speaker = Optional.of(sentenceSpeaker); // 'X called it "a stunt" and said Y had "lied"'
        }
        if (speaker.isEmpty()) {
          continue;
        }
        previousSpeaker = speaker.get();
        sentenceSpeaker = speaker.get();
        previousBlock = s.sentence().block();
        quote(s, qs, qe, speaker.get(), sink);
      }
      if (!any && s.text().contains(Template.OPEN + "P")) {
        previousSpeaker = null;
      }
    }
  }

  private Optional<Ref> speaker(MaskedArticle ma, MaskedSentence s, int qStart, int qEnd) {
    String t = s.text();
    Matcher m = speakerAfter.matcher(t.substring(qEnd));
    if (m.find()) {
      String g = m.group("a") != null ? "a" : m.group("b") != null ? "b" : "c";
      int gs = qEnd + m.start(g);
      int ge = qEnd + m.end(g);
      if (s.slotsIn(gs, ge).isEmpty()) {
        // "...," he said: the subject of the narration before the quotation, not a name inside it
        List<Slot> before = s.slotsIn(0, qStart).stream().filter(x -> x.code() == 'P').toList();
        return before.isEmpty() ? ma.previousSubject(s.sentence().index()) : Optional.of(before.get(0).ref());
      }
      return s.resolve(gs, ge);
    }
    Matcher b = speakerBefore.matcher(t.substring(0, qStart));
    if (b.find()) {
      return s.resolve(b.start("a"), b.end("a"));
    }
    return Optional.empty();
  }

  /**
   * A quotation that names nobody and says no "he" or "she": the person (or organisation, or
   * description the coreference resolves) the sentence names last between the cue verb and the
   * quotation, other than the speaker, is whom it is about ("Lenz said the mayor had 'spent three
   * months issuing ultimatums'").
   */
  private Optional<Ref> namedBefore(MaskedSentence s, String text, int qs, Ref speaker) {
    Matcher cue = sayWord.matcher(text.substring(0, Math.max(0, qs - 1)));
    int from = -1;
    while (cue.find()) {
      from = cue.end();
    }
    if (from < 0) {
      return Optional.empty();
    }
    Ref last = null;
    int lastAt = s.origin(from);
    for (Slot x : s.slotsIn(from, Math.max(from, qs - 1))) {
      if ((x.isAgent() || x.code() == 'N') && !x.ref().equals(speaker)) {
        last = x.ref();
        lastAt = x.start();
      }
    }
    // or a pronoun or description the coreference resolves ("the mayor had ...")
    int quoteAt = s.origin(Math.max(0, qs - 1));
    Coreference coref = Coreference.in(s.article());
    List<Token> tokens = s.sentence().tokens();
    for (int i = 0; i < tokens.size() && tokens.get(i).end() <= quoteAt; i++) {
      Optional<Ref> r = coref.resolved(s.sentence().index(), i);
      if (r.isPresent() && !r.get().equals(speaker) && tokens.get(i).start() > lastAt) {
        last = r.get();
        lastAt = tokens.get(i).start();
      }
    }
    return Optional.ofNullable(last);
  }

  private void quote(MaskedSentence s, int qs, int qe, Ref speaker, FactSink sink) {
    String words = s.text().substring(qs, qe);
    for (Cue c : cues) {
      if (!c.pattern().matcher(words).find()) {
        continue;
      }
      Optional<Ref> target = Optional.empty();
      for (Slot x : s.slotsIn(qs, qe)) {
        if ((x.isAgent() || x.code() == 'N') && !x.ref().equals(speaker)) {
          target = Optional.of(x.ref());
          break;
        }
      }
      if (target.isEmpty()) {
        Matcher p = PRONOUN3.matcher(words.toLowerCase(java.util.Locale.ROOT));
        if (p.find()) {
          target = s.lastPersonBefore(s.origin(qs), speaker);
        }
      }
      if (target.isEmpty()) {
        target = namedBefore(s, s.text(), qs, speaker);
      }
      if (target.isPresent() && !target.get().equals(speaker)) {
        sink.fact(speaker, c.property(), target.get(), s.evidence(Math.max(0, qs - 1), Math.min(s.text().length(), qe + 1), 0.6, name() + ":quote"));
      }
      return;
    }
  }
}
