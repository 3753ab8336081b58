package org.newsgraph.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's text into paragraphs (one per non-blank line) and drops what is not the
 * story: promo lines, all-caps cross-promotion headlines, photo captions with credits, and captions
 * that pages repeat two or three times. Offsets of kept paragraphs point into the text as read. The
 * patterns live in {@code data/lexicon/boilerplate.tsv}.
 */
public final class Cleaner {
  private final List<Pattern> promo;
  private final List<Pattern> credit;

  public Cleaner(List<Pattern> promo, List<Pattern> credit) {
    this.promo = List.copyOf(promo);
    this.credit = List.copyOf(credit);
  }

  /** The cleaner with the patterns of the bundled lexicon. */
  public static Cleaner standard() {
    List<Pattern> promo = new ArrayList<>();
    List<Pattern> credit = new ArrayList<>();
    for (String[] f : LexiconFiles.tsv("boilerplate.tsv", 2)) {
      Pattern p = Pattern.compile(f[1]);
      switch (f[0]) {
        case "promo":
          promo.add(p);
          break;
        case "credit":
          credit.add(p);
          break;
        default:
          throw new IllegalStateException("data/lexicon/boilerplate.tsv: unknown kind '" + f[0] + "' (promo, credit)");
      }
    }
    return new Cleaner(promo, credit);
  }

  /** The kept paragraphs and the dropped ones with their reasons. */
  public record Result(List<Block> kept, List<Article.Dropped> dropped) {}

  public Result clean(String text) {
    List<Block> paragraphs = paragraphs(text);
    // a caption is a paragraph ending in a photo credit; its text without the credit, and any
    // paragraph repeated verbatim (modulo quote marks and spaces), are captions too.
    Map<String, Integer> counts = new HashMap<>();
    Set<String> captions = new HashSet<>();
    for (Block b : paragraphs) {
      counts.merge(key(b.text()), 1, Integer::sum);
      String stripped = stripCredit(b.text());
      if (stripped != null) {
        captions.add(key(stripped));
      }
    }
    List<Block> kept = new ArrayList<>();
    List<Article.Dropped> dropped = new ArrayList<>();
    for (Block b : paragraphs) {
      String reason = dropReason(b.text(), counts, captions);
      if (reason == null) {
        kept.add(b);
      } else {
        dropped.add(new Article.Dropped(b, reason));
      }
    }
    return new Result(kept, dropped);
  }

  private String dropReason(String p, Map<String, Integer> counts, Set<String> captions) {
    for (Pattern pat : promo) {
      if (pat.matcher(p).find()) {
        return "promo line";
      }
    }
    if (stripCredit(p) != null) {
      return "photo caption with credit";
    }
    if (isAllCapsHeadline(p)) {
      return "all-caps cross-promotion headline";
    }
    String k = key(p);
    if (captions.contains(k)) {
      return "caption (repeats a credited caption)";
    }
    if (counts.getOrDefault(k, 0) > 1) {
      return "caption (repeated " + counts.get(k) + " times)";
    }
    return null;
  }

  /** The paragraph without its trailing credit, or null when it has none. */
  private String stripCredit(String p) {
    for (Pattern pat : credit) {
      Matcher m = pat.matcher(p);
      if (m.find()) {
        return p.substring(0, m.start()).strip();
      }
    }
    return null;
  }

  static boolean isAllCapsHeadline(String p) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    long words = p.strip().split("\\s+").length;
    return words >= 3 && upper >= 10 && lower <= upper / 20;
  }

  private static final Pattern QUOTES = Pattern.compile("[\"'\u2018\u2019\u201c\u201d`]");

  private static String key(String p) {
    String s = Normalizer.normalize(p, Normalizer.Form.NFKC);
    s = QUOTES.matcher(s).replaceAll("");
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Non-blank lines, trimmed, with offsets into the text. */
  static List<Block> paragraphs(String text) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = n;
      }
      int s = i;
      int e = eol;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Block(s, e, text.substring(s, e)));
      }
      i = eol + 1;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
  }
}
