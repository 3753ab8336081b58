package org.newsgraph.extract.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Quick tests that must pass before a rule's pattern can match a sentence. A rule reads, say, "a
 * name, up to a hundred characters, then one of forty verbs, then a name"; tried at every name of
 * every sentence, the long pattern costs far more than one scan for the forty verbs, and most
 * sentences have none of them. The required parts are the non-capturing groups that every match
 * must contain: not optional ({@code ?}, {@code *}, {@code {0,n}}), not inside an alternation or a
 * look-around, with no slot (named group) in them. Each is compiled alone; a sentence in which one
 * of them finds nothing cannot match the whole pattern, so skipping it changes no answer.
 *
 * <p>Patterns this reader cannot vouch for get no required parts (they are always tried): flags
 * switched for the rest of a group ({@code (?i)}: a part alone would lose them), back-references,
 * quoting ({@code \Q…\E}). A part inside a flag group ({@code (?i:…)}) is not taken alone either.
 */
public final class RequiredParts {
  /** Parts looked for at most per pattern (the first ones, left to right). */
  private static final int MAX_PARTS = 3;
  /** A back-reference, or an escaped backslash before a digit (taken for one: the pattern is then always tried). */
  private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

  private final List<Pattern> parts;

  private RequiredParts(List<Pattern> parts) {
    this.parts = parts;
  }

  /** The required parts of {@code regex} (none when it cannot vouch for them). */
  public static RequiredParts of(String regex) {
    return new RequiredParts(find(regex));
  }

  /** The parts, for tests and messages. */
  public List<Pattern> parts() {
    return parts;
  }

  /** False when a required part is missing from {@code text}: the whole pattern cannot match it. */
  public boolean mayMatch(CharSequence text) {
    for (Pattern p : parts) {
      if (!p.matcher(text).find()) {
        return false;
      }
    }
    return true;
  }

  /** An open group while reading the pattern. */
  private static final class Group {
    final int start;
    final boolean lookaround;
    final boolean named;
    /** Flags set inside ("(?i:…)"): a part within would lose them, the group alone keeps them. */
    final boolean flagged;
    boolean alternation;
    boolean hasSlot;
    /** Its quantifier allows zero repetitions (set when it closes). */
    boolean optional;

    Group(int start, boolean lookaround, boolean named, boolean flagged) {
      this.start = start;
      this.lookaround = lookaround;
      this.named = named;
      this.flagged = flagged;
    }
  }

  private record Closed(Group group, int end, List<Group> ancestors) {
    /**
     * No enclosing group is an alternation, a look-around, a flag group or optional (read when all
     * are closed).
     */
    boolean eligibleAncestors() {
      for (Group a : ancestors) {
        if (a.alternation || a.lookaround || a.flagged || a.optional) {
          return false;
        }
      }
      return true;
    }
  }

  static List<Pattern> find(String re) {
    if (re.contains("\\Q") || BACK_REFERENCE.matcher(re).find() || hasInlineFlags(re)) {
      return List.of();
    }
    Deque<Group> open = new ArrayDeque<>();
    Group top = new Group(-1, false, false, false);
    open.push(top);
    List<Closed> closed = new ArrayList<>();
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++; // the escaped character
        continue;
      }
      if (c == '[') {
        i = endOfClass(re, i);
        continue;
      }
      if (c == '|') {
        open.peek().alternation = true;
      } else if (c == '(') {
        boolean look = re.startsWith("(?=", i) || re.startsWith("(?!", i) || re.startsWith("(?<=", i)
            || re.startsWith("(?<!", i);
        boolean named = !look && re.startsWith("(?<", i);
        boolean capturing = !re.startsWith("(?", i);
        if (named || capturing) {
          for (Group g : open) {
            g.hasSlot = true;
          }
        }
        open.push(new Group(i, look, named || capturing, flagGroupEnd(re, i) > 0));
      } else if (c == ')') {
        Group g = open.pop();
        g.optional = optionalAfter(re, i + 1);
        closed.add(new Closed(g, i + 1, List.copyOf(open)));
      }
    }
    if (open.size() != 1 || top.alternation) {
      return List.of();
    }
    // a group is required when neither it nor an ancestor is optional
    List<Closed> chosen = new ArrayList<>();
    List<Pattern> out = new ArrayList<>();
    for (int k = 0; k < closed.size() && out.size() < MAX_PARTS; k++) {
      Closed g = closed.get(k);
      String part = re.substring(g.group.start, g.end);
      // a part with a name placeholder would find one in nearly every sentence: not worth a scan
      if (!g.eligibleAncestors() || g.group.lookaround || g.group.named || g.group.hasSlot || g.group.optional
          || nested(chosen, g) || part.indexOf(Template.OPEN) >= 0) {
        continue;
      }
      Pattern compiled = Pattern.compile(part);
      if (compiled.matcher("").matches()) {
        continue; // it can match nothing at all: every sentence has it
      }
      chosen.add(g);
      String first = firstCharacters(part);
      // a look-ahead for the possible first characters: most positions fail on one character
      // instead of trying every alternative
      out.add(first == null ? compiled : Pattern.compile("(?=[" + first + "])" + part));
    }
    return out;
  }

  /**
   * The characters a non-capturing group {@code (?:a|b…)} can start with, as the body of a
   * character class, when every alternative starts with a plain letter, digit or space that is
   * not optional; null otherwise (then no look-ahead is added).
   */
  static String firstCharacters(String group) {
    if (!group.startsWith("(?:") || !group.endsWith(")")) {
      return null;
    }
    String body = group.substring(3, group.length() - 1);
    StringBuilder first = new StringBuilder();
    int depth = 0;
    boolean atStart = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (atStart) {
        boolean plain = Character.isLetterOrDigit(c) || c == ' ';
        boolean optional = i + 1 < body.length() && "?*{".indexOf(body.charAt(i + 1)) >= 0;
        if (!plain || optional || c >= 0x80) {
          return null;
        }
        if (first.indexOf(String.valueOf(c)) < 0) {
          first.append(c);
        }
        atStart = false;
      }
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = endOfClass(body, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        atStart = true;
      }
    }
    return atStart || first.length() == 0 ? null : first.toString();
  }

  /** Whether {@code re} switches flags for the rest of a group ({@code (?i)}), not just inside one ({@code (?i:…)}). */
  private static boolean hasInlineFlags(String re) {
    for (int i = 0; i + 2 < re.length(); i++) {
      if (re.charAt(i) == '\\') {
        i++;
        continue;
      }
      if (flagGroupEnd(re, i) > 0 && re.charAt(flagGroupEnd(re, i)) == ')') {
        return true;
      }
    }
    return false;
  }

  /** For "(?ix:" or "(?i)" at {@code i}, the index of its ':' or ')'; else -1. */
  private static int flagGroupEnd(String re, int i) {
    if (!re.startsWith("(?", i)) {
      return -1;
    }
    int j = i + 2;
    while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
      j++;
    }
    return j > i + 2 && j < re.length() && (re.charAt(j) == ':' || re.charAt(j) == ')') ? j : -1;
  }

  /** Whether a group already chosen holds this one or lies in it (one of them is enough). */
  private static boolean nested(List<Closed> chosen, Closed g) {
    for (Closed c : chosen) {
      int cs = c.group.start;
      int gs = g.group.start;
      if (cs <= gs && g.end <= c.end || gs <= cs && c.end <= g.end) {
        return true;
      }
    }
    return false;
  }

  /** Whether the quantifier after position {@code i} (if any) allows zero repetitions. */
  private static boolean optionalAfter(String re, int i) {
    if (i >= re.length()) {
      return false;
    }
    char q = re.charAt(i);
    if (q == '?' || q == '*') {
      return true;
    }
    return q == '{' && i + 1 < re.length() && re.charAt(i + 1) == '0';
  }

  /** The index of the ']' closing the character class opened at {@code i}. */
  private static int endOfClass(String re, int i) {
    int depth = 0;
    int j = i;
    while (j < re.length()) {
      char c = re.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        if (j + 1 < re.length() && re.charAt(j + 1) == '^') {
          j++;
        }
        if (j + 1 < re.length() && re.charAt(j + 1) == ']') {
          j++; // a ']' first in the class is a literal
        }
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
      j++;
    }
    return re.length();
  }
}
