package org.newsgraph.corpus;

import java.util.List;

/**
 * One article as read and cleaned.
 *
 * @param slug stable identifier, derived from the file name (used in the article IRI)
 * @param fileName the name of the file it was read from
 * @param text the full text as read (offsets point into it)
 * @param blocks the paragraphs kept after cleaning, in order
 * @param dropped the paragraphs removed by the cleaner, with the reason, for the report
 * @param sha256 content hash of the file's bytes
 */
public record Article(
    String slug,
    String fileName,
    String text,
    ArticleMeta meta,
    List<Block> blocks,
    List<Dropped> dropped,
    String sha256) {

  public Article {
    blocks = List.copyOf(blocks);
    dropped = List.copyOf(dropped);
  }

  /** A paragraph removed by the cleaner and why. */
  public record Dropped(Block block, String reason) {}
}
