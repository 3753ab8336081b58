package org.newsgraph.extract.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated lexicon file on the classpath under {@code /org/newsgraph/lexicon/}. Lines
 * starting with {@code #} are comments; lines {@code @NAME<TAB>regex} define macros that patterns
 * use as {@code {NAME}}; every other non-blank line is a row of tab-separated columns.
 */
public final class Lexicon {
  private final String name;
  private final Map<String, String> macros;
  private final List<Row> rows;

  /** A row with its line number, for error messages. */
  public record Row(int line, List<String> columns) {
    public String get(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }
  }

  private Lexicon(String name, Map<String, String> macros, List<Row> rows) {
    this.name = name;
    this.macros = macros;
    this.rows = rows;
  }

  public static Lexicon load(String file) {
    String path = "/org/newsgraph/lexicon/" + file;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + path + " is not on the classpath");
      }
      return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }

  static Lexicon parse(String name, BufferedReader r) throws IOException {
    Map<String, String> macros = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (line.startsWith("@")) {
        if (cols.length < 2) {
          throw new IllegalArgumentException(name + ":" + n + ": macro without a value: " + line);
        }
        macros.put(cols[0].substring(1).trim(), cols[1].trim());
        continue;
      }
      List<String> c = new ArrayList<>();
      for (String s : cols) {
        c.add(s.trim());
      }
      rows.add(new Row(n, c));
    }
    return new Lexicon(name, macros, rows);
  }

  public String name() {
    return name;
  }

  public Map<String, String> macros() {
    return macros;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The value of a macro, with its own macro references expanded; fails naming the file when missing. */
  public String macro(String key) {
    String v = macros.get(key);
    if (v == null) {
      throw new IllegalStateException("lexicon " + name + " has no macro @" + key);
    }
    return Template.expandMacros(v, macros, name);
  }
}
