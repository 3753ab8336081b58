package org.newsgraph.extract.coref;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One document of a GUM CoNLL-U file with its coreference (evaluation only, never in a build): the
 * text rebuilt from its sentences ("# text =", a blank line between paragraphs), each word's
 * offsets in it, and the entity of the innermost mention that covers each word ({@code Entity=}
 * in the MISC column: "(3-person-...", "3)", "(3-person-...)").
 *
 * @param entity the entity id of the innermost mention covering word k, or 0
 * @param single whether that innermost mention is word k alone (a pronoun's mention)
 */
public record GumDocument(String name, String text, int[] starts, int[] ends, int[] entity, boolean[] single) {
  /** The documents of every .conllu file under {@code dir}, in file order. */
  public static List<GumDocument> readAll(Path dir) throws IOException {
    List<Path> files;
    try (var s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    List<GumDocument> out = new ArrayList<>();
    for (Path f : files) {
      out.add(read(f.getFileName().toString().replace(".conllu", ""),
          Files.readAllLines(f, StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** A document from the lines of its CoNLL-U file. */
  public static GumDocument read(String name, List<String> lines) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    List<Boolean> singles = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {entity id, first word}
    String sentence = null;
    int cursor = 0;
    boolean newPar = false;
    for (String line : lines) {
      if (line.startsWith("# newpar")) {
        newPar = true;
      } else if (line.startsWith("# text = ")) {
        sentence = line.substring("# text = ".length());
        if (text.length() > 0) {
          text.append(newPar ? "\n\n" : " ");
        }
        cursor = text.length();
        text.append(sentence);
        newPar = false;
      } else if (!line.isEmpty() && !line.startsWith("#") && sentence != null) {
        String[] f = line.split("\t");
        if (f.length < 10 || !f[0].matches("\\d+")) {
          continue; // a multiword range or an empty node
        }
        int at = text.indexOf(f[1], cursor);
        int start = at < 0 ? cursor : at;
        int end = at < 0 ? cursor : at + f[1].length();
        cursor = end;
        int word = spans.size();
        spans.add(new int[] {start, end});
        int innermost = open.isEmpty() ? 0 : open.peek()[0];
        boolean alone = false;
        String misc = entityField(f[9]);
        List<Integer> closed = new ArrayList<>();
        for (int i = 0; i < misc.length(); ) {
          if (misc.charAt(i) == '(') {
            int j = i + 1;
            while (j < misc.length() && Character.isDigit(misc.charAt(j))) {
              j++;
            }
            int id = Integer.parseInt(misc.substring(i + 1, j));
            while (j < misc.length() && misc.charAt(j) != '(' && misc.charAt(j) != ')') {
              j++;
            }
            innermost = id;
            alone = j < misc.length() && misc.charAt(j) == ')';
            if (alone) {
              j++;
            } else {
              open.push(new int[] {id, word});
            }
            i = j;
          } else if (Character.isDigit(misc.charAt(i))) {
            int j = i;
            while (j < misc.length() && Character.isDigit(misc.charAt(j))) {
              j++;
            }
            closed.add(Integer.parseInt(misc.substring(i, j)));
            i = j + 1;
          } else {
            i++;
          }
        }
        ids.add(innermost);
        singles.add(alone);
        for (int id : closed) {
          open.removeIf(x -> x[0] == id);
        }
      }
    }
    int n = spans.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] entity = new int[n];
    boolean[] single = new boolean[n];
    for (int k = 0; k < n; k++) {
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
      entity[k] = ids.get(k);
      single[k] = singles.get(k);
    }
    return new GumDocument(name, text.toString(), starts, ends, entity, single);
  }

  private static String entityField(String misc) {
    for (String part : misc.split("\\|")) {
      if (part.startsWith("Entity=")) {
        return part.substring("Entity=".length());
      }
    }
    return "";
  }

  /** The word whose characters start at {@code offset}, or -1. */
  public int wordAt(int offset) {
    for (int k = 0; k < starts.length; k++) {
      if (starts[k] <= offset && offset < ends[k]) {
        return k;
      }
    }
    return -1;
  }
}
