package org.newsgraph.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The registry of input formats. A file's format is the one that claims its extension; a file with
 * an extension of the fallback format (plain text: {@code .txt}) or an unknown one is recognised by
 * its content, in registry order, and is plain text when nothing else recognises it (so a saved
 * page named {@code story.txt} is still read as HTML).
 */
public final class ArticleFormats {
  private final List<ArticleFormat> formats;
  private final ArticleFormat fallback;

  /**
   * @param formats in the order content sniffing tries them
   * @param fallback the format of a file nothing else recognises
   */
  public ArticleFormats(List<ArticleFormat> formats, ArticleFormat fallback) {
    this.formats = List.copyOf(formats);
    this.fallback = fallback;
  }

  private static final ArticleFormats STANDARD = new ArticleFormats(
      List.of(new FeedFormat(), new HtmlFormat(), new JsonLinesFormat()), new PlainTextFormat());

  /** Feeds, HTML, JSON Lines, and plain text for everything else. */
  public static ArticleFormats standard() {
    return STANDARD;
  }

  /** The format of a file, by its extension, else by its first bytes. */
  public ArticleFormat formatFor(String fileName, byte[] bytes) {
    String ext = extension(fileName);
    for (ArticleFormat f : formats) {
      if (f.extensions().contains(ext)) {
        return f;
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    for (ArticleFormat f : formats) {
      if (f.sniff(head)) {
        return f;
      }
    }
    return fallback;
  }

  /** "RSS/Atom feed (.rss, .atom, .xml), HTML (.html…), …, plain text (.txt, .text; any other name)". */
  public String describe() {
    String known = formats.stream()
        .map(f -> f.name() + " (" + f.extensions().stream().map(e -> "." + e).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining(", "));
    return known + ", " + fallback.name() + " (" + fallback.extensions().stream().map(e -> "." + e)
        .collect(Collectors.joining(", ")) + " and any other file)";
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
