package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The word classes of {@value #FILE}: which lemmas trigger which frame, the offence and event they
 * tell, and plain classes ("body", "juvenile", "person") that frames and parties test words
 * against. A word "a>b" is the lemma a with a dependent of lemma b ("take>custody").
 */
final class CaseWords {
  static final String FILE = "case-words.tsv";

  /** A class: the frame it triggers (or "-"), what it tells, and its words. */
  record WordClass(String name, String frame, String offence, String event, boolean legalGate, int line) {}

  private final Map<String, WordClass> classes = new LinkedHashMap<>();
  /** lemma → the classes whose plain word it is. */
  private final Map<String, List<String>> plain = new HashMap<>();
  /** lemma → (dependent lemma, class) of the words written a>b. */
  private final Map<String, List<String[]>> paired = new HashMap<>();

  CaseWords() {
    for (Lexicon.Row r : Lexicon.load(FILE).rows()) {
      String gate = r.get(4);
      if (!gate.equals("-") && !gate.equals("legal")) {
        throw new IllegalStateException(FILE + ":" + r.line() + ": gate is - or legal, not '" + gate + "'");
      }
      WordClass c = new WordClass(r.get(0), r.get(1), r.get(2), r.get(3), gate.equals("legal"), r.line());
      if (classes.put(c.name(), c) != null) {
        throw new IllegalStateException(FILE + ":" + r.line() + ": class '" + c.name() + "' is defined twice");
      }
      for (String w : r.get(5).trim().split("\\s+")) {
        String word = w.toLowerCase(Locale.ROOT);
        int gt = word.indexOf('>');
        if (gt > 0) {
          paired.computeIfAbsent(word.substring(0, gt), k -> new ArrayList<>()).add(new String[] {word.substring(gt + 1), c.name()});
        } else {
          plain.computeIfAbsent(word, k -> new ArrayList<>()).add(c.name());
        }
      }
    }
  }

  java.util.Collection<WordClass> classes() {
    return classes.values();
  }

  boolean knows(String cls) {
    return classes.containsKey(cls);
  }

  WordClass get(String cls) {
    return classes.get(cls);
  }

  /** Whether a lemma is a plain word of a class. */
  boolean has(String cls, String lemma) {
    return plain.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()).contains(cls);
  }

  /** Whether word {@code i} is a word of the class, alone or with its paired dependent. */
  boolean has(String cls, Tree tree, List<Token> tokens, int i) {
    String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    if (has(cls, lemma)) {
      return true;
    }
    for (String[] p : paired.getOrDefault(lemma, List.of())) {
      if (p[1].equals(cls) && hasChild(tree, tokens, i, p[0])) {
        return true;
      }
    }
    return false;
  }

  /** The class whose frame word {@code i} triggers (a paired word first: "take into custody" is no "take"). */
  Optional<WordClass> frameAt(Tree tree, List<Token> tokens, int i) {
    String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    for (String[] p : paired.getOrDefault(lemma, List.of())) {
      WordClass c = classes.get(p[1]);
      if (!c.frame().equals("-") && hasChild(tree, tokens, i, p[0])) {
        return Optional.of(c);
      }
    }
    for (String name : plain.getOrDefault(lemma, List.of())) {
      WordClass c = classes.get(name);
      if (!c.frame().equals("-") && posFits(c, tree, tokens, i)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** A verb frame wants a verb (one with a determiner is a noun: "a grab"), a noun frame a noun. */
  private static boolean posFits(WordClass c, Tree tree, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean noun = t.pos().equals("NOUN") || t.pos().equals("PROPN");
    return switch (c.frame()) {
      case "harm-noun", "incident", "conviction", "acquittal", "probation" -> noun;
      case "death" -> true;
      case "harm" -> t.pos().equals("VERB") && tree.children(i).stream().noneMatch(d -> tree.rel(d).equals("det"));
      default -> !noun;
    };
  }

  private static boolean hasChild(Tree tree, List<Token> tokens, int i, String lemma) {
    for (int c : tree.children(i)) {
      if (tokens.get(c).lemma().equalsIgnoreCase(lemma) || tokens.get(c).text().equalsIgnoreCase(lemma)) {
        return true;
      }
    }
    return false;
  }
}
