package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.dates.Tense;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Reads events over the dependency tree with the rules of {@link EventRules}: at each word of a
 * trigger class, every rule of that class whose condition holds fills its role with the entity its
 * path reaches; a word that tells no event that took place ({@link Modality}) is passed over. One
 * sighting per word and kind, dated by {@link EventDates}.
 */
final class TreeReader {
  private static final Pattern TALLY = Pattern.compile("^\\W{0,3}(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})\\b");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "his", "her", "its", "their");
  /** The trigger class of verbs that say or post: an event told with one is the article's report of it. */
  static final String REPORTING = "post";

  private final EventRules rules;
  private final String extractor;

  TreeReader(EventRules rules, String extractor) {
    this.rules = rules;
    this.extractor = extractor;
  }

  List<Sighting> read(ArticleContext a, Roles roles, EventDates dates) {
    List<Sighting> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (!parsed(s)) {
        continue;
      }
      Tree tree = new Tree(s);
      for (int i = 0; i < s.tokens().size(); i++) {
        out.addAll(at(a, s, tree, i, roles, dates));
      }
    }
    return out;
  }

  private static boolean parsed(Sentence s) {
    return s.tokens().stream().anyMatch(t -> !t.deprel().isEmpty());
  }

  private List<Sighting> at(ArticleContext a, Sentence s, Tree tree, int i, Roles roles, EventDates dates) {
    List<Token> tokens = s.tokens();
    TriggerWords words = rules.words();
    if (!words.mayHaveAnyClass(tokens, i)) {
      return List.of(); // most words trigger nothing: no rule below can take them
    }
    Map<String, Sighting> here = new LinkedHashMap<>();
    Map<String, Boolean> bare = new LinkedHashMap<>(); // kind -> told by a rule without a role (true: only if dated)
    Map<String, String> needs = new LinkedHashMap<>(); // kind -> a role it must fill
    boolean quoted = Quotes.any(s.text());
    if (quoted && Quotes.inFullQuotation(s.text(), tokens.get(i).start() - s.start()) || plural(tokens.get(i))) {
      return List.of(); // a speaker's sentence is not the article's narration; "lawsuits", "shootings" are no one event
    }
    Boolean realis = null;
    record Candidate(Sighting x, String role, Ref ref, Evidence e, boolean named, boolean aside) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, List<EventRules.Rule>> e : rules.byTrigger().entrySet()) {
      if (!words.has(e.getKey(), tokens, i)) {
        continue;
      }
      for (EventRules.Rule r : e.getValue()) {
        if (r.quoted() && !quoted || r.condition() != null && r.condition().walk(tree, tokens, i, words).isEmpty()) {
          continue;
        }
        if (realis == null) {
          realis = Modality.realis(tree, tokens, i);
        }
        if (!realis) {
          return List.of();
        }
        Sighting x = here.computeIfAbsent(r.kind(), k -> new Sighting(k, r.label(), s.index(),
            a.evidence(s, tokens.get(i).start(), tokens.get(i).end(), r.confidence(), extractor + ":" + r.method())));
        if (r.needs() != null) {
          needs.put(r.kind(), r.needs());
        }
        if (r.path() == null) {
          bare.merge(r.kind(), r.dated(), (p, q) -> p && q);
          continue;
        }
        for (int end : r.path().walk(tree, tokens, i, words)) {
          Optional<Ref> ref = roles.at(s, tree, end);
          if (ref.isPresent() && r.kinds().contains(ref.get().kind())) {
            int[] span = roles.span(s, end);
            int from = Math.min(tokens.get(i).start(), tokens.get(span[0]).start());
            int to = Math.max(tokens.get(i).end(), tokens.get(span[1] - 1).end());
            candidates.add(new Candidate(x, r.role(), ref.get(), a.evidence(s, from, to, r.confidence(), extractor + ":" + r.method()),
                !tokens.get(end).pos().equals("PRON"), r.aside()));
          }
        }
      }
    }
    // names first: where a pronoun resolves to someone a name puts in another role, the name says who it is
    candidates.stream().filter(Candidate::named).forEach(c -> c.x().fill(c.role(), c.ref(), c.e(), c.aside()));
    candidates.stream().filter(c -> !c.named()).forEach(c -> c.x().fill(c.role(), c.ref(), c.e(), c.aside()));
    List<Sighting> out = new ArrayList<>();
    for (Sighting x : here.values()) {
      if (x.fills.isEmpty() && !bare.containsKey(x.kind) || needs.containsKey(x.kind) && x.in(needs.get(x.kind)).isEmpty()) {
        continue;
      }
      Tense tense = Modality.tense(tree, tokens, i);
      if (tense == Tense.FUTURE) {
        continue; // "will vote next week": not an event yet
      }
      x.date = dates.of(s, tree, i, tense).orElse(null);
      if (x.fills.isEmpty() && bare.get(x.kind) && x.date == null) {
        continue; // "the shooting", "an election": an event only with a date of its own
      }
      x.definite = definite(tree, tokens, i);
      x.reported = reported(tree, tokens, i, words);
      tally(s, tokens.get(i).end() - s.start(), x);
      out.add(x);
    }
    return out;
  }

  /** A noun in the plural ("statements", "lawsuits"): events in general, not one event. */
  private static boolean plural(Token t) {
    return t.pos().equals("NOUN") && !t.text().equalsIgnoreCase(t.lemma()) && t.text().toLowerCase(Locale.ROOT).endsWith("s");
  }

  /**
   * Whether the event is the article's own report of a saying: its trigger, or the verb it is told
   * with, says or posts ("said in a statement", "tweeted", "spoke at a news conference").
   */
  private static boolean reported(Tree tree, List<Token> tokens, int i, TriggerWords words) {
    int v = Modality.clauseVerb(tree, tokens, i);
    return words.has(REPORTING, tokens, v) || words.has(REPORTING, tokens, i) || words.has("tweet-verb", tokens, i);
  }

  /** "the lawsuit", "her statement": a noun that may name an event told before. */
  private static boolean definite(Tree tree, List<Token> tokens, int i) {
    if (!tokens.get(i).pos().equals("NOUN")) {
      return false;
    }
    for (int c : tree.children(i)) {
      if ((tree.isLike(c, "det") || tree.isLike(c, "nmod:poss"))
          && DEFINITE.contains(tokens.get(c).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A vote's tally written right after its trigger ("voted 7-4", "failed 3-6"). */
  static void tally(Sentence s, int after, Sighting x) {
    if (!x.kind.equals("Vote")) {
      return;
    }
    Matcher m = TALLY.matcher(s.text().substring(Math.min(after, s.text().length())));
    if (m.find()) {
      x.votesFor = Integer.parseInt(m.group(1));
      x.votesAgainst = Integer.parseInt(m.group(2));
    }
  }
}
