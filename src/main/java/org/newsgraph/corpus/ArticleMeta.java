package org.newsgraph.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Metadata of one article, each value chosen by precedence ({@link MetaSource}): {@code
 * articles.tsv} over the document over the file name. Every field but {@code file} may be absent;
 * {@code origins} says, for each field present ({@link #PUBLISHER}, {@link #PUBLISHED}, {@link
 * #HEADLINE}, {@link #URL}, {@link #AUTHOR}), where its value came from.
 */
public record ArticleMeta(
    String file,
    String publisher,
    LocalDate published,
    String headline,
    String url,
    List<String> authors,
    Map<String, Origin> origins) implements java.io.Serializable {

  public static final String PUBLISHER = "publisher";
  public static final String PUBLISHED = "published";
  public static final String HEADLINE = "headline";
  public static final String URL = "url";
  public static final String AUTHOR = "author";

  /**
   * Where one value came from.
   *
   * @param source the kind of source, which decides precedence
   * @param field where exactly: "articles.tsv:3 publisher", "meta og:title", "JSON-LD headline"…
   */
  public record Origin(MetaSource source, String field) implements java.io.Serializable {}

  public ArticleMeta {
    authors = authors == null ? List.of() : List.copyOf(authors);
    origins = origins == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(origins));
  }

  /** Metadata given by the caller (as if from {@code articles.tsv}). */
  public ArticleMeta(String file, String publisher, LocalDate published, String headline, String url) {
    this(file, publisher, published, headline, url, List.of(), tsvOrigins(publisher, published, headline, url, file));
  }

  private static Map<String, Origin> tsvOrigins(String publisher, LocalDate published, String headline, String url,
      String file) {
    Map<String, Origin> o = new TreeMap<>();
    Origin tsv = new Origin(MetaSource.ARTICLES_TSV, MetadataReader.FILE_NAME + " row of " + file);
    if (publisher != null) {
      o.put(PUBLISHER, tsv);
    }
    if (published != null) {
      o.put(PUBLISHED, tsv);
    }
    if (headline != null) {
      o.put(HEADLINE, tsv);
    }
    if (url != null) {
      o.put(URL, tsv);
    }
    return o;
  }

  public static ArticleMeta empty(String file) {
    return new ArticleMeta(file, null, null, null, null, List.of(), Map.of());
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  public Optional<Origin> origin(String field) {
    return Optional.ofNullable(origins.get(field));
  }
}
