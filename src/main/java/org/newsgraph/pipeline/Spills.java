package org.newsgraph.pipeline;

import org.newsgraph.extract.GraphSpill;
import org.newsgraph.nlp.AnnotationSpill;

/** The temporary files of a local build, made when needed; both removed on close. */
final class Spills implements AutoCloseable {
  AnnotationSpill annotations;
  GraphSpill graphs;

  @Override
  public void close() {
    try {
      if (graphs != null) {
        graphs.close();
      }
    } finally {
      if (annotations != null) {
        annotations.close();
      }
    }
  }
}
