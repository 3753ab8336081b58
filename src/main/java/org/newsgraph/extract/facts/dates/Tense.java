package org.newsgraph.extract.facts.dates;

/**
 * The tense of what a date expression dates, as the sentence tells it: a relative expression
 * without a year ("Dec. 14", "in March", "Friday") is resolved before, after or nearest to the
 * publication date accordingly.
 */
public enum Tense {
  /** Happened: never after the publication date ("was arrested Friday", "sued in March"). */
  PAST,
  /** Will happen: never before the publication date ("will be arraigned Friday"). */
  FUTURE,
  /** Not told: the date nearest the publication date ("Dec. 14" in a January article is last December). */
  UNKNOWN
}
