package org.newsgraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What decides, across the files of a folder taken in order, which articles are built: the same
 * text under a second name is built once (both names kept), a second article that would get the
 * same IRI is left out, and a row of {@code articles.tsv} naming nothing read is reported. Each
 * file is read on its own ({@link ArticleReader#readFile(Path, Map)}); this is the only state across them, and
 * it needs only each article's {@link Key}, not its text. Not thread-safe.
 */
public final class Admission {
  private final Path dir;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, ArticleMeta> rows;
  private final Map<String, Integer> rowLines;
  private final Map<String, Integer> byText = new HashMap<>();
  private final Map<String, String> bySlug = new HashMap<>();
  private final Map<Integer, String> names = new HashMap<>();
  private final Set<String> accounted = new HashSet<>(); // names a metadata row may give: files and entries met
  private final java.util.TreeMap<Integer, List<String>> alsoReadFrom = new java.util.TreeMap<>();
  private int admitted;

  /**
   * For the files of {@code dir}, whose {@code articles.tsv} (if any, a link to it included) is
   * read now by {@code metadata} ({@link ArticleReader#admission} reads it as the article files).
   */
  public Admission(Path dir, MetadataReader metadata) {
    this.dir = dir;
    Map<String, ArticleMeta> rows = Map.of();
    Map<String, Integer> rowLines = Map.of();
    Path tsv = dir.resolve(MetadataReader.FILE_NAME);
    if (Files.exists(tsv, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      MetadataReader.Result m = metadata.read(tsv);
      rows = m.rows();
      rowLines = m.lines();
      problems.addAll(m.problems());
    }
    this.rows = rows;
    this.rowLines = rowLines;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** The rows of the folder's {@code articles.tsv} by the name they give, for {@link ArticleReader#readFile(Path, Map)}. */
  public Map<String, ArticleMeta> rows() {
    return rows;
  }

  /**
   * Takes the next file, in folder order: its problems are added, and the entries that are built
   * are given back, in order (their numbers count on from the articles built before).
   */
  public List<ArticleReader.Candidate> admit(ArticleReader.FileRead read) {
    file(read.fileName(), read.problems());
    List<ArticleReader.Candidate> kept = new ArrayList<>();
    for (ArticleReader.Candidate c : read.candidates()) {
      if (admit(c.name(), c.problem(), c.article() == null ? null : Key.of(c.article())) >= 0) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * Takes the next file's name and the problems of the file as a whole, before its entries
   * ({@link #admit(String, InputProblem, Key)}).
   */
  public void file(String fileName, List<InputProblem> fileProblems) {
    accounted.add(fileName);
    problems.addAll(fileProblems);
  }

  /**
   * Takes the next entry of the file taken last: its name, its problem (or null) and, when it is
   * an article, its key; returns the article's number among those built, or -1 when it is not
   * built.
   */
  public int admit(String name, InputProblem problem, Key key) {
    accounted.add(name);
    if (problem != null) {
      problems.add(problem);
    }
    if (key == null) {
      return -1;
    }
    Integer same = byText.get(key.textKey());
    if (same != null) {
      String first = names.get(same);
      alsoReadFrom.computeIfAbsent(same, k -> new ArrayList<>()).add(key.name());
      problems.add(new InputProblem(key.name(), "same text as " + first + "; built once, as "
          + first + ", with both names in the graph (ng:alsoReadFrom)"));
      return -1;
    }
    String taken = bySlug.get(key.slug());
    if (taken != null) {
      problems.add(new InputProblem(key.name(), "would get the same article IRI (…/id/article/" + key.slug()
          + ") as " + taken + "; rename one of them"));
      return -1;
    }
    int index = admitted++;
    byText.put(key.textKey(), index);
    bySlug.put(key.slug(), key.name());
    names.put(index, key.name());
    return index;
  }

  /** After the last file: a problem for each row of {@code articles.tsv} that named nothing read. */
  public void finish() {
    for (Map.Entry<String, ArticleMeta> row : rows.entrySet()) {
      String listed = row.getKey();
      if (!accounted.contains(listed)) {
        Integer line = rowLines.get(listed);
        problems.add(new InputProblem(MetadataReader.FILE_NAME + (line == null ? "" : ":" + line), "lists " + listed
            + ", which is not in " + dir + (listed.contains("#") ? " (or that file holds no such entry)" : "")));
      }
    }
  }

  /** The problems met so far, in the order met. */
  public List<InputProblem> problems() {
    return List.copyOf(problems);
  }

  /** By the number of an article built, the other names its text was read from, in the order met. */
  public java.util.SortedMap<Integer, List<String>> alsoReadFrom() {
    return java.util.Collections.unmodifiableSortedMap(alsoReadFrom);
  }

  /** What {@link Admission} needs of an article: the name it is known by, a hash of its text, its slug. */
  public record Key(String name, String textKey, String slug) implements java.io.Serializable {
    public static Key of(Article a) {
      return new Key(a.name(), ArticleReader.textKey(a), a.slug());
    }
  }
}
