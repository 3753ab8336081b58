package org.newsgraph.nlp;

/** The kinds of names the name finders report. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE;

  /** Parses OpenNLP / CoNLL style type names: person, per, organization, org, location, loc, gpe. */
  public static EntityType parse(String s) {
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "person":
      case "per":
        return PERSON;
      case "organization":
      case "organisation":
      case "org":
        return ORGANIZATION;
      case "location":
      case "loc":
      case "place":
      case "gpe":
        return PLACE;
      default:
        throw new IllegalArgumentException(
            "unknown entity type '" + s + "' (expected person, organization or location)");
    }
  }
}
