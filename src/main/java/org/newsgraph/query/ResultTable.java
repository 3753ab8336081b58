package org.newsgraph.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.rdf.Vocab;

/**
 * SELECT results as a text table that fits a terminal: IRIs with prefixes ({@code
 * person:george-gascon}), literals as their text, one line per row (line breaks in a value become
 * spaces), and columns narrowed until the table fits the width, the widest first; a value cut to
 * fit ends with "…". The whole values are in the other formats (csv, tsv, json).
 */
public final class ResultTable {
  /** The width when the terminal's is not known. */
  public static final int DEFAULT_WIDTH = 120;

  private static final String GAP = "  ";
  private static final int NARROWEST = 8;

  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();
  private int cut;

  private ResultTable(List<String> columns) {
    this.columns = columns;
  }

  /** The results, their IRIs written with the query's prefixes and newsgraph's ({@link Vocab#prefixes()}). */
  public static ResultTable of(ResultSet rs, PrefixMapping queryPrefixes) {
    PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes());
    queryPrefixes.getNsPrefixMap().forEach(prefixes::setNsPrefix);
    ResultTable t = new ResultTable(rs.getResultVars());
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      List<String> row = new ArrayList<>();
      for (String v : t.columns) {
        RDFNode n = s.get(v);
        row.add(n == null ? "" : text(n.asNode(), prefixes));
      }
      t.rows.add(row);
    }
    return t;
  }

  /** A term as a reader wants it: a prefixed name, else {@code <IRI>}; a literal's text; {@code _:b}. */
  static String text(Node n, PrefixMapping prefixes) {
    if (n.isURI()) {
      String iri = n.getURI();
      String best = null;
      for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet()) {
        String ns = e.getValue();
        if (iri.startsWith(ns) && (best == null || ns.length() > prefixes.getNsPrefixURI(best).length())) {
          String local = iri.substring(ns.length());
          if (!local.isEmpty() && local.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.%-]*") && !local.endsWith(".")) {
            best = e.getKey();
          }
        }
      }
      return best == null ? "<" + iri + ">" : best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
    }
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    if (n.isBlank()) {
      return "_:" + n.getBlankNodeLabel();
    }
    if (n.isTripleTerm()) {
      Triple t = n.getTriple();
      return "<<( " + text(t.getSubject(), prefixes) + " " + text(t.getPredicate(), prefixes) + " "
          + text(t.getObject(), prefixes) + " )>>";
    }
    return n.toString();
  }

  public int rows() {
    return rows.size();
  }

  /** How many values the last {@link #print} cut to fit. */
  public int cut() {
    return cut;
  }

  /** Prints the table within {@code width} columns (header, a rule, the rows). */
  public void print(PrintWriter out, int width) {
    int n = columns.size();
    int[] natural = new int[n];
    for (int i = 0; i < n; i++) {
      natural[i] = length("?" + columns.get(i));
      for (List<String> row : rows) {
        natural[i] = Math.max(natural[i], length(flat(row.get(i))));
      }
    }
    int[] widths = fit(natural, width - GAP.length() * Math.max(0, n - 1));
    cut = 0;
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      header.add("?" + columns.get(i));
      rule.add("-".repeat(widths[i]));
    }
    line(out, header, widths, false);
    line(out, rule, widths, false);
    for (List<String> row : rows) {
      line(out, row, widths, true);
    }
  }

  /**
   * Column widths that fit {@code room}: the natural widths when they do, else every column wider
   * than some limit is narrowed to it (the largest limit that fits; no column below {@value
   * #NARROWEST} unless it is narrower by nature).
   */
  static int[] fit(int[] natural, int room) {
    int[] w = natural.clone();
    int total = 0;
    for (int x : w) {
      total += x;
    }
    if (total <= room) {
      return w;
    }
    int lo = NARROWEST;
    int hi = 0;
    for (int x : natural) {
      hi = Math.max(hi, x);
    }
    while (lo < hi) { // the largest limit whose table fits
      int mid = (lo + hi + 1) / 2;
      int sum = 0;
      for (int x : natural) {
        sum += Math.min(x, mid);
      }
      if (sum <= room) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int used = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.min(natural[i], lo);
      used += w[i];
    }
    for (int i = 0; i < w.length && used < room; i++) { // hand out what is left, left to right
      int more = Math.min(natural[i] - w[i], room - used);
      w[i] += more;
      used += more;
    }
    return w;
  }

  private void line(PrintWriter out, List<String> cells, int[] widths, boolean count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = flat(cells.get(i));
      if (length(c) > widths[i]) {
        c = c.substring(0, c.offsetByCodePoints(0, widths[i] - 1)).stripTrailing() + "…";
        if (count) {
          cut++;
        }
      }
      b.append(c);
      if (i < cells.size() - 1) {
        b.append(" ".repeat(widths[i] - length(c))).append(GAP);
      }
    }
    out.println(b.toString().stripTrailing());
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
