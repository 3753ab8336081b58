package org.newsgraph.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One article as read and cleaned.
 *
 * @param slug stable identifier, derived from the file name (used in the article IRI)
 * @param fileName the name of the file it was read from
 * @param text the full text as read (offsets point into it)
 * @param meta its metadata, each value with where it came from
 * @param blocks the paragraphs kept after cleaning, in order
 * @param dropped the paragraphs removed by the cleaner, with the reason, for the report
 * @param sha256 content hash of the file's bytes
 * @param entry for a file holding several articles (JSON Lines, feeds), this one's name in it
 *     ({@code news.jsonl#3}); null otherwise
 * @param alsoReadFrom other files or entries that hold the same text, read as this one article
 */
public record Article(
    String slug,
    String fileName,
    String text,
    ArticleMeta meta,
    List<Block> blocks,
    List<Dropped> dropped,
    String sha256,
    String entry,
    List<String> alsoReadFrom) implements java.io.Serializable {

  public Article {
    blocks = List.copyOf(blocks);
    dropped = List.copyOf(dropped);
    alsoReadFrom = List.copyOf(alsoReadFrom);
  }

  /** A single-article file's article. */
  public Article(String slug, String fileName, String text, ArticleMeta meta, List<Block> blocks,
      List<Dropped> dropped, String sha256) {
    this(slug, fileName, text, meta, blocks, dropped, sha256, null, List.of());
  }

  /** The name it is known by: the entry's name, else the file name. */
  public String name() {
    return entry != null ? entry : fileName;
  }

  /** The same article, also read from {@code others} (after the names it has, in order). */
  public Article alsoReadFrom(List<String> others) {
    List<String> names = new ArrayList<>(alsoReadFrom);
    names.addAll(others);
    return new Article(slug, fileName, text, meta, blocks, dropped, sha256, entry, names);
  }

  /**
   * The same article without its text, paragraphs and dropped paragraphs: what its graph needs
   * once its facts are extracted (names, hash, metadata), at a fraction of the memory.
   */
  public Article withoutText() {
    return new Article(slug, fileName, "", meta, List.of(), List.of(), sha256, entry, alsoReadFrom);
  }

  /** A paragraph removed by the cleaner and why. */
  public record Dropped(Block block, String reason) implements java.io.Serializable {}
}
