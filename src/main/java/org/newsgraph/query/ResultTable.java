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
 * spaces). A table too wide leaves out the IRI columns whose labels it shows, then narrows its
 * columns, the widest first; a value cut to fit ends with "…". Every column and value is in the
 * other formats (csv, tsv, json).
 */
public final class ResultTable {
  /** The width when the terminal's is not known. */
  public static final int DEFAULT_WIDTH = 120;

  private static final String GAP = "  ";
  private static final int NARROWEST = 8;

  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();
  private int cut;
  private List<String> omitted = List.of();

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

  /**
   * Prints the table within {@code width} columns (header, a rule, the rows). When it does not
   * fit, a column whose every value has its label in the column of the same name ({@code ?person}
   * and {@code ?personLabel}) is left out first ({@link #omitted()}), then values are cut.
   */
  public void print(PrintWriter out, int width) {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      shown.add(i);
    }
    int[] natural = natural(shown);
    omitted = new ArrayList<>();
    if (sum(natural) + GAP.length() * (shown.size() - 1) > width) {
      shown.removeIf(i -> labelled(i) && omitted.add(columns.get(i)));
      natural = natural(shown);
    }
    int[] widths = fit(natural, width - GAP.length() * Math.max(0, shown.size() - 1));
    cut = 0;
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int k = 0; k < shown.size(); k++) {
      header.add("?" + columns.get(shown.get(k)));
      rule.add("-".repeat(widths[k]));
    }
    line(out, header, widths, false);
    line(out, rule, widths, false);
    for (List<String> row : rows) {
      line(out, shown.stream().map(row::get).toList(), widths, true);
    }
  }

  /** Whether column {@code i} has a label column ({@code ?xLabel}) with a label in every row it has a value. */
  private boolean labelled(int i) {
    int label = columns.indexOf(columns.get(i) + "Label");
    return label >= 0 && rows.stream().allMatch(r -> r.get(i).isEmpty() || !r.get(label).isEmpty());
  }

  /** The columns the last {@link #print} left out to fit (their labels are shown). */
  public List<String> omitted() {
    return omitted;
  }

  private int[] natural(List<Integer> shown) {
    int[] natural = new int[shown.size()];
    for (int k = 0; k < shown.size(); k++) {
      int i = shown.get(k);
      natural[k] = length("?" + columns.get(i));
      for (List<String> row : rows) {
        natural[k] = Math.max(natural[k], length(flat(row.get(i))));
      }
    }
    return natural;
  }

  private static int sum(int[] xs) {
    int total = 0;
    for (int x : xs) {
      total += x;
    }
    return total;
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
