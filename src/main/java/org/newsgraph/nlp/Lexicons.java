package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists the rules apply, read once from the classpath: {@code /org/newsgraph/lexicon/*}
 * (from {@code data/lexicon/}) and the derived gazetteers in {@code /org/newsgraph/nlp/gazetteer/}.
 */
public final class Lexicons {
  /**
   * A title from {@code titles.tsv}.
   *
   * @param bare the jurisdiction the title takes right before a name when the text gives none
   *     ("United States" for "President"), or empty
   */
  public record Title(List<String> words, String canonical, String level, boolean beforePerson, String bare) {
    public boolean makesOffice() {
      return !"none".equals(level);
    }
  }

  /** A place from the gazetteer. */
  public record Place(String name, String type, String state) {}

  private static volatile Lexicons instance;

  private final List<Title> titles;
  /** The titles by their first word, longest first as in {@link #titles}. */
  private final Map<String, List<Title>> titlesByFirstWord = new HashMap<>();
  private final int maxTitleWords;
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> orgStarts = new HashSet<>();
  private final Set<String> organizations = new HashSet<>();
  private final Map<String, List<List<String>>> organizationsByFirstWord = new HashMap<>();
  private final Set<String> notNames = new HashSet<>();
  private final Set<String> pageWords = new HashSet<>();
  private final Set<String> firstNames = new HashSet<>();
  private final Map<String, List<Place>> places = new HashMap<>();
  private final Map<String, String> otherHeads = new HashMap<>();

  private Lexicons() {
    List<Title> ts = new ArrayList<>();
    int max = 0;
    for (String[] f : tsv("/org/newsgraph/lexicon/titles.tsv", 4)) {
      List<String> words = List.of(f[0].toLowerCase(Locale.ROOT).split("\\s+"));
      String bare = f.length > 4 ? f[4].strip() : "";
      ts.add(new Title(words, f[1], f[2], "yes".equals(f[3]), bare));
      max = Math.max(max, words.size());
      // "state's attorney" as the tokenizer splits it: "state", "'s" (or "’s"), "attorney"
      for (String apostrophe : List.of("'s", "\u2019s")) {
        List<String> split = new ArrayList<>();
        for (String w : words) {
          if (w.length() > 2 && w.endsWith("'s")) {
            split.add(w.substring(0, w.length() - 2));
            split.add(apostrophe);
          } else {
            split.add(w);
          }
        }
        if (split.size() > words.size()) {
          ts.add(new Title(List.copyOf(split), f[1], f[2], "yes".equals(f[3]), bare));
          max = Math.max(max, split.size());
        }
      }
    }
    ts.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    titles = List.copyOf(ts);
    for (Title t : titles) {
      titlesByFirstWord.computeIfAbsent(t.words().get(0), w -> new ArrayList<>()).add(t);
    }
    maxTitleWords = max;
    for (String w : lines("/org/newsgraph/lexicon/organization-heads.txt")) {
      if (w.startsWith("^")) {
        orgStarts.add(w.substring(1));
      } else {
        orgHeads.add(w);
      }
    }
    organizations.addAll(lines("/org/newsgraph/lexicon/organizations.txt"));
    for (String o : organizations) {
      List<String> w = List.of(o.split("\\s+"));
      if (w.size() > 1) {
        organizationsByFirstWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(w);
      }
    }
    for (String[] f : tsv("/org/newsgraph/lexicon/name-heads.tsv", 2)) {
      otherHeads.put(f[0], f[1]);
    }
    for (String[] f : tsv("/org/newsgraph/lexicon/places-extra.tsv", 3)) {
      places.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Place(f[0], f[1], f[2]));
    }
    notNames.addAll(lines("/org/newsgraph/lexicon/not-names.txt"));
    pageWords.addAll(lines("/org/newsgraph/lexicon/page-words.txt"));
    firstNames.addAll(lines("/org/newsgraph/nlp/gazetteer/first-names.txt"));
    for (String[] f : tsv("/org/newsgraph/nlp/gazetteer/places.tsv", 3)) {
      places.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Place(f[0], f[1], f[2]));
    }
  }

  public static Lexicons get() {
    Lexicons l = instance;
    if (l == null) {
      synchronized (Lexicons.class) {
        l = instance;
        if (l == null) {
          l = new Lexicons();
          instance = l;
        }
      }
    }
    return l;
  }

  /** The longest title starting at token {@code i} of the lower-cased words, if any. */
  public Optional<Title> titleAt(List<String> lowerWords, int i) {
    if (i < 0 || i >= lowerWords.size()) {
      return Optional.empty();
    }
    for (Title t : titlesByFirstWord.getOrDefault(lowerWords.get(i), List.of())) {
      int n = t.words().size();
      if (i + n <= lowerWords.size() && lowerWords.subList(i, i + n).equals(t.words())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public List<Title> titles() {
    return titles;
  }

  public int maxTitleWords() {
    return maxTitleWords;
  }

  public boolean isOrganizationHead(String word) {
    return orgHeads.contains(word);
  }

  public boolean isOrganizationStart(String word) {
    return orgStarts.contains(word);
  }

  /** For a last word that names neither a person nor an organisation: "place" or "skip". */
  public String otherHead(String word) {
    return otherHeads.get(word);
  }

  /** The known organisations of several words, as token lists, by their first word. */
  public List<List<String>> knownOrganizationsStartingWith(String word) {
    return organizationsByFirstWord.getOrDefault(word, List.of());
  }

  public boolean isKnownOrganization(String name) {
    return organizations.contains(name);
  }

  public boolean isNotName(String word) {
    return notNames.contains(word);
  }

  /** A word of page furniture or a time zone ("LIVE", "EST"), matched in lower case. */
  public boolean isPageWord(String word) {
    return pageWords.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isFirstName(String word) {
    return firstNames.contains(word);
  }

  /** Places with this exact name (countries, US states, counties, cities). */
  public List<Place> places(String name) {
    return places.getOrDefault(name, Collections.emptyList());
  }

  public boolean isPlace(String name) {
    return places.containsKey(name);
  }

  static List<String> lines(String resource) {
    return org.newsgraph.corpus.LexiconFiles.lines(resource);
  }

  static List<String[]> tsv(String resource, int columns) {
    return org.newsgraph.corpus.LexiconFiles.tsv(resource, columns);
  }
}
