package org.newsgraph.extract.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split (Newell, Margolin, Ruths, LREC 2018): {@code text/<name>.txt} and
 * {@code attributions/<name>_<annotator>.ann} (brat standoff: T lines with Source, Cue, Content
 * spans, E lines tying them into attributions). One annotator per article: the first by name, so
 * runs are repeatable. Offsets are code-point offsets, equal to Java string offsets for these texts
 * (no characters outside the BMP).
 */
public final class PolnearCorpus {
  /** A character span (end exclusive); discontinuous brat spans keep their outer bounds. */
  public record Span(int start, int end) {
    public boolean overlaps(Span o) {
      return start < o.end && o.start < end;
    }
  }

  /** One attribution: the quoted or reported content, its source (may be null) and whether it is a direct quotation. */
  public record Attribution(Span content, Span source, String sourceText, boolean direct) {}

  /** One article with its gold attributions. */
  public record Doc(String name, String text, LocalDate published, List<Attribution> attributions) {}

  private PolnearCorpus() {}

  /** Reads every article of a split folder (the one holding {@code text/} and {@code attributions/}). */
  public static List<Doc> read(Path split, Path metadata) throws IOException {
    Map<String, LocalDate> dates = metadata != null && Files.isRegularFile(metadata) ? dates(metadata) : Map.of();
    Path textDir = split.resolve("text");
    Path annDir = split.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IOException(split + ": expected the folders text/ and attributions/ of a PolNeAR split");
    }
    Map<String, Path> firstAnnotation = new TreeMap<>();
    try (Stream<Path> s = Files.list(annDir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String f = p.getFileName().toString();
        String name = f.substring(0, f.lastIndexOf('_'));
        firstAnnotation.putIfAbsent(name, p);
      });
    }
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
      Path txt = textDir.resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(txt)) {
        throw new IOException(e.getValue() + ": no text file " + txt);
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      docs.add(new Doc(e.getKey(), text, dates.get(e.getKey()),
          parse(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8), e.getValue().toString())));
    }
    return docs;
  }

  private static Map<String, LocalDate> dates(Path metadata) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t");
      if (c.length > 5 && c[5].matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.put(c[1], LocalDate.parse(c[5]));
      }
    }
    return out;
  }

  /** Parses brat standoff lines into attributions. */
  public static List<Attribution> parse(String text, List<String> lines, String where) {
    Map<String, Span> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      String[] c = line.split("\t");
      if (line.startsWith("T") && c.length >= 2) {
        String[] typeAndOffsets = c[1].split(" ", 2);
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String part : typeAndOffsets[1].split(";")) {
          String[] se = part.trim().split(" ");
          start = Math.min(start, Integer.parseInt(se[0]));
          end = Math.max(end, Integer.parseInt(se[1]));
        }
        if (end > text.length()) {
          throw new IllegalArgumentException(where + ": span " + start + ".." + end + " is past the text's end");
        }
        spans.put(c[0], new Span(start, end));
      } else if (line.startsWith("E") && c.length >= 2) {
        events.add(c[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] ev : events) {
      Span content = null;
      Span source = null;
      for (String arg : ev) {
        String[] kv = arg.split(":");
        if (kv.length != 2) {
          continue;
        }
        if (kv[0].startsWith("Content")) {
          content = spans.get(kv[1]);
        } else if (kv[0].startsWith("Source")) {
          source = spans.get(kv[1]);
        }
      }
      if (content == null) {
        continue;
      }
      out.add(new Attribution(content, source, source == null ? null : text.substring(source.start(), source.end()),
          direct(text, content)));
    }
    return out;
  }

  /**
   * A direct quotation: the content opens with a quote mark or right after one. (Indirect speech
   * that ends in a quoted phrase, "said the plan was \u201ctrue,\u201d", is not direct.)
   */
  static boolean direct(String text, Span c) {
    int first = c.start();
    while (first < c.end() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first < c.end() && OPENING.indexOf(text.charAt(first)) >= 0) {
      return true;
    }
    int b = c.start() - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    return b >= 0 && OPENING.indexOf(text.charAt(b)) >= 0;
  }

  private static final String OPENING = "\"\u201C";
}
