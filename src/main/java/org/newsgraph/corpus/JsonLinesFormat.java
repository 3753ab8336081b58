package org.newsgraph.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines: one JSON object per line, each an article with its text in {@code text} (plain text,
 * or HTML, which is cleaned like a page) and optional metadata fields: {@code headline} (or {@code
 * title}), {@code author} (a name, an object with {@code name}, or a list of either), {@code
 * publisher}, {@code published} (or {@code datePublished}, {@code date}), {@code url}. Line N of
 * {@code news.jsonl} is the article {@code news.jsonl#N}. Each line must be strict JSON in UTF-8; a
 * bad line is reported with its number and the others are read. Blank lines are skipped.
 */
final class JsonLinesFormat implements ArticleFormat {
  static final Map<String, List<String>> FIELDS = Map.of(
      ArticleMeta.HEADLINE, List.of("headline", "title"),
      ArticleMeta.PUBLISHED, List.of("published", "datePublished", "date"),
      ArticleMeta.URL, List.of("url"));

  @Override
  public String name() {
    return "JSON Lines";
  }

  @Override
  public List<String> extensions() {
    return List.of("jsonl", "ndjson");
  }

  @Override
  public boolean sniff(String head) {
    String first = head.stripLeading();
    int nl = first.indexOf('\n');
    String line = nl < 0 ? first : first.substring(0, nl);
    if (!line.startsWith("{")) {
      return false;
    }
    try {
      return parse(line).has("text");
    } catch (JsonParseException | IllegalStateException e) {
      return false;
    }
  }

  @Override
  public Parsed read(String fileName, byte[] bytes) throws CorpusException {
    TextDecoder.refuseBinary(fileName, bytes);
    List<Item> items = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    int start = 0;
    int lineNo = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      String where = fileName + ":" + lineNo;
      try {
        String line = utf8(bytes, start, end, lineNo == 1);
        if (!line.isBlank()) {
          items.add(item(fileName + "#" + lineNo, line));
        }
      } catch (BadLine e) {
        problems.add(new InputProblem(where, e.getMessage() + "; line skipped"));
      }
      start = end + 1;
    }
    if (items.isEmpty() && problems.isEmpty()) {
      throw new CorpusException(fileName, "no JSON lines in the file");
    }
    return new Parsed(items, problems);
  }

  /** A line that is not an article record. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message);
    }
  }

  private static String utf8(byte[] b, int start, int end, boolean first) throws BadLine {
    int from = start;
    if (first && end - start >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      from += 3;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, end - from)).toString();
    } catch (CharacterCodingException e) {
      throw new BadLine("not valid UTF-8 (JSON Lines must be UTF-8)");
    }
  }

  private static final Pattern COLUMN = Pattern.compile("line \\d+ column (\\d+)");

  static JsonObject parse(String line) {
    JsonReader r = new JsonReader(new StringReader(line));
    r.setStrictness(Strictness.STRICT);
    JsonElement e = JsonParser.parseReader(r);
    try {
      if (r.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("more after the JSON value at line 1 column " + (line.length()));
      }
    } catch (IOException ex) { // strict mode refuses whatever follows the first value
      throw new JsonParseException("more after the JSON value: " + ex.getMessage(), ex);
    }
    if (!e.isJsonObject()) {
      throw new IllegalStateException("a JSON " + (e.isJsonArray() ? "array" : "value") + ", not an object");
    }
    return e.getAsJsonObject();
  }

  private static Item item(String name, String line) throws BadLine {
    JsonObject o;
    try {
      o = parse(line);
    } catch (IllegalStateException e) {
      throw new BadLine(e.getMessage() + "; each line must be one JSON object");
    } catch (JsonParseException e) {
      String m = String.valueOf(e.getMessage());
      Matcher c = COLUMN.matcher(m);
      String at = c.find() ? " at column " + c.group(1) : "";
      String what = m.contains("End of input") || m.contains("EOFException") ? "the line ends before its JSON object does"
          : m.startsWith("more after") ? "more text after the JSON object" : "malformed JSON" + at;
      throw new BadLine("not valid JSON: " + what);
    }
    JsonElement text = o.get("text");
    if (text == null || !text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
      throw new BadLine("no \"text\" string in the JSON object (fields: " + String.join(", ", o.keySet()) + ")");
    }
    String body = text.getAsString();
    if (new HtmlFormat().sniff(body) || body.stripLeading().startsWith("<")) {
      body = HtmlPage.fragment(body);
    }
    MetaCandidates meta = new MetaCandidates();
    FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
      for (String key : f.getValue()) {
        meta.add(f.getKey(), HtmlPage.string(o.get(key)), MetaSource.DOCUMENT, "JSON field " + key);
      }
    });
    for (String author : HtmlPage.names(o.get("author"))) {
      meta.add(ArticleMeta.AUTHOR, author, MetaSource.DOCUMENT, "JSON field author");
    }
    for (String p : HtmlPage.names(o.get("publisher"))) {
      meta.add(ArticleMeta.PUBLISHER, p, MetaSource.DOCUMENT, "JSON field publisher");
    }
    return new Item(name, body, meta);
  }
}
