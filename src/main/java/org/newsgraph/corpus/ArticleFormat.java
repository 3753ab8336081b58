package org.newsgraph.corpus;

import java.util.List;

/**
 * One input format: the files it claims by extension, how it recognises its content, and how a
 * file becomes article texts with the metadata the file itself gives. Found through {@link
 * ArticleFormats}.
 */
public interface ArticleFormat {
  /** A human name for messages and the README ("HTML", "JSON Lines"…). */
  String name();

  /** File extensions it claims, lower case, without the dot. */
  List<String> extensions();

  /** Whether the beginning of a file (its first bytes as ISO-8859-1) looks like this format. */
  boolean sniff(String head);

  /**
   * Reads one file: one item for a single-article format, one per record or entry for JSON Lines
   * and feeds. Problems with single records are returned beside the items read.
   *
   * @throws CorpusException when nothing of the file can be read; the message says why
   */
  Parsed read(String fileName, byte[] bytes) throws CorpusException;

  /**
   * An article's text as found in a file.
   *
   * @param entry null for a single-article file, else the record's name within it ({@code news.jsonl#3})
   * @param text the article text (HTML already turned into paragraphs)
   * @param meta metadata the file gives for it (source {@link MetaSource#DOCUMENT})
   */
  record Item(String entry, String text, MetaCandidates meta) {}

  /** The items of a file and the problems of records that could not be read. */
  record Parsed(List<Item> items, List<InputProblem> problems) {
    public Parsed {
      items = List.copyOf(items);
      problems = List.copyOf(problems);
    }

    static Parsed one(String text, MetaCandidates meta) {
      return new Parsed(List.of(new Item(null, text, meta)), List.of());
    }
  }
}
