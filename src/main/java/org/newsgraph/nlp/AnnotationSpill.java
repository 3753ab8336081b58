package org.newsgraph.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.corpus.ArticleCodec;
import org.newsgraph.corpus.SpillFile;

/**
 * A temporary file of annotated articles (the article with its text, sentences, tokens with their
 * dependency trees, names), written once in order and read back once in the same order, so that a
 * large build need not hold every article's text and tokens in memory between the language
 * analysis and the fact extraction. Deleted on {@link #close()}.
 */
public final class AnnotationSpill implements AutoCloseable {
  private final SpillFile spill = new SpillFile("newsgraph-annotations", "annotated articles");
  private DataOutputStream out;
  private DataInputStream in;

  /** Appends the sentences and names of an article. */
  public void write(AnnotatedArticle doc) {
    out = spill.output();
    try {
      ArticleCodec.write(out, doc.article());
      out.writeInt(doc.sentences().size());
      for (int s = 0; s < doc.sentences().size(); s++) {
        Sentence sent = doc.sentences().get(s);
        out.writeInt(sent.index());
        out.writeInt(sent.block());
        string(sent.text());
        out.writeInt(sent.start());
        out.writeInt(sent.end());
        out.writeInt(sent.tokens().size());
        for (Token t : sent.tokens()) {
          string(t.text());
          out.writeInt(t.start());
          out.writeInt(t.end());
          string(t.pos());
          string(t.lemma());
          out.writeInt(t.head());
          string(t.deprel());
        }
        List<NameSpan> names = doc.names().get(s);
        out.writeInt(names.size());
        for (NameSpan n : names) {
          out.writeInt(n.start());
          out.writeInt(n.end());
          out.writeInt(n.type().ordinal());
          out.writeDouble(n.confidence());
          string(n.source());
        }
      }
      spill.wrote();
    } catch (IOException e) {
      throw spill.failure(e);
    }
  }

  /** The next article written, in order. */
  public AnnotatedArticle next() {
    try {
      in = spill.nextInput();
      Map<String, String> shared = new HashMap<>();
      var article = ArticleCodec.read(in);
      int n = in.readInt();
      List<Sentence> sentences = new ArrayList<>(n);
      List<List<NameSpan>> names = new ArrayList<>(n);
      EntityType[] types = EntityType.values();
      for (int s = 0; s < n; s++) {
        int index = in.readInt();
        int block = in.readInt();
        String text = string();
        int start = in.readInt();
        int end = in.readInt();
        int tn = in.readInt();
        List<Token> tokens = new ArrayList<>(tn);
        for (int k = 0; k < tn; k++) {
          String word = string();
          int ts = in.readInt();
          int te = in.readInt();
          String pos = shared.computeIfAbsent(string(), x -> x);
          String lemma = string();
          int head = in.readInt();
          String deprel = shared.computeIfAbsent(string(), x -> x);
          tokens.add(new Token(word, ts, te, pos, lemma, head, deprel));
        }
        sentences.add(new Sentence(index, block, text, start, end, tokens));
        int nn = in.readInt();
        List<NameSpan> spans = new ArrayList<>(nn);
        for (int k = 0; k < nn; k++) {
          int ns = in.readInt();
          int ne = in.readInt();
          EntityType type = types[in.readInt()];
          double confidence = in.readDouble();
          spans.add(new NameSpan(ns, ne, type, confidence, string()));
        }
        names.add(spans);
      }
      return new AnnotatedArticle(article, sentences, names);
    } catch (IOException e) {
      throw spill.failure(e);
    }
  }

  private void string(String s) throws IOException {
    ArticleCodec.string(out, s);
  }

  private String string() throws IOException {
    return ArticleCodec.string(in);
  }

  @Override
  public void close() {
    spill.close();
  }
}
