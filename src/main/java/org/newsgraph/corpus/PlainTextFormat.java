package org.newsgraph.corpus;

import java.util.List;

/** Plain text: the whole file is one article, paragraphs separated by blank lines. */
final class PlainTextFormat implements ArticleFormat {
  @Override
  public String name() {
    return "plain text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  @Override
  public boolean sniff(String head) {
    return true;
  }

  @Override
  public Parsed read(String fileName, byte[] bytes) throws CorpusException {
    return Parsed.one(TextDecoder.decode(fileName, bytes).text(), new MetaCandidates());
  }
}
