package org.newsgraph.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.corpus.ArticleCodec;
import org.newsgraph.corpus.SpillFile;

/**
 * A temporary file of article graphs (article, nodes, facts with their evidence), written once in
 * order and read back once in the same order, so that a large build need not hold every graph in
 * memory between the fact extraction and the RDF stage. What {@link #next()} gives back equals what
 * {@link #write} was given. Within one graph a string or resource met again is written as its
 * number (the evidence sentence of many facts, a label, a property). Deleted on {@link #close()}.
 */
public final class GraphSpill implements AutoCloseable {
  private static final int NEW = -2;
  private static final int NULL = -1;

  private final SpillFile spill = new SpillFile("newsgraph-graphs", "article graphs");
  private DataOutputStream out;
  private DataInputStream in;
  private final Map<String, Integer> stringIds = new HashMap<>();
  private final Map<Ref, Integer> refIds = new HashMap<>();
  private final List<String> strings = new ArrayList<>();
  private final List<Ref> refs = new ArrayList<>();

  /** The temporary file. */
  Path file() {
    return spill.path();
  }

  /** Graphs written so far. */
  public int written() {
    return spill.written();
  }

  /** Appends a graph. */
  public void write(ArticleGraph g) {
    out = spill.output();
    stringIds.clear();
    refIds.clear();
    try {
      ArticleCodec.write(out, g.article());
      out.writeInt(g.nodes().size());
      for (Node n : g.nodes()) {
        ref(n.ref());
        out.writeInt(n.types().size());
        for (String t : n.types()) {
          string(t);
        }
        string(n.label());
        out.writeInt(n.altLabels().size());
        for (String s : n.altLabels()) {
          string(s);
        }
      }
      out.writeInt(g.facts().size());
      for (Fact f : g.facts()) {
        ref(f.subject());
        string(f.property());
        value(f.object());
        Evidence e = f.evidence();
        out.writeBoolean(e != null);
        if (e != null) {
          string(e.sentence());
          out.writeInt(e.start());
          out.writeInt(e.end());
          out.writeDouble(e.confidence());
          string(e.method());
        }
      }
      spill.wrote();
    } catch (IOException e) {
      throw spill.failure(e);
    }
  }

  /** The next graph written, in order. */
  public ArticleGraph next() {
    try {
      in = spill.nextInput();
      strings.clear();
      refs.clear();
      var article = ArticleCodec.read(in);
      int nn = in.readInt();
      List<Node> nodes = new ArrayList<>(nn);
      for (int i = 0; i < nn; i++) {
        Ref ref = ref();
        int nt = in.readInt();
        List<String> types = new ArrayList<>(nt);
        for (int k = 0; k < nt; k++) {
          types.add(string());
        }
        String label = string();
        int na = in.readInt();
        TreeSet<String> alt = new TreeSet<>();
        for (int k = 0; k < na; k++) {
          alt.add(string());
        }
        nodes.add(new Node(ref, types, label, alt));
      }
      int nf = in.readInt();
      List<Fact> facts = new ArrayList<>(nf);
      for (int i = 0; i < nf; i++) {
        Ref subject = ref();
        String property = string();
        Value object = value();
        Evidence e = null;
        if (in.readBoolean()) {
          String sentence = string();
          int start = in.readInt();
          int end = in.readInt();
          double confidence = in.readDouble();
          e = new Evidence(sentence, start, end, confidence, string());
        }
        facts.add(new Fact(subject, property, object, e));
      }
      return new ArticleGraph(article, nodes, facts);
    } catch (IOException e) {
      throw spill.failure(e);
    }
  }

  private void value(Value v) throws IOException {
    if (v == null) {
      out.writeByte(0);
    } else if (v instanceof Ref r) {
      out.writeByte(1);
      ref(r);
    } else if (v instanceof ExternalIri iri) {
      out.writeByte(2);
      string(iri.iri());
    } else if (v instanceof Literal l) {
      out.writeByte(3);
      string(l.lexical());
      string(l.datatype());
    } else {
      throw new IllegalArgumentException("unknown value " + v);
    }
  }

  private Value value() throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case 0 -> null;
      case 1 -> ref();
      case 2 -> new ExternalIri(string());
      case 3 -> {
        String lexical = string();
        yield new Literal(lexical, string());
      }
      default -> throw new IOException("bad value tag " + tag + " in " + spill.path());
    };
  }

  /**
   * Writes the number {@code v} got when it was first written and returns true; or, the first
   * time, gives it the next number, writes {@link #NEW} and returns false (the caller then writes
   * the value itself).
   */
  private <T> boolean written(Map<T, Integer> ids, T v) throws IOException {
    Integer id = ids.get(v);
    if (id != null) {
      out.writeInt(id);
      return true;
    }
    ids.put(v, ids.size());
    out.writeInt(NEW);
    return false;
  }

  private void ref(Ref r) throws IOException {
    if (!written(refIds, r)) {
      string(r.kind());
      string(r.slug());
    }
  }

  private Ref ref() throws IOException {
    int id = in.readInt();
    if (id != NEW) {
      return refs.get(id);
    }
    String kind = string();
    Ref r = new Ref(kind, string());
    refs.add(r);
    return r;
  }

  private void string(String s) throws IOException {
    if (s == null) {
      out.writeInt(NULL);
      return;
    }
    if (!written(stringIds, s)) {
      ArticleCodec.string(out, s);
    }
  }

  private String string() throws IOException {
    int id = in.readInt();
    if (id == NULL) {
      return null;
    }
    if (id != NEW) {
      return strings.get(id);
    }
    String s = ArticleCodec.string(in);
    strings.add(s);
    return s;
  }

  /** Closes and deletes the file (also when it was not read to the end). */
  @Override
  public void close() {
    spill.close();
  }
}
