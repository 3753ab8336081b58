package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.facts.Lexicon;

/** The frames of {@value #FILE}: for each frame, its roles and the paths from the trigger to them. */
final class Frames {
  static final String FILE = "case-frames.tsv";
  /** Frames that name nobody and need no roles: they anchor a date and a place. */
  private static final Set<String> ANCHORS = Set.of("incident");
  private static final Set<String> ROLES = Set.of("victim", "defendant", "charge", "sentence", "need", "name");

  /** A role and one path to it, with the line that wrote it. */
  record RolePath(String role, FramePath path, int line) {}

  private final Map<String, List<RolePath>> frames = new LinkedHashMap<>();

  Frames(CaseWords words) {
    for (Lexicon.Row r : Lexicon.load(FILE).rows()) {
      String where = FILE + ":" + r.line();
      if (!ROLES.contains(r.get(1))) {
        throw new IllegalStateException(where + ": unknown role '" + r.get(1) + "' (one of " + ROLES + ")");
      }
      frames.computeIfAbsent(r.get(0), k -> new ArrayList<>())
          .add(new RolePath(r.get(1), FramePath.parse(r.get(2), words, where), r.line()));
    }
    for (CaseWords.WordClass c : words.classes()) {
      if (!c.frame().equals("-") && !frames.containsKey(c.frame()) && !ANCHORS.contains(c.frame())) {
        throw new IllegalStateException(CaseWords.FILE + ":" + c.line() + ": class '" + c.name() + "' triggers the frame '"
            + c.frame() + "' that " + FILE + " does not define");
      }
    }
  }

  /** The role paths of the frame a class triggers (none for an anchor: "the March 8 incident"). */
  List<RolePath> of(CaseWords.WordClass c) {
    return of(c.frame());
  }

  List<RolePath> of(String frame) {
    return frames.getOrDefault(frame, List.of());
  }
}
