package org.newsgraph.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code articles.tsv}: a header line naming the columns (file is required; publisher,
 * published, headline and url are optional, in any order), then one row per article. A broken row
 * is reported and skipped; its article is still read, without metadata.
 */
public final class MetadataReader {
  public static final String FILE_NAME = "articles.tsv";
  private static final List<String> KNOWN = List.of("file", "publisher", "published", "headline", "url");

  /** Rows by file name, and the problems found. */
  public record Result(Map<String, ArticleMeta> rows, Map<String, Integer> lines, List<InputProblem> problems) {}

  private final long maxBytes;
  private final boolean followLinks;

  /** A reader with the article files' default size limit, not following links out of the folder. */
  public MetadataReader() {
    this(ArticleReader.DEFAULT_MAX_BYTES, false);
  }

  /**
   * A reader that reads {@code articles.tsv} as the article files are read: at most {@code
   * maxBytes}, a link out of its folder only when {@code followLinks}, in the encoding found as
   * for an article (UTF-8, UTF-16 with a byte-order mark, a plausible Windows-1252).
   */
  public MetadataReader(long maxBytes, boolean followLinks) {
    this.maxBytes = maxBytes;
    this.followLinks = followLinks;
  }

  public Result read(Path tsv) {
    Map<String, ArticleMeta> rows = new LinkedHashMap<>();
    Map<String, Integer> rowLines = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    String name = tsv.getFileName().toString();
    List<String> lines;
    try {
      byte[] bytes = InputFile.read(tsv, tsv.toAbsolutePath().getParent(), followLinks, maxBytes, "build");
      TextDecoder.Decoded decoded = TextDecoder.decode(name, bytes);
      // decoded again with the charset found, so that a CR LF stays one line break (the decoder
      // makes each CR a line feed of its own)
      lines = TextDecoder.raw(bytes, decoded).lines().toList();
    } catch (CorpusException e) {
      problems.add(new InputProblem(name, "cannot read metadata (" + e.toProblem().message()
          + "); articles are read without it"));
      return new Result(rows, rowLines, problems);
    }
    if (lines.isEmpty()) {
      problems.add(new InputProblem(name, "empty metadata file; articles are read without it"));
      return new Result(rows, rowLines, problems);
    }
    String[] header = stripBom(lines.get(0)).split("\t", -1);
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      String h = header[i].trim().toLowerCase(Locale.ROOT);
      if (KNOWN.contains(h)) {
        col.put(h, i);
      } else if (!h.isEmpty()) {
        problems.add(new InputProblem(name + ":1", "unknown column '" + header[i] + "' ignored (known: " + String.join(", ", KNOWN) + ")"));
      }
    }
    if (!col.containsKey("file")) {
      problems.add(new InputProblem(name + ":1", "no 'file' column in the header; expected tab-separated columns " + String.join(", ", KNOWN)));
      return new Result(rows, rowLines, problems);
    }
    for (int ln = 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      String where = name + ":" + (ln + 1);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != header.length) {
        problems.add(new InputProblem(where, "expected " + header.length + " tab-separated fields, found " + f.length + "; row skipped"));
        continue;
      }
      String file = get(f, col, "file");
      if (file == null) {
        problems.add(new InputProblem(where, "empty 'file' field; row skipped"));
        continue;
      }
      LocalDate published = null;
      String date = get(f, col, "published");
      if (date != null) {
        try {
          published = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          problems.add(new InputProblem(where, "published date '" + date + "' is not YYYY-MM-DD; the article is read without a date"));
        }
      }
      if (rows.containsKey(file)) {
        problems.add(new InputProblem(where, "second row for " + file + "; the first one is kept"));
        continue;
      }
      String url = get(f, col, "url");
      if (url != null && !MetaCandidates.isWebUrl(url)) {
        problems.add(new InputProblem(where, "url '" + url + "' is not an absolute http(s) URL; the article is read without it"));
        url = null;
      }
      MetaCandidates m = new MetaCandidates();
      String at = name + ":" + (ln + 1) + " ";
      m.add(ArticleMeta.PUBLISHER, get(f, col, "publisher"), MetaSource.ARTICLES_TSV, at + "publisher");
      m.add(ArticleMeta.PUBLISHED, published == null ? null : published.toString(), MetaSource.ARTICLES_TSV, at + "published");
      m.add(ArticleMeta.HEADLINE, get(f, col, "headline"), MetaSource.ARTICLES_TSV, at + "headline");
      m.add(ArticleMeta.URL, url, MetaSource.ARTICLES_TSV, at + "url");
      rows.put(file, m.resolve(file));
      rowLines.put(file, ln + 1);
    }
    return new Result(rows, rowLines, problems);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String get(String[] f, Map<String, Integer> col, String key) {
    Integer i = col.get(key);
    if (i == null) {
      return null;
    }
    String v = f[i].trim();
    return v.isEmpty() ? null : v;
  }
}
