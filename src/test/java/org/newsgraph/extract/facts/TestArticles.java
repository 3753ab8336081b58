package org.newsgraph.extract.facts;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.Value;
import org.newsgraph.extract.facts.policy.PolicyScheme;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Hand-made articles for extractor tests: sentences split at sentence-final punctuation, and the
 * names the test lists ("surface|TYPE|slug") marked wherever they occur, as the upstream name
 * finder and resolver would.
 */
public final class TestArticles {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d\u2019']?)\\s+(?=[A-Z\"\u201c\u2018'])|\\n\\s*\\n");
  private static final Pattern TOKEN = Pattern.compile("\\w+(?:[-'\u2019.]\\w+)*\\.?|[^\\s\\w]");

  private TestArticles() {}

  public static ArticleContext context(LocalDate published, String text, String... names) {
    return context("test-article", published, text, names);
  }

  /** An article with its own id (its slug keys the resources minted per article). */
  public static ArticleContext context(String id, LocalDate published, String text, String... names) {
    Article art = new Article(id, "test.txt", text,
        new ArticleMeta("test.txt", "Test", published, null, null),
        blocks(text), List.of(), "0");
    List<Sentence> sentences = sentences(text);
    List<Mention> mentions = new ArrayList<>();
    List<String[]> specs = new ArrayList<>();
    for (String n : names) {
      specs.add(n.split("\\|"));
    }
    specs.sort(Comparator.comparingInt((String[] x) -> x[0].length()).reversed());
    for (String[] spec : specs) {
      Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(spec[0]) + "(?![\\w])").matcher(text);
      while (m.find()) {
        int st = m.start();
        int en = m.end();
        if (mentions.stream().anyMatch(x -> st < x.end() && x.start() < en)) {
          continue;
        }
        Sentence s = sentences.stream().filter(x -> x.start() <= st && en <= x.end()).findFirst().orElseThrow();
        int t0 = 0;
        int t1 = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
          Token t = s.tokens().get(i);
          if (t.start() <= st) {
            t0 = i;
          }
          if (t.start() < en) {
            t1 = i + 1;
          }
        }
        EntityType type = EntityType.parse(spec[1]);
        String kind = type == EntityType.PERSON ? "person" : type == EntityType.ORGANIZATION ? "organization" : "place";
        mentions.add(new Mention(s.index(), t0, t1, st, en, m.group(), type, new Ref(kind, spec[2])));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new ArticleContext(art, sentences, mentions);
  }

  static List<Block> blocks(String text) {
    List<Block> out = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\n]+").matcher(text);
    while (m.find()) {
      out.add(new Block(m.start(), m.end(), m.group()));
    }
    return out;
  }

  static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int block = 0;
    int pos = 0;
    Matcher m = SENTENCE_END.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {pos, m.start()});
      pos = m.end();
    }
    spans.add(new int[] {pos, text.length()});
    for (int[] sp : spans) {
      int a = sp[0];
      int b = sp[1];
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        continue;
      }
      if (text.substring(0, a).contains("\n")) {
        block = (int) text.substring(0, a).chars().filter(c -> c == '\n').count();
      }
      List<Token> toks = new ArrayList<>();
      Matcher t = TOKEN.matcher(text.substring(a, b));
      while (t.find()) {
        toks.add(new Token(t.group(), a + t.start(), a + t.end(), "X", t.group().toLowerCase()));
      }
      out.add(new Sentence(out.size(), block, text.substring(a, b), a, b, toks));
    }
    return out;
  }

  public static PolicyScheme policies() {
    try (InputStream in = TestArticles.class.getResourceAsStream("/fixtures/policies.ttl")) {
      return PolicyScheme.load(in, "fixtures/policies.ttl");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A sink that keeps what it is given. */
  public static final class Collected implements FactSink {
    public record F(Ref s, String p, Value o, Evidence e) {}

    public record N(Ref ref, List<String> types, String label) {}

    public final List<F> facts = new ArrayList<>();
    public final List<N> nodes = new ArrayList<>();

    @Override
    public void node(Ref ref, List<String> types, String label, Collection<String> altLabels) {
      nodes.add(new N(ref, types, label));
    }

    @Override
    public void fact(Ref subject, String property, Value object, Evidence evidence) {
      facts.add(new F(subject, property, object, evidence));
    }

    public boolean has(String s, String p, String o) {
      return facts.stream().anyMatch(f -> f.s().toString().equals(s) && f.p().equals(p) && f.o().toString().equals(o));
    }

    /** Facts as "subject property object" lines, literals by lexical form. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      for (F f : facts) {
        String o = f.o() instanceof org.newsgraph.extract.Literal l ? "\"" + l.lexical() + "\"" : f.o().toString();
        out.add(f.s() + " " + f.p() + " " + o);
      }
      return out;
    }

    public List<String> lines(String property) {
      return lines().stream().filter(l -> l.split(" ")[1].equals(property)).toList();
    }
  }

  public static Collected run(FactExtractor x, ArticleContext a) {
    Collected c = new Collected();
    x.extract(a, c);
    return c;
  }
}
