package org.newsgraph.extract;

/**
 * A literal value.
 *
 * @param datatype local name of an XSD datatype: string, integer, decimal, date, gYearMonth, gYear
 */
public record Literal(String lexical, String datatype) implements Value {
  public static Literal string(String s) {
    return new Literal(s, "string");
  }

  public static Literal integer(long n) {
    return new Literal(Long.toString(n), "integer");
  }
}
