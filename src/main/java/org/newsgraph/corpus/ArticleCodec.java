package org.newsgraph.corpus;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compact binary form of an {@link Article} (text, paragraphs, metadata and all), for the
 * temporary files of a large build: what {@link #read} gives back equals what {@link #write} was
 * given. Strings are written as a UTF-8 length and bytes (-1: null).
 */
public final class ArticleCodec {
  private ArticleCodec() {}

  public static void write(DataOutput out, Article a) throws IOException {
    string(out, a.slug());
    string(out, a.fileName());
    string(out, a.text());
    meta(out, a.meta());
    out.writeInt(a.blocks().size());
    for (Block b : a.blocks()) {
      block(out, b);
    }
    out.writeInt(a.dropped().size());
    for (Article.Dropped d : a.dropped()) {
      block(out, d.block());
      string(out, d.reason());
    }
    string(out, a.sha256());
    string(out, a.entry());
    strings(out, a.alsoReadFrom());
  }

  public static Article read(DataInput in) throws IOException {
    String slug = string(in);
    String fileName = string(in);
    String text = string(in);
    ArticleMeta meta = meta(in);
    int nb = in.readInt();
    List<Block> blocks = new ArrayList<>(nb);
    for (int i = 0; i < nb; i++) {
      blocks.add(block(in));
    }
    int nd = in.readInt();
    List<Article.Dropped> dropped = new ArrayList<>(nd);
    for (int i = 0; i < nd; i++) {
      Block b = block(in);
      dropped.add(new Article.Dropped(b, string(in)));
    }
    String sha256 = string(in);
    String entry = string(in);
    List<String> also = strings(in);
    return new Article(slug, fileName, text, meta, blocks, dropped, sha256, entry, also);
  }

  private static void meta(DataOutput out, ArticleMeta m) throws IOException {
    out.writeBoolean(m != null);
    if (m == null) {
      return;
    }
    string(out, m.file());
    string(out, m.publisher());
    string(out, m.published() == null ? null : m.published().toString());
    string(out, m.headline());
    string(out, m.url());
    strings(out, m.authors());
    out.writeInt(m.origins().size());
    for (Map.Entry<String, ArticleMeta.Origin> e : m.origins().entrySet()) {
      string(out, e.getKey());
      ArticleMeta.Origin o = e.getValue();
      out.writeInt(o.source() == null ? -1 : o.source().ordinal());
      string(out, o.field());
    }
  }

  private static ArticleMeta meta(DataInput in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    String file = string(in);
    String publisher = string(in);
    String published = string(in);
    String headline = string(in);
    String url = string(in);
    List<String> authors = strings(in);
    int n = in.readInt();
    Map<String, ArticleMeta.Origin> origins = new TreeMap<>();
    MetaSource[] sources = MetaSource.values();
    for (int i = 0; i < n; i++) {
      String key = string(in);
      int source = in.readInt();
      origins.put(key, new ArticleMeta.Origin(source < 0 ? null : sources[source], string(in)));
    }
    return new ArticleMeta(file, publisher, published == null ? null : LocalDate.parse(published), headline, url,
        authors, origins);
  }

  private static void block(DataOutput out, Block b) throws IOException {
    out.writeInt(b.start());
    out.writeInt(b.end());
    string(out, b.text());
  }

  private static Block block(DataInput in) throws IOException {
    int start = in.readInt();
    int end = in.readInt();
    return new Block(start, end, string(in));
  }

  private static void strings(DataOutput out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      string(out, s);
    }
  }

  private static List<String> strings(DataInput in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(string(in));
    }
    return list;
  }

  /**
   * A string as its UTF-8 length (-1: null) and bytes; a string with a lone surrogate (which UTF-8
   * cannot carry) as -2, its length in chars and the chars.
   */
  public static void string(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    if (loneSurrogate(s)) {
      out.writeInt(-2);
      out.writeInt(s.length());
      out.writeChars(s);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** A string written by {@link #string(DataOutput, String)}. */
  public static String string(DataInput in) throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    if (n == -2) {
      char[] c = new char[in.readInt()];
      for (int i = 0; i < c.length; i++) {
        c[i] = in.readChar();
      }
      return new String(c);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static boolean loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
