package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Periods that belong to a word, not to a sentence: title abbreviations before a name ("Rep.",
 * from titles.tsv), initials ("G.K.", "F." in "Perry F. McCandless") and the abbreviations of
 * {@code abbreviations.tsv} ("St. Louis", "Aug. 30", "Carver Ave.", "Springfield, Ill.").
 * The tokenizer gives such a word its period back, and a sentence split after it is undone when
 * what follows shows that the sentence goes on.
 */
final class Abbreviations {
  enum Kind { TITLE, PREFIX, MONTH, SUFFIX, STATE }

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}");
  private static final Pattern INITIALS_WITHOUT_LAST_DOT = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");
  private static final Pattern ONE_INITIAL = Pattern.compile("\\p{Lu}\\.");
  /** What a sentence piece may start with around an abbreviation: quotes and brackets first. */
  private static final Pattern OPENING = Pattern.compile("^[(\"\u201c\u2018'\\[]+");

  private static final Map<String, Kind> KINDS = load();

  private Abbreviations() {}

  private static Map<String, Kind> load() {
    Map<String, Kind> out = new HashMap<>();
    for (String[] f : Lexicons.tsv("/org/newsgraph/lexicon/abbreviations.tsv", 2)) {
      out.put(f[0], Kind.valueOf(f[1].toUpperCase(Locale.ROOT)));
    }
    Set<String> titles = new HashSet<>();
    for (Lexicons.Title t : Lexicons.get().titles()) {
      String last = t.words().get(t.words().size() - 1);
      if (t.beforePerson() && last.endsWith(".") && !INITIALS.matcher(last.toUpperCase(Locale.ROOT)).matches()) {
        titles.add(last);
      }
    }
    for (String t : titles) {
      // titles are matched case-insensitively: "Gov.", "GOV."
      out.put(t, Kind.TITLE);
    }
    return Map.copyOf(out);
  }

  /** The kind of an abbreviation written with its period, or null. Titles ignore case. */
  static Kind kind(String word) {
    if (KINDS.get(word.toLowerCase(Locale.ROOT)) == Kind.TITLE) {
      return Kind.TITLE; // "Del." before a name is a delegate, not Delaware
    }
    return KINDS.get(word);
  }

  static boolean isTitle(String word) {
    return kind(OPENING.matcher(word).replaceFirst("")) == Kind.TITLE;
  }

  /**
   * Gives a word its period back where the tokenizer split it off: a title or listed
   * abbreviation ("Rep", "." → "Rep."), initials ("G.K", "."), and a single initial between
   * capitalised words ("Perry", "F", ".", "McCandless"). Initials keep a sentence-final period as its
   * own token.
   */
  static Span[] joinPeriods(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      if (i + 1 < spans.length && spans[i + 1].getStart() == s.getEnd() && text.charAt(s.getEnd()) == '.'
          && spans[i + 1].length() == 1) {
        String w = s.getCoveredText(text).toString();
        boolean listed = kind(w + ".") != null;
        boolean initials = INITIALS_WITHOUT_LAST_DOT.matcher(w).matches() && i + 2 < spans.length;
        boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0)) && i + 2 < spans.length
            && capitalised(spans[i + 2].getCoveredText(text).toString())
            && (i == 0 || capitalised(spans[i - 1].getCoveredText(text).toString()));
        if (listed || initials || initial) {
          out.add(new Span(s.getStart(), spans[i + 1].getEnd()));
          i++;
          continue;
        }
      }
      out.add(s);
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  private static final Pattern PARTY = Pattern.compile("[DRI]-\\p{Lu}.*");

  /**
   * Splits a legislator's party from the home town the tokenizer joined to it ("D-Stone", "Basin"
   * → "D-", "Stone", "Basin"): the town is a name of its own ("Sen. Ana Ruiz, D-Stone Basin").
   */
  static Span[] splitParty(String text, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      if (s.length() > 2 && PARTY.matcher(s.getCoveredText(text)).matches()) {
        if (out == null) {
          out = new ArrayList<>(List.of(spans).subList(0, i));
        }
        out.add(new Span(s.getStart(), s.getStart() + 2));
        out.add(new Span(s.getStart() + 2, s.getEnd()));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * Rejoins sentence pieces split after a word whose period is not a sentence end: initials ("L.A.")
   * before a lower-case word; a title, or a title and initials ("Rep. G.K."), before a capital; a
   * middle initial between capitalised words ("Dale K. | Crane"); a prefix before a capital
   * or digit ("St. | Louis"); a month before a day; a suffix or a state before a lower-case word,
   * a digit or punctuation ("Ariz. | — Police", "Ave. | , where"). No sentence ends on a comma
   * ("Tulsa, Okla., | police officer ...", "Ana Ruiz, R-Wis., | despite ...").
   */
  static List<Span> mergeFalseSplits(String text, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String[] words = text.substring(prev.getStart(), prev.getEnd()).split("\\s+");
        String last = OPENING.matcher(words[words.length - 1]).replaceFirst("");
        String beforeLast = words.length > 1 ? words[words.length - 2] : "";
        if (last.endsWith(",") || goesOn(last, beforeLast, text.charAt(s.getStart()))) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  private static boolean goesOn(String last, String beforeLast, char next) {
    boolean upper = Character.isUpperCase(next);
    boolean lower = Character.isLowerCase(next);
    boolean digit = Character.isDigit(next);
    boolean punctuation = !Character.isLetterOrDigit(next) && "\"\u201c\u2018'([".indexOf(next) < 0;
    if (INITIALS.matcher(last).matches()) {
      return lower || (upper && isTitle(beforeLast));
    }
    if (ONE_INITIAL.matcher(last).matches()) {
      return upper && capitalised(beforeLast) && !beforeLast.endsWith(".") || isTitle(beforeLast) && upper;
    }
    Kind k = kind(last);
    if (k == null) {
      return false;
    }
    switch (k) {
      case TITLE:
        return upper;
      case PREFIX:
        return upper || digit;
      case MONTH:
        return digit || lower;
      default:
        return lower || digit || punctuation;
    }
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
