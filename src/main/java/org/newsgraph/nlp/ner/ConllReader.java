package org.newsgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;

/**
 * Reads token-per-line NER corpora into {@link LabeledSentence}s.
 *
 * <p>Accepted layouts: {@code token tag} (2 columns, tab or space), {@code token POS chunk tag}
 * (4 columns; the tag is always the last column), and the Universal NER layout {@code index token
 * tag - annotator} with {@code # newdoc}/{@code # sent_id} comment lines. Tags may be IOB1 ({@code
 * I-X} starts a name unless it continues one of the same type), IOB2 ({@code B-X}) or IOBES. A blank
 * line ends a sentence; {@code -DOCSTART-} lines and {@code # newdoc} comments end a document. Types
 * other than person, organisation and location (MISC, OTH, ...) and the stray {@code B-O} are read
 * as outside.
 */
public final class ConllReader {
  private final boolean mergeAtMentions;

  /**
   * @param mergeAtMentions join a lone {@code @} token with the handle after it (Twitter corpora
   *     split {@code @name} into two tokens and label both); use for training data only
   */
  public ConllReader(boolean mergeAtMentions) {
    this.mergeAtMentions = mergeAtMentions;
  }

  public ConllReader() {
    this(false);
  }

  /** Reads one file. Throws {@link NerFormatException} naming the file and line on bad input. */
  public List<LabeledSentence> read(Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".conllu")) {
      return new GumReader().read(file);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file);
    }
  }

  /** Reads from a reader; {@code name} is used in error messages. */
  public List<LabeledSentence> read(BufferedReader in, Path name) throws IOException {
    List<LabeledSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean docStart = true;
    Boolean commentStyle = null;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        if (!tokens.isEmpty()) {
          out.add(sentence(tokens, tags, docStart, name, lineNo));
          docStart = false;
          tokens.clear();
          tags.clear();
        }
        continue;
      }
      if (commentStyle == null) {
        commentStyle = trimmed.startsWith("# ") && trimmed.contains(" = ");
      }
      if (commentStyle && trimmed.startsWith("#")) {
        if (trimmed.startsWith("# newdoc")) {
          docStart = flushDocument(out, tokens, tags, docStart, name, lineNo);
        }
        continue;
      }
      if (trimmed.startsWith("-DOCSTART-")) {
        docStart = flushDocument(out, tokens, tags, docStart, name, lineNo);
        continue;
      }
      String[] cols;
      if (line.indexOf('\t') >= 0) {
        cols = line.stripTrailing().split("\t");
        if (cols.length == 2 && cols[0].isBlank()) {
          continue; // a token made only of invisible characters
        }
      } else {
        cols = trimmed.split("\\s+");
      }
      String token;
      String tag;
      if (commentStyle && cols.length >= 3 && isIndex(cols[0])) {
        token = cols[1];
        tag = cols[2];
      } else if (cols.length >= 2) {
        token = cols[0];
        tag = cols[cols.length - 1];
      } else {
        throw new NerFormatException(
            name, lineNo, "expected 'token tag' or 'token POS chunk tag', got '" + trimmed + "'");
      }
      if (!isTag(tag)) {
        throw new NerFormatException(
            name, lineNo, "'" + tag + "' is not an O/B-X/I-X/E-X/S-X tag in '" + trimmed + "'");
      }
      tokens.add(token);
      tags.add(tag);
    }
    if (!tokens.isEmpty()) {
      out.add(sentence(tokens, tags, docStart, name, lineNo));
    }
    return out;
  }

  private boolean flushDocument(
      List<LabeledSentence> out,
      List<String> tokens,
      List<String> tags,
      boolean docStart,
      Path name,
      int lineNo) {
    if (!tokens.isEmpty()) {
      out.add(sentence(tokens, tags, docStart, name, lineNo));
      tokens.clear();
      tags.clear();
    }
    return true;
  }

  private static boolean isIndex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '-' && c != '.') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isTag(String tag) {
    return tag.equals("O")
        || (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0);
  }

  private LabeledSentence sentence(
      List<String> tokensIn, List<String> tagsIn, boolean docStart, Path name, int lineNo) {
    List<String> tokens = new ArrayList<>(tokensIn);
    List<String> tags = new ArrayList<>(tagsIn);
    if (mergeAtMentions) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).equals("@") && !tokens.get(i + 1).startsWith("@")) {
          String at = tags.get(i);
          String next = tags.get(i + 1);
          String merged =
              next.startsWith("I-") && at.length() > 2 && at.substring(2).equals(next.substring(2))
                  ? "B-" + next.substring(2)
                  : next;
          tokens.set(i, "@" + tokens.get(i + 1));
          tags.set(i, merged);
          tokens.remove(i + 1);
          tags.remove(i + 1);
        }
      }
    }
    return new LabeledSentence(tokens, decode(tags), docStart);
  }

  /** Decodes IOB1, IOB2 or IOBES tags into spans; unknown types are dropped. */
  static List<LabeledSpan> decode(List<String> tags) {
    List<LabeledSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType open = null;
    String openRaw = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      char prefix = tag.equals("O") ? 'O' : tag.charAt(0);
      String raw = prefix == 'O' ? null : tag.substring(2);
      boolean continues =
          (prefix == 'I' || prefix == 'E') && openRaw != null && openRaw.equals(raw);
      if (!continues) {
        if (openRaw != null && open != null) {
          spans.add(new LabeledSpan(start, i, open));
        }
        openRaw = raw;
        open = raw == null ? null : mapType(raw);
        start = i;
      }
      if (prefix == 'E' || prefix == 'S') {
        if (open != null) {
          spans.add(new LabeledSpan(start, i + 1, open));
        }
        openRaw = null;
        open = null;
      }
    }
    if (openRaw != null && open != null) {
      spans.add(new LabeledSpan(start, tags.size(), open));
    }
    return spans;
  }

  /** PER/ORG/LOC and their long forms; null for every other type (MISC, OTH, O, DATE...). */
  static EntityType mapType(String raw) {
    switch (raw.toUpperCase(Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return EntityType.PERSON;
      case "ORG":
      case "ORGANIZATION":
      case "ORGANISATION":
        return EntityType.ORGANIZATION;
      case "LOC":
      case "LOCATION":
      case "GPE":
      case "PLACE":
        return EntityType.PLACE;
      default:
        return null;
    }
  }
}
