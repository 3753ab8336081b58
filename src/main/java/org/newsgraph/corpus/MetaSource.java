package org.newsgraph.corpus;

/**
 * Where a metadata value came from, in order of precedence: a row of {@code articles.tsv} wins over
 * what the document itself says (meta tags, JSON-LD, a JSON Lines record's fields, a feed item's
 * elements), which wins over what the file name says.
 */
public enum MetaSource {
  ARTICLES_TSV("articles.tsv"),
  DOCUMENT("document"),
  FILE_NAME("file name");

  private final String label;

  MetaSource(String label) {
    this.label = label;
  }

  /** The value written to the graph ({@code ng:metadataSource}). */
  public String label() {
    return label;
  }
}
