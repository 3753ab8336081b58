package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link PropertyGraph} in one file format. Found by format name in {@link Exporters}. */
public interface Exporter {
  /** The name users give to {@code export --format}, e.g. {@code graphml}. */
  String format();

  /** The usual file extension, without the dot. */
  String extension();

  /** One line for {@code --help}: which tools open it. */
  String description();

  /** Writes the graph (UTF-8 where the format is text); does not close {@code out}. */
  void write(PropertyGraph graph, OutputStream out) throws IOException;
}
