package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Learns word clusters from unlabelled text: each frequent word is described by the words seen just
 * before and just after it (positive PMI weights, unit length), and the words are split in two again
 * and again by 2-means on cosine similarity. A word's cluster id is its path of splits, a bit string
 * like Brown clusters, so prefixes name coarser clusters. Also lists the words that are nearly
 * always written in lower case when not at the start of a sentence. Deterministic: no random
 * initialisation.
 */
public final class WordClusterer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\p{L}[\\p{L}\\p{N}]*(?:(?:[.&\\-]|['\u2019](?=\\p{Lu}))[\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

  private final int minCount;
  private final int contextWords;
  private final int maxDepth;

  /**
   * @param minCount words seen fewer times get no cluster
   * @param contextWords how many of the most frequent words serve as context
   * @param maxDepth longest cluster id, in bits
   */
  public WordClusterer(int minCount, int contextWords, int maxDepth) {
    this.minCount = minCount;
    this.contextWords = contextWords;
    this.maxDepth = maxDepth;
  }

  public WordClusterer() {
    this(5, 600, 12);
  }

  static List<String> tokenize(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Reads every {@code .txt} file under {@code textDir} (sorted) as lines of tokens. */
  static List<List<String>> readText(Path textDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(textDir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt files under " + textDir);
    }
    List<List<String>> lines = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        List<String> t = tokenize(line);
        if (!t.isEmpty()) {
          lines.add(t);
        }
      }
    }
    return lines;
  }

  /** Writes {@code clusters.tsv} and {@code lowercase-words.txt} into {@code out}. */
  public List<String> build(Path textDir, Path out) throws IOException {
    List<List<String>> lines = readText(textDir);
    Files.createDirectories(out);
    Map<String, String> clusters = cluster(lines);
    try (Writer w = Files.newBufferedWriter(out.resolve("clusters.tsv"), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : new TreeMap<>(clusters).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    List<String> lower = lowercaseWords(lines);
    try (Writer w =
        Files.newBufferedWriter(out.resolve("lowercase-words.txt"), StandardCharsets.UTF_8)) {
      for (String s : lower) {
        w.write(s + "\n");
      }
    }
    long tokens = lines.stream().mapToLong(List::size).sum();
    return List.of(
        "read " + lines.size() + " lines, " + tokens + " tokens",
        "clusters.tsv: " + clusters.size() + " words",
        "lowercase-words.txt: " + lower.size());
  }

  /** Sentence-initial positions: the first token of a line and tokens after . ! ? : or a quote. */
  private static boolean initial(List<String> line, int i) {
    if (i == 0) {
      return true;
    }
    String p = line.get(i - 1);
    return p.equals(".") || p.equals("!") || p.equals("?") || p.equals(":") || p.equals("\"")
        || p.equals("\u201c") || p.equals("\u2014") || p.equals("-");
  }

  static List<String> lowercaseWords(List<List<String>> lines) {
    Map<String, int[]> counts = new HashMap<>();
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        String w = line.get(i);
        if (!Character.isLetter(w.charAt(0)) || initial(line, i)) {
          continue;
        }
        String lw = w.toLowerCase(Locale.ROOT);
        int[] c = counts.computeIfAbsent(lw, k -> new int[2]);
        if (w.equals(lw)) {
          c[0]++;
        } else if (Character.isUpperCase(w.charAt(0))) {
          c[1]++;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int l = e.getValue()[0];
      int u = e.getValue()[1];
      if (l >= 5 && l >= 0.9 * (l + u)) {
        out.add(e.getKey());
      }
    }
    out.sort(null);
    return out;
  }

  Map<String, String> cluster(List<List<String>> lines) {
    Map<String, Integer> freq = new HashMap<>();
    for (List<String> line : lines) {
      for (String w : line) {
        freq.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    for (Map.Entry<String, Integer> e : freq.entrySet()) {
      if (e.getValue() >= minCount) {
        vocab.add(e.getKey());
      }
    }
    vocab.sort((a, b) -> freq.get(b).equals(freq.get(a)) ? a.compareTo(b) : freq.get(b) - freq.get(a));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      index.put(vocab.get(i), i);
    }
    int c = Math.min(contextWords, vocab.size());
    int dims = 2 * c;
    float[][] vec = new float[vocab.size()][dims];
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        Integer w = index.get(line.get(i));
        if (w == null) {
          continue;
        }
        if (i > 0) {
          Integer l = index.get(line.get(i - 1));
          if (l != null && l < c) {
            vec[w][l]++;
          }
        }
        if (i + 1 < line.size()) {
          Integer r = index.get(line.get(i + 1));
          if (r != null && r < c) {
            vec[w][c + r]++;
          }
        }
      }
    }
    // positive PMI, then unit length
    double total = 0;
    double[] colSum = new double[dims];
    double[] rowSum = new double[vec.length];
    for (int w = 0; w < vec.length; w++) {
      for (int d = 0; d < dims; d++) {
        colSum[d] += vec[w][d];
        rowSum[w] += vec[w][d];
        total += vec[w][d];
      }
    }
    for (int w = 0; w < vec.length; w++) {
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        float x = vec[w][d];
        if (x > 0) {
          double pmi = Math.log(x * total / (rowSum[w] * colSum[d]));
          vec[w][d] = pmi > 0 ? (float) pmi : 0f;
          norm += vec[w][d] * vec[w][d];
        }
      }
      if (norm > 0) {
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
          vec[w][d] *= inv;
        }
      }
    }
    String[] ids = new String[vocab.size()];
    int[] all = new int[vocab.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    split(vec, all, "", ids);
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      out.put(vocab.get(i), ids[i].isEmpty() ? "0" : ids[i]);
    }
    return out;
  }

  private void split(float[][] vec, int[] members, String prefix, String[] ids) {
    if (prefix.length() >= maxDepth || members.length < 8) {
      for (int m : members) {
        ids[m] = prefix;
      }
      return;
    }
    int dims = vec[members[0]].length;
    float[] mean = new float[dims];
    for (int m : members) {
      for (int d = 0; d < dims; d++) {
        mean[d] += vec[m][d] / members.length;
      }
    }
    float[] pc = principal(vec, members, mean);
    int[] assign = new int[members.length];
    for (int i = 0; i < members.length; i++) {
      assign[i] = dot(vec[members[i]], pc) - dot(mean, pc) >= 0 ? 0 : 1;
    }
    for (int iter = 0; iter < 5; iter++) {
      float[][] cent = {
        centroid(vec, members, assign, 0, dims), centroid(vec, members, assign, 1, dims)
      };
      boolean changed = false;
      for (int i = 0; i < members.length; i++) {
        float[] v = vec[members[i]];
        int k = dot(v, cent[0]) >= dot(v, cent[1]) ? 0 : 1;
        changed |= k != assign[i];
        assign[i] = k;
      }
      if (!changed) {
        break;
      }
    }
    int n0 = 0;
    for (int k : assign) {
      if (k == 0) {
        n0++;
      }
    }
    if (n0 == 0 || n0 == members.length) {
      for (int m : members) {
        ids[m] = prefix;
      }
      return;
    }
    int[] left = new int[n0];
    int[] right = new int[members.length - n0];
    int li = 0;
    int ri = 0;
    for (int i = 0; i < members.length; i++) {
      if (assign[i] == 0) {
        left[li++] = members[i];
      } else {
        right[ri++] = members[i];
      }
    }
    split(vec, left, prefix + "0", ids);
    split(vec, right, prefix + "1", ids);
  }

  private static float[] centroid(float[][] vec, int[] members, int[] assign, int k, int dims) {
    float[] c = new float[dims];
    for (int i = 0; i < members.length; i++) {
      if (assign == null || assign[i] == k) {
        float[] v = vec[members[i]];
        for (int d = 0; d < dims; d++) {
          c[d] += v[d];
        }
      }
    }
    double norm = 0;
    for (float x : c) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < dims; d++) {
        c[d] *= inv;
      }
    }
    return c;
  }

  /** First principal direction of the members (power iteration from a fixed start). */
  private static float[] principal(float[][] vec, int[] members, float[] mean) {
    int dims = mean.length;
    float[] v = new float[dims];
    for (int d = 0; d < dims; d++) {
      v[d] = 1f / (1 + d % 7);
    }
    for (int iter = 0; iter < 12; iter++) {
      float[] next = new float[dims];
      float mv = dot(mean, v);
      for (int m : members) {
        float[] x = vec[m];
        float p = dot(x, v) - mv;
        for (int d = 0; d < dims; d++) {
          next[d] += p * (x[d] - mean[d]);
        }
      }
      double norm = 0;
      for (float x : next) {
        norm += x * x;
      }
      if (norm == 0) {
        return v;
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < dims; d++) {
        next[d] *= inv;
      }
      v = next;
    }
    return v;
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

}
