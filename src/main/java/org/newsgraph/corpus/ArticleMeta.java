package org.newsgraph.corpus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Metadata of one article, from {@code articles.tsv} (columns: file, publisher, published, headline,
 * url). Every field but {@code file} may be absent.
 */
public record ArticleMeta(
    String file, String publisher, LocalDate published, String headline, String url) {

  public static ArticleMeta empty(String file) {
    return new ArticleMeta(file, null, null, null, null);
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }
}
