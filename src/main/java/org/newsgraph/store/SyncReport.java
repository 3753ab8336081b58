package org.newsgraph.store;

import java.util.List;

/**
 * What {@link TdbStore#replaceAll} did: graphs added, replaced (their content differed), left alone
 * (identical), and the triples written.
 */
public record SyncReport(
    List<String> added,
    List<String> replaced,
    List<String> unchanged,
    long triplesWritten,
    long defaultGraphTriplesIgnored) {
  public SyncReport {
    added = List.copyOf(added);
    replaced = List.copyOf(replaced);
    unchanged = List.copyOf(unchanged);
  }

  public String summary() {
    String s =
        String.format(
            "%d graph(s) added, %d replaced, %d unchanged; %d triples written",
            added.size(), replaced.size(), unchanged.size(), triplesWritten);
    if (defaultGraphTriplesIgnored > 0) {
      s +=
          String.format(
              "; %d triple(s) in the default graph were not stored (the store keeps named graphs"
                  + " only)",
              defaultGraphTriplesIgnored);
    }
    return s;
  }
}
