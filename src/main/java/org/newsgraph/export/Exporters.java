package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exporter registry: format name to {@link Exporter}. */
public final class Exporters {
  private Exporters() {}

  private static final Map<String, Exporter> BY_FORMAT = new LinkedHashMap<>();

  static {
    for (Exporter e : List.of(
        new GraphMlExporter(),
        new GexfExporter(),
        new DotExporter(),
        new CytoscapeExporter(),
        new JsonLdExporter(),
        new HtmlExporter())) {
      BY_FORMAT.put(e.format(), e);
    }
  }

  /** Every exporter, in the order of {@link #formats()}. */
  public static List<Exporter> all() {
    return List.copyOf(BY_FORMAT.values());
  }

  /** The format names. */
  public static List<String> formats() {
    return List.copyOf(BY_FORMAT.keySet());
  }

  /** The exporter for {@code format}, or an error listing the formats there are. */
  public static Exporter forFormat(String format) {
    Exporter e = BY_FORMAT.get(format);
    if (e == null) {
      throw new IllegalArgumentException("No exporter for format " + format + ". Available: "
          + String.join(", ", BY_FORMAT.keySet()));
    }
    return e;
  }
}
