package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sex a first name almost always stands for (gazetteer/first-name-sex.tsv, derived from the
 * SSA baby-name files by scripts/derive-gazetteers.py): lets "she" skip a Donald and "he" skip a
 * Hillary. Names given to both sexes, and unknown names, say nothing.
 */
public final class FirstNameSex {
  private static final String RESOURCE = "/org/newsgraph/nlp/gazetteer/first-name-sex.tsv";
  private static final Map<String, Character> SEX = load();

  private FirstNameSex() {}

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    try (InputStream in = FirstNameSex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0].toLowerCase(Locale.ROOT), f[1].charAt(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }

  /** 'F' or 'M' for a full name whose first word is a first name of one sex; empty otherwise. */
  public static Optional<Character> of(String fullName) {
    String[] w = fullName.trim().split("\\s+");
    if (w.length < 2) {
      return Optional.empty(); // a lone word is more often a surname ("Jordan said")
    }
    return Optional.ofNullable(SEX.get(w[0].toLowerCase(Locale.ROOT)));
  }

  /** Whether a person of this full name may be called {@code pronoun} (he/she); other pronouns fit anyone. */
  public static boolean fits(String fullName, String pronoun) {
    Optional<Character> s = of(fullName);
    if (s.isEmpty()) {
      return true;
    }
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (p.equals("he") || p.equals("him") || p.equals("his")) {
      return s.get() == 'M';
    }
    if (p.equals("she") || p.equals("her")) {
      return s.get() == 'F';
    }
    return true;
  }
}
