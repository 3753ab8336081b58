package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Ref;

/** A quotation found in the text, possibly over several paragraphs, and who said it once known. */
final class Quotation {
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

  /** Its words, the parts joined by a space, without trailing commas or spaces. */
  String text(String articleText) {
    StringBuilder sb = new StringBuilder();
    for (QuoteSpans.Span s : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(articleText, s.start(), s.end());
    }
    return sb.toString().strip().replaceAll("[,\\s]+$", "");
  }

  int words(String articleText) {
    String t = text(articleText);
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  void attribute(Ref who, String how, double confidence) {
    this.speaker = who;
    this.method = how;
    this.confidence = confidence;
  }
}
