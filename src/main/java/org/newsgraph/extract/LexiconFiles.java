package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lexicon files of {@code data/lexicon/} from the classpath. */
public final class LexiconFiles {
  private LexiconFiles() {}

  public static final String ROOT = "/org/newsgraph/lexicon/";

  /** Non-blank, non-comment lines split on tabs; each must have at least {@code columns} fields. */
  public static List<String[]> tsv(String name, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String[] f : rows(name)) {
      if (f.length < columns) {
        throw new IllegalStateException(ROOT + name + ": expected " + columns + " tab-separated columns in: " + String.join("\\t", f));
      }
      out.add(f);
    }
    return out;
  }

  /** Non-blank, non-comment lines, trimmed. */
  public static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String[] f : rows(name)) {
      out.add(String.join("\t", f).strip());
    }
    return out;
  }

  private static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    InputStream in = LexiconFiles.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("lexicon " + ROOT + name + " is missing from the classpath (data/lexicon/" + name + ")");
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
      throw new UncheckedIOException("cannot read " + ROOT + name, e);
    }
    return out;
  }
}
