package org.newsgraph.extract.facts.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.facts.dates.DateMention;
import org.newsgraph.extract.facts.dates.DateResolver;
import org.newsgraph.extract.facts.dates.Tense;
import org.newsgraph.extract.facts.dates.TemporalValue;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The date of an event told at a trigger word, read over the tree: a date in the trigger's own
 * phrase first ("Friday's press conference", "a statement released Thursday", "the 2019 robbery"),
 * then one of the clause it is told in ("sued the governor in July 2023", "said on Thursday at a
 * news conference"), then one of the clauses that clause depends on ("On Sunday Mr. Pike ...,
 * writing on Twitter"); never one of another clause inside it. The relative expressions are
 * resolved in the clause's tense (a past event is never dated after the article); relative words
 * inside a quotation are the speaker's, not the article's, and are left out; "the same afternoon"
 * takes the last date told before it.
 *
 * <p>The article's news day is the day its lead tells (the first day-precise date of its first
 * long sentences, on or before the publication date), else its publication date: what the
 * extractor dates an undated statement or press conference with (and says so in the evidence).
 */
final class EventDates {
  /** A date and how it was found. */
  record Dated(TemporalValue value, String how) {
    /** Read in the event's own phrase, or by reference to a date told before: the event's own date. */
    boolean ownLike() {
      return how.equals("own") || how.equals("same-day") || how.equals("speech-day");
    }
  }

  /** Relations that open another clause: a date under them is that clause's. */
  private static final Set<String> OTHER_CLAUSE = Set.of("acl:relcl", "ccomp", "advcl", "parataxis", "conj", "csubj");
  private static final int LEAD_TOKENS = 12;
  /** How many long sentences from the top the lead's date is looked for in (headlines and decks come first). */
  private static final int LEAD_SENTENCES = 4;
  /** The trigger class of verbs whose date is the date of the noun event they carry ("filed a lawsuit in March"). */
  static final String CARRIER = "carrier";
  private static final java.util.regex.Pattern SAME_DAY =
      java.util.regex.Pattern.compile("(?i)today|tonight|this (?:morning|afternoon|evening)");

  private final DateResolver resolver;
  private final ArticleContext article;
  /** Every dated expression of the article (unknown tense), in text order: what "the same day" looks back to. */
  private final List<long[]> told = new ArrayList<>();
  private final List<TemporalValue> toldValues = new ArrayList<>();
  private final Optional<TemporalValue> newsDay;

  private final TriggerWords words;

  EventDates(ArticleContext article, TriggerWords words) {
    this.article = article;
    this.words = words;
    this.resolver = new DateResolver(article.published());
    for (Sentence s : article.sentences()) {
      for (DateMention d : resolver.find(s.text(), Tense.PAST)) {
        if (d.value().isPresent() && d.value().get().precision() == 3) {
          told.add(new long[] {s.index(), d.start()});
          toldValues.add(d.value().get());
        }
      }
    }
    this.newsDay = newsDay(article, resolver);
  }

  DateResolver resolver() {
    return resolver;
  }

  Optional<TemporalValue> newsDay() {
    return newsDay;
  }

  private static Optional<TemporalValue> newsDay(ArticleContext a, DateResolver resolver) {
    if (a.published().isEmpty()) {
      return Optional.empty();
    }
    LocalDate pub = a.published().get();
    int seen = 0;
    for (Sentence s : a.sentences()) {
      if (s.tokens().size() < LEAD_TOKENS) {
        continue;
      }
      for (DateMention d : resolver.find(s.text(), Tense.PAST)) {
        if (d.value().isPresent() && d.value().get().precision() == 3
            && !LocalDate.parse(d.value().get().lexical()).isAfter(pub)) {
          return d.value();
        }
      }
      if (++seen == LEAD_SENTENCES) {
        break;
      }
    }
    return Optional.of(TemporalValue.day(pub));
  }

  /** The date of the event told at {@code trigger}, in the given tense. */
  Optional<Dated> of(Sentence s, Tree tree, int trigger, Tense tense) {
    List<Token> tokens = s.tokens();
    List<DateMention> mentions = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    boolean[] quoted = Quotes.inside(s.text());
    List<DateMention> speaker = new ArrayList<>();
    for (DateMention d : resolver.find(s.text(), tense)) {
      if (d.relative() && quoted[d.start()]) {
        if (SAME_DAY.matcher(d.text()).matches()) {
          speaker.add(d); // "today" in a quotation is the day the speaker spoke
        }
        continue;
      }
      int h = headOf(tree, tokens, s.start() + d.start(), s.start() + d.end());
      if (h >= 0) {
        mentions.add(d);
        heads.add(h);
      }
    }
    for (DateMention d : speaker) {
      int h = headOf(tree, tokens, s.start() + d.start(), s.start() + d.end());
      int root = tree.root();
      Optional<Dated> spoken = root < 0 ? Optional.empty() : within(s, tree, root, root, root, mentions, heads, "speech-day");
      if (h >= 0 && spoken.isPresent()) {
        mentions.add(new DateMention(d.start(), d.end(), d.text(), Optional.of(spoken.get().value()), true));
        heads.add(h);
      }
    }
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    // the trigger's own phrase, then the clause it is told in, then the clauses above it
    int w = trigger;
    int v = Modality.clauseVerb(tree, tokens, trigger);
    List<Integer> scopes = new ArrayList<>();
    scopes.add(trigger);
    if (tree.isLike(trigger, "conj") && !tokens.get(trigger).pos().equals("VERB")) {
      scopes.add(tree.head(trigger)); // "the 1981 robbery and murder of X": the first noun's modifiers are the murder's too
    }
    if (v == trigger || words.has(CARRIER, tokens, v)) {
      for (int x = trigger; x != v && tree.head(x) >= 0; x = tree.head(x)) {
        scopes.add(tree.head(x));
      }
      for (int x = v, i = 0; i < 2 && tree.head(x) >= 0 && isSharing(tree.rel(x)); i++) {
        x = tree.head(x);
        scopes.add(x);
      }
    }
    String how = "own";
    for (int scope : scopes) {
      Optional<Dated> d = within(s, tree, scope, w, trigger, mentions, heads, how);
      if (d.isEmpty() && scope == trigger) {
        d = sharedConjunct(s, tree, tokens, trigger, mentions, heads);
      }
      if (d.isPresent()) {
        return d;
      }
      w = scope;
      how = "clause";
    }
    // "in April, when he won election": a when-clause, or a clause describing a date, is at that date
    int h = tree.head(v);
    if (h >= 0 && scopes.contains(v) && (tree.rel(v).equals("acl:relcl") || when(tree, tokens, v))) {
      for (int i = 0; i < mentions.size(); i++) {
        int dh = heads.get(i);
        if ((dh == h || tree.head(dh) == h) && mentions.get(i).value().isPresent()) {
          return Optional.of(new Dated(mentions.get(i).value().get(), "clause"));
        }
      }
    }
    return Optional.empty();
  }

  /** "shot and killed X in May": a date of a later verb that shares the trigger's subject is the trigger's too. */
  private Optional<Dated> sharedConjunct(Sentence s, Tree tree, List<Token> tokens, int trigger, List<DateMention> mentions,
      List<Integer> heads) {
    if (!TriggerWords.pos(tokens, trigger).equals("VERB")) {
      return Optional.empty();
    }
    for (int c : tree.children(trigger)) {
      if (tree.isLike(c, "conj") && tokens.get(c).pos().equals("VERB") && tree.children(c, "nsubj").isEmpty()
          && tree.children(c, "nsubj:pass").isEmpty()) {
        Optional<Dated> d = within(s, tree, c, c, trigger, mentions, heads, "clause");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSharing(String rel) {
    return Tree.like(rel, "xcomp") || Tree.like(rel, "advcl");
  }

  private static boolean when(Tree tree, List<Token> tokens, int v) {
    return tree.children(v).stream().anyMatch(c -> (tree.isLike(c, "advmod") || tree.isLike(c, "mark"))
        && tokens.get(c).text().equalsIgnoreCase("when"));
  }

  /** A date under {@code scope} but not under another clause, nor (when scope is not from) under {@code from}. */
  private Optional<Dated> within(Sentence s, Tree tree, int scope, int from, int trigger, List<DateMention> mentions,
      List<Integer> heads, String how) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < mentions.size(); i++) {
      int h = heads.get(i);
      if (!under(tree, scope, h, trigger) || scope != from && under(tree, from, h, trigger)) {
        continue;
      }
      int distance = Math.abs(h - from);
      if (distance < bestDistance) {
        best = mentions.get(i);
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (best.value().isPresent()) {
      return Optional.of(new Dated(best.value().get(), how));
    }
    if (DateResolver.refersBack(best.text())) {
      return before(s.index(), best.start()).map(v -> new Dated(v, "same-day"));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code w} is in the subtree of {@code scope} without crossing into another clause, nor
   * into a subject the trigger is not part of ("the parents of two Americans killed in 2012 filed
   * a lawsuit": 2012 is not the lawsuit's; a date that is the subject itself is a misparse of a
   * time adverbial and counts).
   */
  private static boolean under(Tree tree, int scope, int w, int trigger) {
    for (int x = w, i = 0; x >= 0 && i <= tree.size(); x = tree.head(x), i++) {
      if (x == scope) {
        return true;
      }
      String rel = tree.rel(x);
      if (OTHER_CLAUSE.contains(rel) || Tree.like(rel, "conj")
          || (Tree.like(rel, "nsubj") || Tree.like(rel, "csubj")) && x != w && !tree.dominates(x, trigger)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The day a story's scene is set on, for a violent event told without a date ("When he
   * hesitated, one of them shot him"): the last day-precise date of the {@value #NARRATIVE_REACH}
   * sentences before it, on or before the publication date; none further off.
   */
  Optional<TemporalValue> narrative(int sentence) {
    TemporalValue out = null;
    for (int i = 0; i < told.size(); i++) {
      long at = told.get(i)[0];
      if (at < sentence && at >= sentence - NARRATIVE_REACH && (article.published().isEmpty()
          || !LocalDate.parse(toldValues.get(i).lexical()).isAfter(article.published().get()))) {
        out = toldValues.get(i);
      }
    }
    return Optional.ofNullable(out);
  }

  private static final int NARRATIVE_REACH = 2;

  /** The last day-precise date told before a place of the article. */
  private Optional<TemporalValue> before(int sentence, int offset) {
    TemporalValue out = null;
    for (int i = 0; i < told.size(); i++) {
      long[] at = told.get(i);
      if (at[0] < sentence || at[0] == sentence && at[1] < offset) {
        out = toldValues.get(i);
      }
    }
    return Optional.ofNullable(out);
  }

  /** The word of a character span whose head is outside it, or -1 when no token lies in it. */
  private static int headOf(Tree tree, List<Token> tokens, int start, int end) {
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= start && t.end() <= end) {
        if (first < 0) {
          first = i;
        }
        int h = tree.head(i);
        if (h < 0 || tokens.get(h).start() < start || tokens.get(h).end() > end) {
          return i;
        }
      }
    }
    return first;
  }
}
