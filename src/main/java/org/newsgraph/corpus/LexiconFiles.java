package org.newsgraph.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the word lists and rule tables kept as data: the lexicons of {@code data/lexicon/} (by
 * file name) and other classpath resources (by absolute resource path).
 */
public final class LexiconFiles {
  private LexiconFiles() {}

  public static final String ROOT = "/org/newsgraph/lexicon/";

  /**
   * Non-blank, non-comment lines split on tabs; each must have at least {@code columns} fields.
   *
   * @param name a file of data/lexicon/ ("titles.tsv") or an absolute resource path ("/org/…")
   */
  public static List<String[]> tsv(String name, int columns) {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String[] f : rows(name)) {
      n++;
      if (f.length < columns) {
        throw new IllegalStateException(path(name) + ": row " + n + ": expected " + columns
            + " tab-separated columns, found " + f.length + ": " + String.join(" | ", f));
      }
      out.add(f);
    }
    return out;
  }

  /** Non-blank, non-comment lines, trimmed (same naming as {@link #tsv}). */
  public static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String[] f : rows(name)) {
      out.add(String.join("\t", f).strip());
    }
    return out;
  }

  /**
   * Word classes of a rule table ("@CHILD\tsons?|daughters?|…" rows) as one case-insensitive
   * pattern matching any of their alternatives.
   */
  public static Pattern wordClasses(String name, Set<String> classes) {
    List<String> alternatives = new ArrayList<>();
    for (String[] f : tsv(name, 2)) {
      if (classes.contains(f[0])) {
        alternatives.add(f[1]);
      }
    }
    return Pattern.compile("(?i)(?:" + String.join("|", alternatives) + ")");
  }

  private static String path(String name) {
    return name.startsWith("/") ? name : ROOT + name;
  }

  private static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    InputStream in = LexiconFiles.class.getResourceAsStream(path(name));
    if (in == null) {
      throw new IllegalStateException("resource " + path(name) + " is missing from the classpath"
          + (name.startsWith("/") ? "" : " (data/lexicon/" + name + ")"));
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path(name), e);
    }
    return out;
  }
}
