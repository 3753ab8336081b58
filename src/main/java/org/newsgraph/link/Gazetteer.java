package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's own list of Wikidata items whose QIDs were verified in public sources, indexed by
 * name key ({@link Names#key}). Read from {@code data/wikidata/gazetteer.tsv} (columns: qid, label,
 * aliases, type, location_or_jurisdiction_qid, source, verified).
 */
public final class Gazetteer {
  /** Where the gazetteer lives in the source tree. */
  public static final String DATA_PATH = "data/wikidata/gazetteer.tsv";

  /** Where the build puts it on the classpath. */
  public static final String RESOURCE = "/org/newsgraph/wikidata/gazetteer.tsv";

  static final List<String> HEADER =
      List.of(
          "qid", "label", "aliases", "type", "location_or_jurisdiction_qid", "source", "verified");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byQid;
  private final Map<String, List<GazetteerEntry>> strongByKey;
  private final Map<String, List<GazetteerEntry>> weakByKey;
  private final Map<String, List<GazetteerEntry>> labelByKey;
  private final Map<String, Set<String>> namedInMemo =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> q = new LinkedHashMap<>();
    Map<String, List<GazetteerEntry>> strong = new HashMap<>();
    Map<String, List<GazetteerEntry>> weak = new HashMap<>();
    Map<String, List<GazetteerEntry>> labels = new HashMap<>();
    for (GazetteerEntry e : this.entries) {
      if (q.put(e.qid(), e) != null) {
        throw new IllegalArgumentException("gazetteer lists " + e.qid() + " twice");
      }
      labels.computeIfAbsent(Names.key(e.label()), k -> new ArrayList<>()).add(e);
      for (String a : e.aliases()) {
        strong.computeIfAbsent(Names.key(a), k -> new ArrayList<>()).add(e);
      }
      for (String a : e.weakAliases()) {
        weak.computeIfAbsent(Names.key(a), k -> new ArrayList<>()).add(e);
      }
    }
    this.byQid = Collections.unmodifiableMap(q);
    this.strongByKey = strong;
    this.weakByKey = weak;
    this.labelByKey = labels;
  }

  /**
   * The standard gazetteer: the file named by the system property {@code newsgraph.gazetteer},
   * else the copy on the classpath, else {@value #DATA_PATH} under the directory named by {@code
   * newsgraph.repo} or the working directory.
   */
  public static Gazetteer standard() {
    String prop = System.getProperty("newsgraph.gazetteer");
    if (prop != null) {
      return load(Path.of(prop));
    }
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        return parse(in, "classpath:" + RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + RESOURCE, e);
    }
    Path base = Path.of(System.getProperty("newsgraph.repo", "."));
    return load(base.resolve(DATA_PATH));
  }

  /** Reads a gazetteer file. */
  public static Gazetteer load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
    }
  }

  static Gazetteer parse(InputStream in, String name) throws IOException {
    List<GazetteerEntry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !Arrays.asList(header.split("\t", -1)).equals(HEADER)) {
        throw new IllegalArgumentException(
            name + ": header must be " + String.join("\\t", HEADER) + ", got: " + header);
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(row(line.split("\t", -1), name + ":" + n));
      }
    }
    return new Gazetteer(out);
  }

  private static GazetteerEntry row(String[] f, String where) {
    if (f.length != HEADER.size()) {
      throw new IllegalArgumentException(
          where + ": expected " + HEADER.size() + " tab-separated columns, got " + f.length);
    }
    if (!QID.matcher(f[0]).matches()) {
      throw new IllegalArgumentException(where + ": bad qid '" + f[0] + "'");
    }
    if (!f[4].isEmpty() && !QID.matcher(f[4]).matches()) {
      throw new IllegalArgumentException(where + ": bad location qid '" + f[4] + "'");
    }
    String[] type = f[3].split(":", 2);
    if (!Candidate.KINDS.contains(type[0])) {
      throw new IllegalArgumentException(
          where + ": type '" + f[3] + "' must start with one of " + Candidate.KINDS);
    }
    if (!f[6].equals("V") && !f[6].equals("V1")) {
      throw new IllegalArgumentException(where + ": verified must be V or V1, got '" + f[6] + "'");
    }
    if (f[5].isBlank()) {
      throw new IllegalArgumentException(where + ": " + f[0] + " has no source");
    }
    List<String> strong = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (String a : f[2].split("\\|")) {
      String s = a.strip();
      if (s.startsWith("~")) {
        weak.add(s.substring(1).strip());
      } else if (!s.isEmpty()) {
        strong.add(s);
      }
    }
    return new GazetteerEntry(
        f[0],
        f[1],
        strong,
        weak,
        type[0],
        type.length > 1 ? type[1] : "",
        f[4],
        f[5],
        f[6].equals("V1"));
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  public Optional<GazetteerEntry> byQid(String qid) {
    return Optional.ofNullable(byQid.get(qid));
  }

  /** Entries whose label has this key. */
  public List<GazetteerEntry> byLabel(String key) {
    return labelByKey.getOrDefault(key, List.of());
  }

  /** Entries with a (strong) alias with this key. */
  public List<GazetteerEntry> byAlias(String key) {
    return strongByKey.getOrDefault(key, List.of());
  }

  /** Entries with a weak alias with this key. */
  public List<GazetteerEntry> byWeakAlias(String key) {
    return weakByKey.getOrDefault(key, List.of());
  }

  /** Memoised: the items the name key {@code key} mentions, as computed by {@code finder}. */
  Set<String> namedIn(String key, java.util.function.BiFunction<Gazetteer, String, Set<String>> finder) {
    Set<String> got = namedInMemo.get(key);
    if (got == null) {
      got = finder.apply(this, key);
      if (namedInMemo.size() < 50_000) {
        namedInMemo.put(key, got);
      }
    }
    return got;
  }

  /** The item and the items it lies in, following parent links (cycle-safe). */
  public Set<String> withAncestors(String qid) {
    Set<String> out = new LinkedHashSet<>();
    String q = qid;
    while (q != null && !q.isEmpty() && out.add(q)) {
      GazetteerEntry e = byQid.get(q);
      q = e == null ? null : e.parentQid();
    }
    return out;
  }
}
