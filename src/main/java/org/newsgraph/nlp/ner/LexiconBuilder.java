package org.newsgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the derived word lists ({@code first-names.txt}, {@code surnames.txt}, {@code places.tsv},
 * {@code designators.txt}) from the third-party gazetteer folder (US Census 1990 names, SSA baby
 * names, GeoNames cities and countries, Faraday US places, the company designator list). The output
 * is sorted, so the same input gives the same files.
 */
public final class LexiconBuilder {
  /** SSA names given to fewer babies than this in 1880–2023 are left out. */
  static final long MIN_FIRST_NAME_BIRTHS = 2000;
  /** Census surnames beyond this rank are left out. */
  static final int MAX_SURNAME_RANK = 40000;

  private final Path gazetteers;

  public LexiconBuilder(Path gazetteers) {
    this.gazetteers = gazetteers;
  }

  /** Writes the lists into {@code out}; returns a one-line summary per list. */
  public List<String> build(Path out) throws IOException {
    Files.createDirectories(out);
    List<String> report = new ArrayList<>();
    TreeSet<String> first = firstNames();
    write(out.resolve("first-names.txt"), first);
    report.add("first-names.txt: " + first.size());
    TreeSet<String> last = surnames();
    write(out.resolve("surnames.txt"), last);
    report.add("surnames.txt: " + last.size());
    Map<String, String> places = places();
    try (Writer w = Files.newBufferedWriter(out.resolve("places.tsv"), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : new TreeMap<>(places).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    report.add("places.tsv: " + places.size());
    TreeSet<String> desig = designators();
    write(out.resolve("designators.txt"), desig);
    report.add("designators.txt: " + desig.size());
    return report;
  }

  private static void write(Path p, TreeSet<String> words) throws IOException {
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      for (String s : words) {
        w.write(s + "\n");
      }
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private Path file(String name) throws IOException {
    Path p = gazetteers.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IOException("missing gazetteer file " + p);
    }
    return p;
  }

  TreeSet<String> firstNames() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    List<String> lines =
        Files.readAllLines(file("ssa_national_first_names_1880_2023.tsv"), StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t");
      if (c.length >= 3 && Long.parseLong(c[2]) >= MIN_FIRST_NAME_BIRTHS) {
        out.add(lower(c[0]));
      }
    }
    for (String f : List.of("census1990_dist.female.first", "census1990_dist.male.first")) {
      for (String line : Files.readAllLines(file(f), StandardCharsets.UTF_8)) {
        String[] c = line.trim().split("\\s+");
        if (!c[0].isEmpty()) {
          out.add(lower(c[0]));
        }
      }
    }
    return out;
  }

  TreeSet<String> surnames() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    for (String line : Files.readAllLines(file("census1990_dist.all.last"), StandardCharsets.UTF_8)) {
      String[] c = line.trim().split("\\s+");
      if (c.length >= 4 && Integer.parseInt(c[3]) <= MAX_SURNAME_RANK) {
        out.add(lower(c[0]));
      }
    }
    return out;
  }

  /** Place names (lower case, tokens separated by one space) and their kind; first kind wins. */
  Map<String, String> places() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String[]> countries = new ArrayList<>();
    for (String line : Files.readAllLines(file("geonames_countryInfo.txt"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      countries.add(line.split("\t", -1));
    }
    for (String[] c : countries) {
      put(out, c[4], "country");
    }
    List<String[]> faraday = new ArrayList<>();
    for (String line : Files.readAllLines(file("faraday_places.csv"), StandardCharsets.UTF_8)) {
      faraday.add(csv(line));
    }
    for (String[] c : faraday) {
      if (c.length == 3 && c[2].equals("state")) {
        put(out, c[1], "state");
      }
    }
    for (String[] c : countries) {
      put(out, c[5], "city");
    }
    try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(file("geonames_cities15000.zip")))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        if (!e.getName().endsWith(".txt")) {
          continue;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(zin, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          String[] c = line.split("\t", -1);
          if (c.length > 2) {
            put(out, c[1], "city");
            put(out, c[2], "city");
          }
        }
        break;
      }
    }
    for (String[] c : faraday) {
      if (c.length != 3) {
        continue;
      }
      String name = c[1];
      int comma = name.lastIndexOf(',');
      if (comma > 0) {
        name = name.substring(0, comma);
      }
      switch (c[2]) {
        case "city":
        case "town":
        case "village":
        case "borough":
          for (String suffix : List.of(" city and", " city", " town", " village", " borough")) {
            if (name.endsWith(suffix)) {
              name = name.substring(0, name.length() - suffix.length());
              break;
            }
          }
          put(out, name, "city");
          break;
        case "county":
          put(out, name, "county");
          break;
        default:
          break;
      }
    }
    return out;
  }

  private static void put(Map<String, String> out, String name, String kind) {
    String n = name.strip();
    if (n.isEmpty() || n.length() < 2) {
      return;
    }
    String key = String.join(" ", lower(n).split("\\s+"));
    out.putIfAbsent(key, kind);
    if (key.contains("-")) {
      out.putIfAbsent(key.replace("-", " - "), kind);
    }
  }

  private static String[] csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out.toArray(new String[0]);
  }

  /**
   * Company designators: every abbreviation with a dot or of 3+ characters, and the English full
   * forms ("Incorporated", "Limited").
   */
  TreeSet<String> designators() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    String key = null;
    boolean inAbbr = false;
    List<String> abbr = new ArrayList<>();
    String lang = null;
    List<String> lines = new ArrayList<>(Files.readAllLines(file("company_designator.yml"), StandardCharsets.UTF_8));
    lines.add("END:");
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("---")) {
        continue;
      }
      if (!line.startsWith(" ")) {
        if (key != null) {
          for (String a : abbr) {
            if (a.contains(".") || a.length() >= 3) {
              out.add(lower(a));
              if (a.endsWith(".")) {
                out.add(lower(a.substring(0, a.length() - 1)));
              }
            }
          }
          if ("en".equals(lang) && !key.contains(" ")) {
            out.add(lower(key));
          }
        }
        key = unquote(line.substring(0, line.lastIndexOf(':')));
        abbr.clear();
        lang = null;
        inAbbr = false;
        continue;
      }
      String t = line.strip();
      if (t.startsWith("abbr:")) {
        inAbbr = true;
        String rest = t.substring(5).strip();
        if (!rest.isEmpty()) {
          abbr.add(unquote(rest));
          inAbbr = false;
        }
      } else if (t.startsWith("- ") && inAbbr) {
        abbr.add(unquote(t.substring(2).strip()));
      } else if (t.startsWith("lang:")) {
        lang = unquote(t.substring(5).strip());
        inAbbr = false;
      } else {
        inAbbr = false;
      }
    }
    out.removeIf(s -> s.length() < 2);
    return out;
  }

  private static String unquote(String s) {
    s = s.strip();
    if (s.length() >= 2
        && ((s.startsWith("'") && s.endsWith("'")) || (s.startsWith("\"") && s.endsWith("\"")))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
