package org.newsgraph.extract.facts.paths;

import java.util.Optional;

/**
 * One step of a path over the dependency tree, as the rule files write it: {@code [class]} asks
 * the word reached to be of a trigger class, {@code [!class]} not to be; {@code {class}} asks for a
 * word of the class in the subtree; {@code <rel} goes up a relation like rel, {@code >rel} down
 * one, {@code >*} down to any word below; {@code rel(prep)} also asks for a case or mark word
 * ("in", "against"); {@code !>rel} asks the word to have no dependent like rel but a pronoun ("his
 * sister" passes, "Tom's sister" does not). Shared by the relation paths ({@link PathPattern}) and the event paths.
 *
 * @param dir '=' (a class), '!' (not a class), '{' (a subtree with a class), '<' (up), '>' (down),
 *     '*' (any word below), '-' (no dependent like rel but a pronoun), or another direction a caller
 *     gives
 */
public record PathStep(char dir, String rel, String casePrep, String triggerClass) {
  /** The step a word of a path writes, or empty when it is not one of the forms above. */
  public static Optional<PathStep> parse(String p) {
    if (p.startsWith("[!") && p.endsWith("]")) {
      return Optional.of(new PathStep('!', null, null, p.substring(2, p.length() - 1)));
    }
    if (p.startsWith("{") && p.endsWith("}")) {
      return Optional.of(new PathStep('{', null, null, p.substring(1, p.length() - 1)));
    }
    if (p.startsWith("!>") && p.length() > 2) {
      return Optional.of(new PathStep('-', p.substring(2), null, null));
    }
    if (p.equals(">*")) {
      return Optional.of(new PathStep('*', null, null, null));
    }
    if (p.startsWith("[") && p.endsWith("]")) {
      return Optional.of(new PathStep('=', null, null, p.substring(1, p.length() - 1)));
    }
    if ((p.startsWith("<") || p.startsWith(">")) && p.length() > 1) {
      String rel = p.substring(1);
      String prep = null;
      int open = rel.indexOf('(');
      if (open > 0 && rel.endsWith(")")) {
        prep = rel.substring(open + 1, rel.length() - 1);
        rel = rel.substring(0, open);
      }
      return Optional.of(new PathStep(p.charAt(0), rel, prep, null));
    }
    return Optional.empty();
  }
}
