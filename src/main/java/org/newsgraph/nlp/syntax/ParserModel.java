package org.newsgraph.nlp.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained dependency parser: the part-of-speech tags it expects, its relation labels (full UD
 * labels with subtypes, "nsubj:pass"), and the perceptron weights over {@link ParseState}
 * transitions. Immutable and thread-safe; a {@link Parser} uses it.
 */
public record ParserModel(List<String> tags, List<String> labels, Weights weights) {
  private static final String MAGIC = "newsgraph-parser";
  private static final int VERSION = 1;
  /** The label of the word under the root. */
  public static final String ROOT = "root";

  public ParserModel {
    tags = List.copyOf(tags);
    labels = List.copyOf(labels);
    if (!labels.contains(ROOT)) {
      throw new IllegalArgumentException("the labels have no '" + ROOT + "'");
    }
    if (weights.classes() != 1 + 2 * labels.size()) {
      throw new IllegalArgumentException(weights.classes() + " classes for " + labels.size() + " labels");
    }
  }

  /** Tag name to number (unknown tags get none: the features treat them alike). */
  public Map<String, Integer> tagIndex() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      out.put(tags.get(i), i);
    }
    return out;
  }

  public int rootLabel() {
    return labels.indexOf(ROOT);
  }

  /** Writes the model (gzip; the same model gives the same bytes). */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    writeList(out, tags);
    writeList(out, labels);
    weights.write(out);
    out.flush();
    gz.finish();
  }

  /** Reads the model of {@code resource} (a classpath name, in messages), closing the stream. */
  static ParserModel read(InputStream is, String resource) {
    try (is) {
      return read(is);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads what {@link #write} wrote. */
  public static ParserModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    String magic = in.readUTF();
    int version = in.readInt();
    if (!MAGIC.equals(magic) || version != VERSION) {
      throw new IOException("not a newsgraph parser model (version " + VERSION + "): " + magic + " " + version);
    }
    List<String> tags = readList(in);
    List<String> labels = readList(in);
    return new ParserModel(tags, labels, Weights.read(in));
  }

  private static void writeList(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      out.writeUTF(s);
    }
  }

  private static List<String> readList(DataInputStream in) throws IOException {
    int n = in.readInt();
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readUTF();
    }
    return List.of(out);
  }
}
