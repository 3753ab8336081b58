package org.newsgraph.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What a folder that gave no article holds, said in a few words for the user. */
public final class InputFolder {
  private InputFolder() {}

  /** Whether {@code dir} holds a file that is read as articles (not hidden, not a README, not articles.tsv). */
  public static boolean hasArticleFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> Files.isRegularFile(p) && ArticleReader.isArticleFile(p));
    } catch (IOException e) {
      return true; // the reader says why it cannot be listed
    }
  }

  /**
   * Why {@code dir} gave no article to read: "it is empty", "it holds only files that are not
   * articles (README.md, articles.tsv)", "it holds only folders (2019, 2020); the articles must be
   * in it, not in folders below it"...
   */
  public static String whyNoArticle(Path dir) {
    List<String> notArticles = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    List<String> other = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          folders.add(name);
        } else if (!Files.isRegularFile(p)) {
          other.add(name);
        } else if (!ArticleReader.isArticleFile(p)) {
          notArticles.add(name);
        }
      }
    } catch (IOException e) {
      return "it cannot be listed (" + e.getMessage() + ")";
    }
    if (notArticles.isEmpty() && folders.isEmpty() && other.isEmpty()) {
      return "it is empty";
    }
    List<String> parts = new ArrayList<>();
    if (!notArticles.isEmpty()) {
      parts.add("files that are not articles (" + names(notArticles) + ": hidden files, README, NOTICE and LICENSE"
          + " files and articles.tsv are skipped)");
    }
    if (!folders.isEmpty()) {
      parts.add("folders (" + names(folders) + "; articles are read from the folder itself, not from folders in it)");
    }
    if (!other.isEmpty()) {
      parts.add("entries that are not regular files (" + names(other) + ")");
    }
    return "it holds only " + String.join(" and ", parts);
  }

  private static String names(List<String> names) {
    return names.size() <= 5 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
  }
}
