package org.newsgraph.nlp.syntax.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads CoNLL-U treebanks (Universal Dependencies): the syntactic words of each sentence with
 * their UPOS, XPOS, head and relation. Multiword-token lines ("1-2 don't") and empty nodes
 * ("8.1") are skipped: the words are what the tagger and parser see.
 */
public final class Conllu {
  private Conllu() {}

  /**
   * One sentence.
   *
   * @param heads head of each word, 0-based, -1 for the root
   */
  public record Sentence(String id, String[] words, String[] upos, String[] xpos, int[] heads, String[] deprels) {
    public int size() {
      return words.length;
    }
  }

  /** The .conllu files of {@code paths} (files as given, folders searched), in name order. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".conllu")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** All sentences of the files, in order. */
  public static List<Sentence> read(List<Path> files) throws IOException {
    List<Sentence> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(read(f));
    }
    return out;
  }

  /** The sentences of one file; a malformed line fails with the file and line number. */
  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String[]> rows = new ArrayList<>();
      String id = null;
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          if (!rows.isEmpty()) {
            out.add(sentence(file, no, id, rows));
            rows.clear();
          }
          id = null;
          continue;
        }
        if (line.startsWith("#")) {
          if (line.startsWith("# sent_id")) {
            id = line.substring(line.indexOf('=') + 1).trim();
          }
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
          throw new IOException(file + ":" + no + ": a CoNLL-U line has 10 tab-separated columns, this one " + cols.length);
        }
        if (cols[0].contains("-") || cols[0].contains(".")) {
          continue;
        }
        if (!cols[0].equals(Integer.toString(rows.size() + 1))) {
          throw new IOException(file + ":" + no + ": word number " + cols[0] + ", expected " + (rows.size() + 1));
        }
        rows.add(cols);
      }
      if (!rows.isEmpty()) {
        out.add(sentence(file, no, id, rows));
      }
    }
    return out;
  }

  private static Sentence sentence(Path file, int no, String id, List<String[]> rows) throws IOException {
    int n = rows.size();
    String[] words = new String[n];
    String[] upos = new String[n];
    String[] xpos = new String[n];
    int[] heads = new int[n];
    String[] rels = new String[n];
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      words[i] = c[1];
      upos[i] = c[3];
      xpos[i] = c[4];
      try {
        heads[i] = c[6].equals("_") ? -2 : Integer.parseInt(c[6]) - 1;
      } catch (NumberFormatException e) {
        throw new IOException(file + ": sentence ending before line " + no + ": head '" + c[6] + "' is not a number");
      }
      if (heads[i] >= n || heads[i] == i) {
        throw new IOException(file + ": sentence ending before line " + no + ": word " + (i + 1) + " has head " + c[6]);
      }
      rels[i] = c[7];
    }
    return new Sentence(id, words, upos, xpos, heads, rels);
  }
}
