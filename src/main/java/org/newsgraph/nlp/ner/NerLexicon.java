package org.newsgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the name features and rules: first names, surnames, places (with their
 * kind), titles, organisation head words, company designators, words usually written in lower case,
 * and word clusters. Lists are loaded from {@code /org/newsgraph/nlp/ner/} on the classpath, or from
 * a directory chosen with {@link #useDirectory(Path)} (training with freshly built lists). Entries
 * are matched in lower case.
 */
public final class NerLexicon {
  /** The classpath folder that holds the model and its lists. */
  public static final String RESOURCE_DIR = "/org/newsgraph/nlp/ner/";

  /** Longest place name, in tokens, that {@link #placeKind} is asked about. */
  public static final int MAX_PLACE_TOKENS = 5;

  private static volatile Path directory;
  private static volatile NerLexicon standard;

  private final Set<String> firstNames;
  private final Set<String> surnames;
  private final Set<String> titles;
  private final Set<String> orgHeads;
  private final Set<String> ruleOrgHeads;
  private final Set<String> designators;
  private final Set<String> lowercaseWords;
  private final Map<String, String> places;
  private final Map<String, String> clusters;
  private final Map<String, String> definitionHeads;
  private final Map<String, Set<String>> nameCues;

  private NerLexicon(Path dir) {
    firstNames = words(dir, "first-names.txt");
    surnames = words(dir, "surnames.txt");
    titles = words(dir, "titles.txt");
    orgHeads = words(dir, "org-heads.txt");
    ruleOrgHeads = words(null, "org-heads-rules.txt");
    ruleOrgHeads.addAll(orgHeads);
    designators = words(dir, "designators.txt");
    lowercaseWords = words(dir, "lowercase-words.txt");
    places = pairs(dir, "places.tsv", true);
    places.putAll(pairs(dir, "places-extra.tsv", true));
    clusters = pairs(dir, "clusters.tsv", false);
    definitionHeads = pairs(classpathOnly(dir), "definition-heads.tsv", true);
    nameCues = roles("name-cues.tsv");
  }

  /** The lexicon every finder and feature generator shares (loaded once). */
  public static NerLexicon standard() {
    NerLexicon l = standard;
    if (l == null) {
      synchronized (NerLexicon.class) {
        l = standard;
        if (l == null) {
          l = new NerLexicon(directory);
          standard = l;
        }
      }
    }
    return l;
  }

  /**
   * Reads the lists from {@code dir} instead of the classpath from now on (null: back to the
   * classpath). Used by {@code train-ner --resources}.
   */
  public static synchronized void useDirectory(Path dir) {
    directory = dir;
    standard = null;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  public boolean isFirstName(String token) {
    return firstNames.contains(lower(token));
  }

  public boolean isSurname(String token) {
    return surnames.contains(lower(token));
  }

  /** Titles and roles written before a person's name: "Sheriff", "Sen.", "President"... */
  public boolean isTitle(String token) {
    return titles.contains(lower(token));
  }

  /** Titles written as acronyms: a title only in capitals ("ADA", not the first name "Ada"). */
  private static final Set<String> ACRONYM_TITLES = Set.of("da", "ada", "vp", "ceo", "cfo");

  /**
   * A title before or at the start of a person's name, for the evidence rules: as {@link #isTitle},
   * but an acronym title counts only in capitals.
   */
  public boolean isTitleBeforeName(String token) {
    return isTitle(token) && !(ACRONYM_TITLES.contains(lower(token)) && !token.equals(token.toUpperCase(Locale.ROOT)));
  }

  /** Head words of organisation names: "Association", "Department", "University"... */
  public boolean isOrgHead(String token) {
    return orgHeads.contains(lower(token));
  }

  /** Organisation head words for the combination rules: {@link #isOrgHead} plus a few more. */
  public boolean isRuleOrgHead(String token) {
    return ruleOrgHeads.contains(lower(token));
  }

  /** Company designators: "Inc.", "Corp", "LLC"... */
  public boolean isDesignator(String token) {
    return designators.contains(lower(token));
  }

  /** Words that, in running news text, are nearly always written in lower case. */
  public boolean isLowercaseWord(String token) {
    return lowercaseWords.contains(lower(token));
  }

  /**
   * The kind of place ("country", "state", "city", "county", "region") named by the tokens {@code
   * from..to}, or null.
   */
  public String placeKind(String[] tokens, int from, int to) {
    if (to - from > MAX_PLACE_TOKENS) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(lower(tokens[i]));
    }
    return places.get(sb.toString());
  }

  /**
   * The word's cluster id, or null: the word as written, then without a final period, then in
   * title case (for words in capitals), then in lower case.
   */
  public String cluster(String token) {
    String c = clusters.get(token);
    if (c != null) {
      return c;
    }
    if (token.length() > 1 && token.endsWith(".")) {
      c = clusters.get(token.substring(0, token.length() - 1));
      if (c != null) {
        return c;
      }
    }
    if (token.length() > 1 && Character.isUpperCase(token.charAt(0))) {
      // "DETROIT" → "Detroit"
      c = clusters.get(token.charAt(0) + lower(token.substring(1)));
      if (c != null) {
        return c;
      }
    }
    return clusters.get(lower(token));
  }

  /** Hand-written lists always come from the classpath, even when training with built lists. */
  private static Path classpathOnly(Path dir) {
    return dir != null && Files.exists(dir.resolve("definition-heads.tsv")) ? dir : null;
  }

  /**
   * The type ("person", "organization", "location") a defining noun gives a name ("X is a
   * village"), or null.
   */
  public String definitionType(String noun) {
    return definitionHeads.get(lower(noun));
  }

  /** A lower-case noun right before a name that makes it an organisation ("the band X"). */
  public boolean isOrgCue(String token) {
    return hasRole(token, "org-cue");
  }

  /** A last word that makes a name a place ("X Creek", "X Square"). */
  public boolean isPlaceHead(String token) {
    return hasRole(token, "place-head");
  }

  /** A last word that makes a name a place and never a person ("X County", "X City"). */
  public boolean isAdminHead(String token) {
    return hasRole(token, "admin-head");
  }

  /** A last word of a settlement's or landmark's name ("X Junction", "X Rapids"). */
  public boolean isLandHead(String token) {
    return hasRole(token, "land-head");
  }

  /** A first word that makes a name a place ("River Mersey", "Lake Placid"). */
  public boolean isPlacePrefix(String token) {
    return hasRole(token, "place-prefix");
  }

  /** A last word that makes "Place X" a sports club ("Montreal HC"). */
  public boolean isClubDesignator(String token) {
    return hasRole(token, "club-designator");
  }

  /** A plural after a place that names people or features, not a team ("Texas Republicans"). */
  public boolean isNotTeam(String token) {
    return hasRole(token, "not-team");
  }

  /** A last word that makes a name an event, prize or war ("Stanley Cup", "Liberation War"). */
  public boolean isMiscHead(String token) {
    return hasRole(token, "misc-head");
  }

  /** An organisation head word that is no name when it stands alone ("the Campaign"). */
  public boolean isNotAlone(String token) {
    return hasRole(token, "not-alone");
  }

  /** A last word of a numbered military or police unit ("Division", "Wing", "Battalion"). */
  public boolean isUnitHead(String token) {
    return hasRole(token, "unit-head");
  }

  private boolean hasRole(String token, String role) {
    Set<String> r = nameCues.get(lower(token));
    return r != null && r.contains(role);
  }

  /**
   * A nationality or resident word: listed ("British"), or a country or US state with a usual
   * ending ("Canadian", "Kenyan", "Minnesotan", "Queenslander", "Japanese", "Texan", "Italian").
   */
  public boolean isDemonym(String token) {
    if (token.length() < 4 || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    if (hasRole(token, "demonym")) {
      return true;
    }
    String w = lower(token);
    java.util.List<String> stems = new java.util.ArrayList<>();
    if (w.endsWith("ian")) {
      stems.add(w.substring(0, w.length() - 3) + "ia"); // Australian
      stems.add(w.substring(0, w.length() - 3) + "a"); // Canadian
      stems.add(w.substring(0, w.length() - 3) + "y"); // Italian
      stems.add(w.substring(0, w.length() - 3)); // Brazilian
    }
    if (w.endsWith("an")) {
      stems.add(w.substring(0, w.length() - 1)); // Kenyan, Minnesotan
      stems.add(w.substring(0, w.length() - 1) + "s"); // Texan
      stems.add(w + "y"); // German
    }
    if (w.endsWith("er")) {
      stems.add(w.substring(0, w.length() - 2)); // Queenslander
    }
    if (w.endsWith("ese")) {
      stems.add(w.substring(0, w.length() - 3)); // Japanese
      stems.add(w.substring(0, w.length() - 3) + "a"); // Chinese
    }
    if (w.endsWith("i")) {
      stems.add(w.substring(0, w.length() - 1)); // Qatari
    }
    for (String stem : stems) {
      String k = places.get(stem);
      if ("country".equals(k) || "state".equals(k)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Set<String>> roles(String name) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Map.Entry<String, String> e : lines(name)) {
      out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue());
    }
    return out;
  }

  /** The {@code key<TAB>value} lines of a hand-written classpath list, keys in lower case. */
  private static java.util.List<Map.Entry<String, String>> lines(String name) {
    java.util.List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
    try (BufferedReader in = open(null, name)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(
              where(null, name) + ":" + n + ": expected 'word<TAB>role', got '" + line + "'");
        }
        out.add(Map.entry(lower(line.substring(0, tab).strip()), line.substring(tab + 1).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where(null, name), e);
    }
    return out;
  }

  private static BufferedReader open(Path dir, String name) throws IOException {
    if (dir != null) {
      Path p = dir.resolve(name);
      if (!Files.exists(p)) {
        throw new IOException("missing word list " + p);
      }
      return Files.newBufferedReader(p, StandardCharsets.UTF_8);
    }
    InputStream in = NerLexicon.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IOException("missing word list classpath:" + RESOURCE_DIR + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static String where(Path dir, String name) {
    return dir != null ? dir.resolve(name).toString() : "classpath:" + RESOURCE_DIR + name;
  }

  private static Set<String> words(Path dir, String name) {
    Set<String> out = new HashSet<>();
    try (BufferedReader in = open(dir, name)) {
      String line;
      while ((line = in.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(lower(w));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where(dir, name), e);
    }
    return out;
  }

  /** Tab-separated {@code key value} lines; keys optionally in lower case. */
  private static Map<String, String> pairs(Path dir, String name, boolean lowerKey) {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader in = open(dir, name)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(
              where(dir, name) + ":" + n + ": expected 'key<TAB>value', got '" + line + "'");
        }
        String key = line.substring(0, tab);
        out.putIfAbsent(lowerKey ? lower(key) : key, line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where(dir, name), e);
    }
    return out;
  }
}
