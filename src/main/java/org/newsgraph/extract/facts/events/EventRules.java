package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.corpus.LexiconFiles;

/**
 * The rules of {@code event-rules.tsv} with the word classes of {@code event-triggers.tsv}: each
 * rule is an event kind, a trigger class, a role and the path from the trigger to the entity that
 * fills it, with its options. Every class a rule names must be known.
 */
final class EventRules {
  /**
   * One rule.
   *
   * @param role     participant, target or victim; "-" when the rule fills no role
   * @param path     from the trigger word to the role's entity; null with no role
   * @param condition a path that must reach a word for the rule to apply; null for none
   * @param dated    the event is told only where it has a date of its own
   * @param quoted   only in a sentence with a quotation
   * @param needs    a role the event must have an entity in, or null ("charged" with no one charged tells nothing)
   * @param aside    the entity takes part but does not identify the event (the judge of a sentencing)
   */
  record Rule(int line, String kind, String trigger, String role, TriggerPath path, String label, Set<String> kinds,
      TriggerPath condition, boolean dated, boolean quoted, String needs, boolean aside, double confidence) {
    /** What the evidence of the rule's facts names. */
    String method() {
      return kind + ":" + trigger + (path == null ? "" : ":" + role + ":" + path)
          + (condition == null ? "" : ":if " + condition);
    }
  }

  static final String RULES = "event-rules.tsv";
  static final String TRIGGERS = "event-triggers.tsv";

  private final TriggerWords words;
  private final Map<String, List<Rule>> byTrigger = new LinkedHashMap<>();

  private EventRules(TriggerWords words) {
    this.words = words;
  }

  static EventRules load() {
    return load(RULES, TRIGGERS);
  }

  static EventRules load(String rulesFile, String triggerFile) {
    EventRules r = new EventRules(TriggerWords.load(triggerFile));
    for (String c : List.of(EventDates.CARRIER, TreeReader.REPORTING)) {
      if (!r.words.knows(c)) {
        throw new IllegalStateException(triggerFile + ": the trigger class [" + c + "] the extractor reads is missing");
      }
    }
    int line = 0;
    for (String[] f : LexiconFiles.tsv(rulesFile, 4)) {
      line++;
      Rule rule = parse(line, f, rulesFile);
      List<String> classes = new ArrayList<>();
      classes.add(rule.trigger());
      if (rule.path() != null) {
        classes.addAll(rule.path().triggerClasses());
      }
      if (rule.condition() != null) {
        classes.addAll(rule.condition().triggerClasses());
      }
      for (String c : classes) {
        if (!r.words.knows(c)) {
          throw new IllegalStateException(rulesFile + ": rule " + String.join(" ", f) + " names the unknown trigger class [" + c + "]");
        }
      }
      r.byTrigger.computeIfAbsent(rule.trigger(), k -> new ArrayList<>()).add(rule);
    }
    return r;
  }

  private static Rule parse(int line, String[] f, String file) {
    String role = f[2].strip();
    if (!Set.of("participant", "target", "victim", "-").contains(role)) {
      throw new IllegalStateException(file + ": unknown role '" + role + "' in rule " + String.join(" ", f));
    }
    TriggerPath path = f[3].strip().equals("-") ? null : TriggerPath.parse(f[3]);
    if ((path == null) != role.equals("-")) {
      throw new IllegalStateException(file + ": a rule with a role has a path, one without has none: " + String.join(" ", f));
    }
    String label = f[0].strip().toLowerCase(java.util.Locale.ROOT);
    Set<String> kinds = Set.of("person", "organization");
    TriggerPath condition = null;
    boolean dated = false;
    boolean quoted = false;
    String needs = null;
    boolean aside = false;
    double conf = 0.7;
    for (int i = 4; i < f.length; i++) {
      for (String opt : f[i].split(",")) {
        String o = opt.strip();
        if (o.startsWith("label=")) {
          label = o.substring(6);
        } else if (o.startsWith("kinds=")) {
          kinds = Set.of(o.substring(6).split("\\|"));
        } else if (o.startsWith("if=")) {
          condition = TriggerPath.parse(o.substring(3));
        } else if (o.equals("dated")) {
          dated = true;
        } else if (o.equals("quoted")) {
          quoted = true;
        } else if (o.equals("aside")) {
          aside = true;
        } else if (o.startsWith("needs=")) {
          needs = o.substring(6);
        } else if (o.startsWith("conf=")) {
          conf = Double.parseDouble(o.substring(5));
        } else if (!o.isEmpty()) {
          throw new IllegalStateException(file + ": unknown option '" + o + "' of rule " + String.join(" ", f));
        }
      }
    }
    return new Rule(line, f[0].strip(), f[1].strip(), role, path, label, kinds, condition, dated, quoted, needs, aside, conf);
  }

  TriggerWords words() {
    return words;
  }

  /** The rules by trigger class, in file order. */
  Map<String, List<Rule>> byTrigger() {
    return byTrigger;
  }

  int size() {
    return byTrigger.values().stream().mapToInt(List::size).sum();
  }
}
