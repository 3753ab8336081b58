package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Whom "he" stands for, on hand-made parses (the parse errors the rules must survive). */
class PronounSpeakersTest {
  @Test
  void aNameAfterAPrepositionIsNoSubjectEvenWhereTheParseMadeItOne() {
    // "With Rupert Pryce, Weller spoke.": the parse made Pryce the subject and Weller her apposition
    String first = "With Rupert Pryce, Weller spoke.";
    String second = "\"We lost,\" he said.";
    String text = first + " " + second;
    int o = first.length() + 1;
    Sentence s0 = new Sentence(0, 0, first, 0, first.length(), tokens(first, 0,
        "With ADP 1 case", "Rupert PROPN 2 compound", "Pryce PROPN 5 nsubj", ", PUNCT 4 punct", "Weller PROPN 2 appos",
        "spoke VERB -1 root", ". PUNCT 5 punct"));
    Sentence s1 = new Sentence(1, 0, second, o, text.length(), tokens(second, o,
        "\" PUNCT 2 punct", "We PRON 2 nsubj", "lost VERB 6 ccomp", ", PUNCT 2 punct", "\" PUNCT 2 punct",
        "he PRON 6 nsubj", "said VERB -1 root", ". PUNCT 6 punct"));
    Ref pryce = new Ref("person", "rupert-pryce");
    Ref weller = new Ref("person", "conrad-weller");
    List<Mention> mentions = List.of(
        new Mention(0, 1, 3, s0.tokens().get(1).start(), s0.tokens().get(2).end(), "Rupert Pryce", EntityType.PERSON,
            pryce),
        new Mention(0, 4, 5, s0.tokens().get(4).start(), s0.tokens().get(4).end(), "Weller", EntityType.PERSON,
            weller));
    Article article = new Article("t", "t.txt", text, new ArticleMeta("t.txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
    ArticleContext a = new ArticleContext(article, List.of(s0, s1), mentions);
    boolean[] inQuote = new boolean[text.length() + 1];
    for (int i = o; i <= o + "\"We lost,\"".length(); i++) {
      inQuote[i] = true;
    }
    PronounSpeakers pronouns = new PronounSpeakers(Cues.standard());
    pronouns.startArticle(a, inQuote);
    assertEquals(Optional.of(weller), pronouns.resolve(a, s1, 5, false));
  }

  /** Tokens "word POS head rel", found in turn in the sentence text. */
  private static List<Token> tokens(String sentence, int offset, String... specs) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String spec : specs) {
      String[] f = spec.split(" ");
      at = sentence.indexOf(f[0], at);
      out.add(new Token(f[0], offset + at, offset + at + f[0].length(), f[1], f[0].toLowerCase(),
          Integer.parseInt(f[2]), f[3]));
      at += f[0].length();
    }
    return out;
  }
}
