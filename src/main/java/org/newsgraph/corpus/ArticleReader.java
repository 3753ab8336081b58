package org.newsgraph.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder of articles: every regular, non-hidden file except {@code articles.tsv} (and
 * README, NOTICE or LICENSE files), each in the format {@link ArticleFormats} finds for it (plain
 * text, HTML, JSON Lines, RSS/Atom). Metadata is merged by precedence: the {@code articles.tsv} row
 * over what the document says over what the file name says ({@link MetaSource}). Each unreadable
 * input (a file, a JSON line, a feed item, a metadata row) gets one problem naming it; the others
 * are still read. The same text under a second name is read once, both names kept.
 */
public final class ArticleReader {
  /** Default limit on one input file's size. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final Cleaner cleaner;
  private final long maxBytes;
  private final ArticleFormats formats;
  private final boolean followLinks;

  public ArticleReader(Cleaner cleaner, long maxBytes) {
    this(cleaner, maxBytes, ArticleFormats.standard());
  }

  public ArticleReader(Cleaner cleaner, long maxBytes, ArticleFormats formats) {
    this(cleaner, maxBytes, formats, false);
  }

  private ArticleReader(Cleaner cleaner, long maxBytes, ArticleFormats formats, boolean followLinks) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
    }
    this.cleaner = cleaner;
    this.maxBytes = maxBytes;
    this.formats = formats;
    this.followLinks = followLinks;
  }

  /**
   * This reader, reading files that links in the folder lead to outside it (by default such a link
   * is reported and not read).
   */
  public ArticleReader followingLinks(boolean follow) {
    return new ArticleReader(cleaner, maxBytes, formats, follow);
  }

  public static ArticleReader standard() {
    return new ArticleReader(Cleaner.standard(), DEFAULT_MAX_BYTES);
  }

  /** The reader with another limit on a file's size. */
  public static ArticleReader withMaxBytes(long maxBytes) {
    return new ArticleReader(Cleaner.standard(), maxBytes);
  }

  /** The articles read, in file-name order (entries in file order), and the problems met. */
  public record Result(List<Article> articles, List<InputProblem> problems) {}

  public Result readDirectory(Path dir) throws CorpusException {
    Reading reading = open(dir);
    List<Article> articles = new ArrayList<>();
    while (reading.hasNext()) {
      articles.add(reading.next());
    }
    reading.alsoReadFrom().forEach((i, names) -> articles.set(i, articles.get(i).alsoReadFrom(names)));
    return new Result(articles, reading.problems());
  }

  /**
   * Starts reading a folder one article at a time, in the order of {@link #readDirectory} (which
   * is built on it): a file is read when the articles before it have been taken, so the articles
   * need not all be in memory at once. What only the whole folder tells is known once the last
   * article is taken: the problems ({@link Reading#problems()}, in the order of {@link
   * #readDirectory}) and the other names of an article whose text was met again ({@link
   * Reading#alsoReadFrom()}). Throws when the folder itself cannot be read.
   */
  public Reading open(Path dir) throws CorpusException {
    return new Reading(dir, listFiles(dir));
  }

  /**
   * The files of a folder that are read as articles, in the order they are read; throws when the
   * folder itself cannot be read. A glob ({@link InputGlob}) gives the files it matches.
   */
  public List<Path> listFiles(Path dir) throws CorpusException {
    if (InputGlob.is(dir)) {
      Path root = InputGlob.root(dir);
      if (!Files.isDirectory(root)) {
        throw new CorpusException(root.toString(), "no such directory (the folder of the glob " + dir + ")");
      }
      try {
        return InputGlob.files(dir).stream().filter(ArticleReader::isArticleFile).toList();
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new CorpusException(root.toString(), "cannot list the directory: " + e.getMessage(), e);
      }
    }
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(dir.toString(), Files.exists(dir) ? "not a directory" : "no such directory");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
    } catch (IOException e) {
      throw new CorpusException(dir.toString(), "cannot list the directory: " + e.getMessage(), e);
    }
  }

  /**
   * What decides which articles of {@code dir} (or of a glob: its root's) are built, its {@code
   * articles.tsv} read now as this reader reads an article file (size limit, link rule, encoding).
   */
  public Admission admission(Path dir) {
    return new Admission(InputGlob.is(dir) ? InputGlob.root(dir) : dir, new MetadataReader(maxBytes, followLinks));
  }

  /** A folder being read, one article at a time (see {@link #open}); not thread-safe. */
  public final class Reading implements java.util.Iterator<Article> {
    private final java.util.Iterator<Path> files;
    private final Admission admission;
    private final java.util.ArrayDeque<Article> ready = new java.util.ArrayDeque<>();
    private int given;
    private boolean done;

    private Reading(Path dir, List<Path> files) {
      this.files = files.iterator();
      this.admission = admission(dir);
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && files.hasNext()) {
        for (Candidate c : admission.admit(readFile(files.next(), admission.rows()))) {
          ready.add(c.article());
        }
      }
      if (ready.isEmpty() && !done) {
        done = true;
        admission.finish();
      }
      return !ready.isEmpty();
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException("all " + given + " articles of " + admission.dir() + " were read");
      }
      given++;
      return ready.poll();
    }

    /** The problems met so far; all of them once {@link #hasNext()} said false. */
    public List<InputProblem> problems() {
      return admission.problems();
    }

    /**
     * By the number of an article given (0: the first), the other names its text was read from,
     * in the order met; complete once {@link #hasNext()} said false.
     */
    public java.util.SortedMap<Integer, List<String>> alsoReadFrom() {
      return admission.alsoReadFrom();
    }
  }

  /**
   * An article read from a file, or the problem of one of its entries (with neither: the name of
   * an entry that could not be read, which a metadata row may give).
   */
  public record Candidate(String name, Article article, InputProblem problem) implements java.io.Serializable {}

  /**
   * One file of a folder, read on its own: its entries in order, and the problems of the file as
   * a whole (it could not be read, or some of its entries could not be parsed), which come first.
   */
  public record FileRead(String fileName, List<Candidate> candidates, List<InputProblem> problems)
      implements java.io.Serializable {}

  /**
   * Reads one file of a folder whose {@code articles.tsv} rows are {@code rows} ({@link
   * Admission#rows()}), with no state shared with the other files.
   */
  public FileRead readFile(Path f, Map<String, ArticleMeta> rows) {
    String name = f.getFileName().toString();
    List<InputProblem> problems = new ArrayList<>();
    try {
      return new FileRead(name, readFile(f, rows, problems), problems);
    } catch (CorpusException e) {
      problems.add(e.toProblem());
      return new FileRead(name, List.of(), problems);
    }
  }

  private List<Candidate> readFile(Path f, Map<String, ArticleMeta> rows, List<InputProblem> problems)
      throws CorpusException {
    String name = f.getFileName().toString();
    byte[] bytes = readBounded(f, f.getParent());
    if (bytes.length == 0) {
      throw new CorpusException(name, "empty file");
    }
    ArticleFormat format = formats.formatFor(name, bytes);
    ArticleFormat.Parsed parsed = format.read(name, bytes);
    problems.addAll(parsed.problems());
    // the names of entries that could not be read, so that their metadata rows are not reported again
    String fileHash = sha256(bytes);
    List<Candidate> out = new ArrayList<>();
    for (InputProblem p : parsed.problems()) {
      out.add(new Candidate(p.where().replaceFirst(":(\\d+)$", "#$1"), null, null));
    }
    for (ArticleFormat.Item item : parsed.items()) {
      String itemName = item.entry() != null ? item.entry() : name;
      try {
        out.add(new Candidate(itemName, toArticle(name, item, rows.get(itemName), fileHash), null));
      } catch (CorpusException e) {
        out.add(new Candidate(itemName, null, e.toProblem()));
      }
    }
    return out;
  }

  private Article toArticle(String file, ArticleFormat.Item item, ArticleMeta row, String fileHash)
      throws CorpusException {
    String itemName = item.entry() != null ? item.entry() : file;
    String text = sanitize(item.text());
    if (text.isBlank()) {
      throw new CorpusException(itemName, "no text in the " + (item.entry() != null ? "entry" : "file"));
    }
    Cleaner.Result clean = cleaner.clean(text);
    if (clean.kept().isEmpty()) {
      throw new CorpusException(itemName, "nothing left after removing boilerplate (" + clean.dropped().size()
          + " paragraphs dropped)");
    }
    MetaCandidates meta = new MetaCandidates();
    if (row != null) {
      meta.addAll(row);
    }
    meta.addAll(item.meta());
    fileNameDate(file).ifPresent(d -> meta.add(ArticleMeta.PUBLISHED, d, MetaSource.FILE_NAME, "date in the file name"));
    String slug = item.entry() == null ? slug(file) : slug(file) + "-" + item.entry().substring(item.entry().lastIndexOf('#') + 1);
    return new Article(slug, file, text, meta.resolve(itemName), clean.kept(), clean.dropped(), fileHash, item.entry(),
        List.of());
  }

  /** Reads one single-article file; {@code meta} counts as its articles.tsv row. */
  public Article read(Path file, ArticleMeta meta) throws CorpusException {
    String name = file.getFileName().toString();
    byte[] bytes = readBounded(file, null);
    if (bytes.length == 0) {
      throw new CorpusException(name, "empty file");
    }
    ArticleFormat.Parsed parsed = formats.formatFor(name, bytes).read(name, bytes);
    if (parsed.items().size() != 1 || parsed.items().get(0).entry() != null) {
      throw new CorpusException(name, "holds " + parsed.items().size() + " articles; read its folder instead");
    }
    return toArticle(name, parsed.items().get(0), meta, sha256(bytes));
  }

  /** The bytes of one input file: at most the size limit, and no link out of {@code folder} (null: none). */
  private byte[] readBounded(Path file, Path folder) throws CorpusException {
    return InputFile.read(file, folder, followLinks, maxBytes, "build");
  }

  public static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return !n.startsWith(".")
        && !n.equals(MetadataReader.FILE_NAME)
        && !lower.startsWith("readme")
        && !lower.startsWith("notice")
        && !lower.startsWith("license")
        && !lower.endsWith("~");
  }

  private static final Pattern NAME_DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d\\d)[-_.](0[1-9]|1[0-2])[-_.](0[1-9]|[12]\\d|3[01])(?!\\d)");

  /** A date written in a file name ({@code 2021-12-08-sheriff.txt}, {@code story_2021_12_08.html}). */
  static java.util.Optional<String> fileNameDate(String fileName) {
    Matcher m = NAME_DATE.matcher(fileName);
    return m.find() ? java.util.Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : java.util.Optional.empty();
  }

  /**
   * Control characters (other than tab, line feed and form feed), lone surrogates and
   * non-characters become spaces or U+FFFD, one for one, so offsets stay valid and literals well formed.
   */
  static String sanitize(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if (c == '\r') {
        r = '\n';
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7f) {
        r = ' ';
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        r = '\uFFFD';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        r = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        r = '\uFFFD';
      }
      if (r != c) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, r);
      }
    }
    return b == null ? s : b.toString();
  }

  static String textKey(Article a) {
    return sha256(a.text().strip().getBytes(StandardCharsets.UTF_8));
  }

  /** A stable slug from a file name: lower case, extension removed, runs of other characters as '-'. */
  public static String slug(String fileName) {
    String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    String s = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "article" : s;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
