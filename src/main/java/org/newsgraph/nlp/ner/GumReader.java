package org.newsgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.EntityType;

/**
 * Reads CoNLL-U files with CorefUD-style {@code Entity=} mention brackets in the MISC column (the
 * GUM corpus) and turns the person, organisation and place mentions headed by a proper noun into
 * names: the name is the run of proper nouns around the mention's head (joined by "of", "and", "&"
 * or "for" when proper nouns follow), with leading titles dropped. Nested names are resolved
 * longest first. Each file is one document.
 */
public final class GumReader {
  private static final java.util.Set<String> JOINERS = java.util.Set.of("of", "and", "&", "for");

  public List<LabeledSentence> read(Path file) throws IOException {
    List<LabeledSentence> out = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          if (!rows.isEmpty()) {
            out.add(sentence(rows, out.isEmpty(), file, lineNo));
            rows.clear();
          }
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
          throw new NerFormatException(file, lineNo, "expected 10 CoNLL-U columns, got " + cols.length);
        }
        if (cols[0].contains("-") || cols[0].contains(".")) {
          continue; // multiword token or empty node
        }
        rows.add(cols);
      }
    }
    if (!rows.isEmpty()) {
      out.add(sentence(rows, out.isEmpty(), file, lineNo));
    }
    return out;
  }

  private record Mention(int start, int end, String type) {}

  private LabeledSentence sentence(List<String[]> rows, boolean first, Path file, int lineNo) {
    int n = rows.size();
    List<String> tokens = new ArrayList<>(n);
    String[] upos = new String[n];
    int[] head = new int[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      tokens.add(r[1]);
      upos[i] = r[3];
      try {
        head[i] = Integer.parseInt(r[6]) - 1;
      } catch (NumberFormatException e) {
        throw new NerFormatException(file, lineNo, "bad HEAD '" + r[6] + "'");
      }
    }
    List<Mention> mentions = new ArrayList<>();
    Map<String, Deque<int[]>> open = new HashMap<>();
    Map<String, Deque<String>> openType = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String entity = null;
      for (String kv : rows.get(i)[9].split("\\|")) {
        if (kv.startsWith("Entity=")) {
          entity = kv.substring(7);
        }
      }
      if (entity == null) {
        continue;
      }
      int p = 0;
      while (p < entity.length()) {
        char c = entity.charAt(p);
        if (c == '(') {
          int q = p + 1;
          while (q < entity.length() && entity.charAt(q) != '(' && entity.charAt(q) != ')') {
            q++;
          }
          String[] parts = entity.substring(p + 1, q).split("-");
          String id = parts[0];
          String type = parts.length > 1 ? parts[1] : "";
          if (q < entity.length() && entity.charAt(q) == ')') {
            mentions.add(new Mention(i, i + 1, type));
            q++;
          } else {
            open.computeIfAbsent(id, k -> new ArrayDeque<>()).push(new int[] {i});
            openType.computeIfAbsent(id, k -> new ArrayDeque<>()).push(type);
          }
          p = q;
        } else if (c == ')') {
          p++;
        } else {
          int q = p;
          while (q < entity.length() && entity.charAt(q) != ')' && entity.charAt(q) != '(') {
            q++;
          }
          String id = entity.substring(p, q);
          Deque<int[]> st = open.get(id);
          if (st != null && !st.isEmpty()) {
            mentions.add(new Mention(st.pop()[0], i + 1, openType.get(id).pop()));
          }
          p = q < entity.length() && entity.charAt(q) == ')' ? q + 1 : q;
        }
      }
    }
    List<LabeledSpan> names = new ArrayList<>();
    for (Mention m : mentions) {
      EntityType type = ConllReader.mapType(m.type());
      if (type == null) {
        continue;
      }
      int h = -1;
      for (int i = m.start(); i < m.end(); i++) {
        if (head[i] < m.start() || head[i] >= m.end()) {
          h = i;
          break;
        }
      }
      if (h < 0 || !"PROPN".equals(upos[h])) {
        continue;
      }
      int s = h;
      while (s - 1 >= m.start()) {
        if ("PROPN".equals(upos[s - 1])) {
          s--;
        } else if (s - 2 >= m.start()
            && JOINERS.contains(tokens.get(s - 1).toLowerCase(java.util.Locale.ROOT))
            && "PROPN".equals(upos[s - 2])) {
          s -= 2;
        } else {
          break;
        }
      }
      int e = h + 1;
      while (e < m.end()) {
        if ("PROPN".equals(upos[e])) {
          e++;
        } else if (e + 1 < m.end()
            && JOINERS.contains(tokens.get(e).toLowerCase(java.util.Locale.ROOT))
            && "PROPN".equals(upos[e + 1])) {
          e += 2;
        } else {
          break;
        }
      }
      while (s < h && NerLexicon.standard().isTitle(tokens.get(s))) {
        s++;
      }
      names.add(new LabeledSpan(s, e, type));
    }
    names.sort(
        Comparator.comparingInt((LabeledSpan x) -> x.start() - x.end())
            .thenComparingInt(LabeledSpan::start));
    List<LabeledSpan> kept = new ArrayList<>();
    for (LabeledSpan c : names) {
      boolean clash = false;
      for (LabeledSpan k : kept) {
        if (c.start() < k.end() && k.start() < c.end()) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(LabeledSpan::start));
    return new LabeledSentence(tokens, kept, first);
  }
}
