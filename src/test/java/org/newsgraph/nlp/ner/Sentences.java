package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Builds test sentences from "word/UPOS" items separated by spaces. */
final class Sentences {
  private Sentences() {}

  static Sentence of(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      int slash = item.lastIndexOf('/');
      String w = item.substring(0, slash);
      String pos = item.substring(slash + 1);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(w);
      tokens.add(new Token(w, start, text.length(), pos, w.toLowerCase(java.util.Locale.ROOT)));
    }
    return new Sentence(0, 0, text.toString(), 0, text.length(), tokens);
  }
}
