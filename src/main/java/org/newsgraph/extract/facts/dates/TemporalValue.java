package org.newsgraph.extract.facts.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import org.newsgraph.extract.Literal;

/**
 * A resolved date at the precision the text supports.
 *
 * @param lexical the XSD lexical form, e.g. {@code 2021-12-08}, {@code 2021-04}, {@code 2018}
 * @param datatype local name of the XSD datatype: date, gYearMonth or gYear
 */
public record TemporalValue(String lexical, String datatype) {
  public static TemporalValue day(LocalDate d) {
    return new TemporalValue(d.toString(), "date");
  }

  public static TemporalValue month(YearMonth m) {
    return new TemporalValue(m.toString(), "gYearMonth");
  }

  public static TemporalValue year(int y) {
    if (y < 1 || y > 9999) {
      throw new IllegalArgumentException("year out of range: " + y);
    }
    return new TemporalValue(String.format("%04d", y), "gYear");
  }

  public Literal literal() {
    return new Literal(lexical, datatype);
  }

  /** 3 for a day, 2 for a month, 1 for a year: higher is more precise. */
  public int precision() {
    switch (datatype) {
      case "date":
        return 3;
      case "gYearMonth":
        return 2;
      default:
        return 1;
    }
  }
}
