package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wikidata classes (P31 values) and the kind of entity they mean, from {@code
 * data/wikidata/classes.tsv} (columns: qid, label, role, source; role is a linkable kind).
 */
public final class TypeClasses {
  public static final String DATA_PATH = "data/wikidata/classes.tsv";
  public static final String RESOURCE = "/org/newsgraph/wikidata/classes.tsv";

  private final Map<String, String> roleByClass;

  public TypeClasses(Map<String, String> roleByClass) {
    this.roleByClass = Map.copyOf(roleByClass);
  }

  /** Same lookup order as {@link Gazetteer#standard()}. */
  public static TypeClasses standard() {
    try (InputStream in = TypeClasses.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        return parse(in, "classpath:" + RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + RESOURCE, e);
    }
    Path f = Path.of(System.getProperty("newsgraph.repo", ".")).resolve(DATA_PATH);
    try (InputStream in = Files.newInputStream(f)) {
      return parse(in, f.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  static TypeClasses parse(InputStream in, String name) throws IOException {
    Map<String, String> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.equals("qid\tlabel\trole\tsource")) {
        throw new IllegalArgumentException(name + ": header must be qid\\tlabel\\trole\\tsource");
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !Candidate.KINDS.contains(f[2])) {
          throw new IllegalArgumentException(
              name + ":" + n + ": expected qid, label, role (one of " + Candidate.KINDS
                  + "), source");
        }
        m.put(f[0], f[2]);
      }
    }
    return new TypeClasses(m);
  }

  /** The kinds the classes of an item point to. */
  public Set<String> roles(List<String> classes) {
    return classes.stream()
        .map(roleByClass::get)
        .filter(r -> r != null)
        .collect(Collectors.toSet());
  }

  /**
   * Whether an item with these P31 classes may be linked from an entity of {@code kind}: a person
   * only to a human; a place only to an item of a geographic class or with coordinates; anything
   * else never to a human or a geographic item.
   */
  public boolean accepts(String kind, WikidataEntity e) {
    Set<String> roles = roles(e.values("P31"));
    boolean human = roles.contains("person");
    boolean place = roles.contains("place");
    boolean disambiguation = e.description().toLowerCase(java.util.Locale.ROOT).contains("disambiguation page");
    if (disambiguation) {
      return false;
    }
    return switch (kind) {
      case "person" -> human;
      case "place" -> !human && (place || (e.hasCoordinates() && roles.isEmpty()));
      default -> !human && !place;
    };
  }
}
