package org.newsgraph.nlp.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained part-of-speech tagger (UD UPOS): the tag set, a tag dictionary of frequent words that
 * always had the same tag in training, the tags each known word was seen with (its ambiguity
 * class, a feature), and the perceptron weights. Immutable and thread-safe; a {@link Tagger} uses
 * it.
 *
 * @param dictionary word (normalised, see {@link TaggerFeatures#normalise}) to its only tag
 * @param ambiguity lower-case normalised word to the bit set of tags it was seen with
 */
public record TaggerModel(List<String> tags, Map<String, Integer> dictionary, Map<String, Integer> ambiguity, Weights weights) {
  private static final String MAGIC = "newsgraph-tagger";
  private static final int VERSION = 1;

  public TaggerModel {
    tags = List.copyOf(tags);
    dictionary = Map.copyOf(dictionary);
    ambiguity = Map.copyOf(ambiguity);
    if (tags.size() > 31) {
      throw new IllegalArgumentException("at most 31 tags (ambiguity classes are bit sets), got " + tags.size());
    }
    if (weights.classes() != tags.size()) {
      throw new IllegalArgumentException(weights.classes() + " classes for " + tags.size() + " tags");
    }
  }

  /** Writes the model (gzip; the same model gives the same bytes). */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(tags.size());
    for (String t : tags) {
      out.writeUTF(t);
    }
    Map<String, Integer> dict = new TreeMap<>(dictionary);
    out.writeInt(dict.size());
    for (var e : dict.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    Map<String, Integer> amb = new TreeMap<>(ambiguity);
    out.writeInt(amb.size());
    for (var e : amb.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
    weights.write(out);
    out.flush();
    gz.finish();
  }

  /** Reads the model of {@code resource} (a classpath name, in messages), closing the stream. */
  static TaggerModel read(InputStream is, String resource) {
    try (is) {
      return read(is);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads what {@link #write} wrote. */
  public static TaggerModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    String magic = in.readUTF();
    int version = in.readInt();
    if (!MAGIC.equals(magic) || version != VERSION) {
      throw new IOException("not a newsgraph tagger model (version " + VERSION + "): " + magic + " " + version);
    }
    int nt = in.readInt();
    String[] tags = new String[nt];
    for (int i = 0; i < nt; i++) {
      tags[i] = in.readUTF();
    }
    int nd = in.readInt();
    Map<String, Integer> dict = new TreeMap<>();
    for (int i = 0; i < nd; i++) {
      dict.put(in.readUTF(), (int) in.readByte());
    }
    int na = in.readInt();
    Map<String, Integer> amb = new TreeMap<>();
    for (int i = 0; i < na; i++) {
      amb.put(in.readUTF(), in.readInt());
    }
    return new TaggerModel(List.of(tags), dict, amb, Weights.read(in));
  }
}
