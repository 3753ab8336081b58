package org.newsgraph.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
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
import java.util.stream.Stream;

/**
 * Reads a folder of articles: every regular, non-hidden file except {@code articles.tsv} (and
 * README or NOTICE files). Plain text must be UTF-8; HTML is turned into text first. Each unreadable
 * input gets one problem naming the file; the others are still read.
 */
public final class ArticleReader {
  /** Default limit on one article's size. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final Cleaner cleaner;
  private final long maxBytes;

  public ArticleReader(Cleaner cleaner, long maxBytes) {
    this.cleaner = cleaner;
    this.maxBytes = maxBytes;
  }

  public static ArticleReader standard() {
    return new ArticleReader(Cleaner.standard(), DEFAULT_MAX_BYTES);
  }

  /** The articles read, in file-name order, and the problems met. */
  public record Result(List<Article> articles, List<InputProblem> problems) {}

  public Result readDirectory(Path dir) throws CorpusException {
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(dir.toString(), Files.exists(dir) ? "not a directory" : "no such directory");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
    } catch (IOException e) {
      throw new CorpusException(dir.toString(), "cannot list the directory: " + e.getMessage(), e);
    }
    List<InputProblem> problems = new ArrayList<>();
    Map<String, ArticleMeta> meta = Map.of();
    Path tsv = dir.resolve(MetadataReader.FILE_NAME);
    if (Files.exists(tsv)) {
      MetadataReader.Result m = new MetadataReader().read(tsv);
      meta = m.rows();
      problems.addAll(m.problems());
    }
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      try {
        articles.add(read(f, meta.getOrDefault(name, ArticleMeta.empty(name))));
      } catch (CorpusException e) {
        problems.add(e.toProblem());
      }
    }
    for (String listed : meta.keySet()) {
      if (files.stream().noneMatch(f -> f.getFileName().toString().equals(listed))) {
        problems.add(new InputProblem(MetadataReader.FILE_NAME, "lists " + listed + ", which is not in " + dir));
      }
    }
    return new Result(articles, problems);
  }

  static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    return !n.startsWith(".")
        && !n.equals(MetadataReader.FILE_NAME)
        && !lower.startsWith("readme")
        && !lower.startsWith("notice")
        && !lower.startsWith("license")
        && !lower.endsWith("~");
  }

  /** Reads one file; the metadata's {@code file} is the file name. */
  public Article read(Path file, ArticleMeta meta) throws CorpusException {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new CorpusException(name, String.format(Locale.ROOT,
            "file is %.1f MB, over the limit of %.1f MB for one article", size / 1048576.0, maxBytes / 1048576.0));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(name, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
    String text = decode(name, bytes);
    if (looksLikeHtml(text)) {
      text = Html.toText(text);
    }
    if (text.isBlank()) {
      throw new CorpusException(name, bytes.length == 0 ? "empty file" : "no text in the file");
    }
    Cleaner.Result clean = cleaner.clean(text);
    if (clean.kept().isEmpty()) {
      throw new CorpusException(name, "nothing left after removing boilerplate (" + clean.dropped().size() + " paragraphs dropped)");
    }
    return new Article(slug(name), name, text, meta, clean.kept(), clean.dropped(), sha256(bytes));
  }

  static String decode(String name, byte[] bytes) throws CorpusException {
    int probe = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < probe; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new CorpusException(name, "binary file (NUL byte at offset " + i + "), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (probe > 0 && control * 10 > probe) {
      throw new CorpusException(name, "binary file (" + control + " control bytes in the first " + probe + "), not text");
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String s = dec.decode(in).toString();
      if (s.startsWith("\uFEFF")) {
        s = " " + s.substring(1); // keep offsets: the BOM becomes a space the cleaner trims
      }
      return s.replace('\r', '\n');
    } catch (MalformedInputException e) {
      throw new CorpusException(name, "not valid UTF-8 (bad byte at offset " + in.position()
          + "); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8", e);
    } catch (CharacterCodingException e) {
      throw new CorpusException(name, "not valid UTF-8: " + e.getMessage(), e);
    }
  }

  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || (head.startsWith("<") && head.contains("<p>"));
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
