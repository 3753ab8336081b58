package org.newsgraph.extract.facts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a lexicon pattern into a regular expression over a {@link MaskedSentence}. Besides plain
 * Java regex syntax a template may use {@code {NAME}} for a macro of its lexicon and slots:
 *
 * <ul>
 *   <li>{@code {X:NAME}} a person's name; {@code {X:PERSON}} a name or a third-person pronoun
 *   <li>{@code {X:AGENT}} a person or organisation name, or a pronoun; {@code {X:ORG}},
 *       {@code {X:PLACE}}, {@code {X:POLICY}} one name of that kind (a policy phrase for POLICY)
 *   <li>{@code {X:LIST}} a run of text ending in a person or organisation name, with any number of
 *       names in it ("Sheriff A, some of his prosecutors and B")
 *   <li>{@code {X:COORD}} person names joined by commas and "and" ("A, 31, and B")
 *   <li>{@code {X:TARGET}} a name, a pronoun or a nominal reference ("the DA")
 *   <li>{@code {X:POLICIES}} a run of text ending in a policy phrase
 * </ul>
 *
 * <p>X becomes a named group of the regex. Matching is case-sensitive unless the template says
 * {@code (?i)}.
 */
public final class Template {
  public static final char OPEN = '\u27E8';
  public static final char CLOSE = '\u27E9';
  private static final String PRONOUN = "\\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\\b";
  /** Marks a nominal reference ("the district attorney") that the masked sentence resolved to the article's main person. */
  static final String NOMINAL_PLACEHOLDER = OPEN + "N\\d+" + CLOSE;
  /** After "her": not a noun it would possess ("her husband"), only a function word or the end. */
  private static final String NOT_POSSESSIVE = "(?!\\s+(?!(?:for|of|to|in|on|at|with|over|about|as|and|but|because|after|"
      + "before|since|from|into|by|that|when|while|if|last|this|again|out|off|up|down)\\b)[a-z])";
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*):([A-Z]+)\\}");
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");

  private Template() {}

  static String placeholder(char code) {
    return OPEN + "" + code + "\\d+" + CLOSE;
  }

  public static Pattern compile(String template, Map<String, String> macros, String where) {
    String s = expandMacros(template, macros, where);
    Matcher m = SLOT.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String g = m.group(1);
      String body;
      switch (m.group(2)) {
        case "NAME":
          body = placeholder('P');
          break;
        case "PERSON":
          body = placeholder('P') + "|" + PRONOUN;
          break;
        case "AGENT":
          body = OPEN + "[PO]\\d+" + CLOSE + "|" + PRONOUN;
          break;
        case "TARGET":
          body = OPEN + "[PO]\\d+" + CLOSE + "|\\b[Hh]im\\b|\\b[Hh]er\\b" + NOT_POSSESSIVE + "|" + NOMINAL_PLACEHOLDER;
          break;
        case "ORG":
          body = placeholder('O');
          break;
        case "PLACE":
          body = placeholder('L');
          break;
        case "POLICY":
          body = placeholder('Y');
          break;
        case "LIST":
          body = "(?:(?:(?!" + OPEN + "[PO])[^.;!?\"]){0,60}?" + OPEN + "[PO]\\d+" + CLOSE + ")+";
          break;
        case "COORD":
          body = placeholder('P') + "(?:(?:\\s*\\([a-z]+\\))?(?:,\\s*\\d{1,3})?(?:\\s*,\\s*|\\s*,?\\s+and\\s+|\\s*&\\s*)"
              + placeholder('P') + ")*";
          break;
        case "POLICIES":
          body = "(?:[^.;!?" + OPEN + "]{0,80}?" + OPEN + "Y\\d+" + CLOSE + ")+";
          break;
        default:
          throw new IllegalArgumentException(where + ": unknown slot type " + m.group(2) + " in " + template);
      }
      m.appendReplacement(b, Matcher.quoteReplacement("(?<" + g + ">" + body + ")"));
    }
    m.appendTail(b);
    try {
      return Pattern.compile(b.toString());
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException(where + ": bad pattern " + template + ": " + e.getDescription(), e);
    }
  }

  /**
   * Built-in macros: {@code {GAP}} up to 100 characters of the same clause with no person or
   * organisation name (nor nominal reference) and no quote mark in them; {@code {SGAP}} the same,
   * up to 30 characters; {@code {NOPREP}} "not right after a preposition" (put before a subject
   * slot: the object of "critic of X" or "told X" is not a subject). It first checks that a
   * placeholder or a word starts here, as every subject slot does (a name or a pronoun): one or two
   * characters, where the look-behind would try each of its lengths at every position.
   */
  static final Map<String, String> BUILTIN = Map.of(
      "GAP", "(?:(?!" + OPEN + "[PON])[^.;!?\"]){0,100}?",
      "SGAP", "(?:(?!" + OPEN + "[PON])[^.;!?\"]){0,30}?",
      "QGAP", "(?:(?!" + OPEN + "[PON])[^\"]){0,200}?",
      "NOPREP", "(?=" + OPEN + "|\\b[A-Za-z])(?<!\\b(?:of|for|with|against|to|by|at|from|on|about|than|told|and|or|tell|tells)\\s(?:the\\s|a\\s|an\\s)?)");

  static String expandMacros(String template, Map<String, String> macros, String where) {
    String s = template;
    for (int depth = 0; depth < 10; depth++) {
      Matcher m = MACRO.matcher(s);
      StringBuilder b = new StringBuilder();
      boolean any = false;
      while (m.find()) {
        String v = macros.getOrDefault(m.group(1), BUILTIN.get(m.group(1)));
        if (v == null) {
          throw new IllegalArgumentException(where + ": unknown macro {" + m.group(1) + "} in " + template);
        }
        any = true;
        m.appendReplacement(b, Matcher.quoteReplacement("(?:" + v + ")"));
      }
      m.appendTail(b);
      s = b.toString();
      if (!any) {
        return s;
      }
    }
    throw new IllegalArgumentException(where + ": macros nest too deep in " + template);
  }
}
