package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.List;

/** GUM-shaped CoNLL-U lines for tests (an invented document). */
public final class GumFixtures {
  private GumFixtures() {}

  /** A GUM-shaped document (invented): "Ana Roe spoke on Monday. She left." with its mentions. */
  public static List<String> lines(int sheEntity) {
    List<String> l = new ArrayList<>();
    l.add("# newdoc id = GUM_test_tiny");
    l.add("# newpar");
    l.add("# text = Ana Roe spoke on Monday.");
    l.add(row(1, "Ana", "Entity=(1-person-new-sssss-cf1-2-coref"));
    l.add(row(2, "Roe", "Entity=1)"));
    l.add(row(3, "spoke", "_"));
    l.add(row(4, "on", "_"));
    l.add(row(5, "Monday", "Entity=(2-time-new-sssss-cf1-1-coref)"));
    l.add(row(6, ".", "_"));
    l.add("");
    l.add("# newpar");
    l.add("# text = She left.");
    l.add(row(1, "She", "Entity=(" + sheEntity + "-person-giv:act-sssss-cf1-1-coref)"));
    l.add(row(2, "left", "_"));
    l.add(row(3, ".", "_"));
    l.add("");
    return l;
  }

  private static String row(int id, String form, String misc) {
    return id + "\t" + form + "\t" + form + "\tX\tX\t_\t0\tdep\t_\t" + misc;
  }

}
