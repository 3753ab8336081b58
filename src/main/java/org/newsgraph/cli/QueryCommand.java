package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.query.ResultTable;
import org.newsgraph.store.NameLookup;
import org.newsgraph.store.QueryParameters;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code query}: runs a SPARQL query file against a store or a graph file. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) against a TDB2 store or a graph file.",
      "The default graph is the union of all article graphs; GRAPH ?article { … } reaches one article.",
      "The table format fits the terminal (IRIs with prefixes, long values cut with \u2026);",
      "csv, tsv and json give every value whole."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph query queries/01-office-holders.rq --data graph.nq",
      "  newsgraph query queries/06-quotations.rq --store newsgraph-store --format csv",
      "  newsgraph query queries/11-evidence.rq --store newsgraph-store \\",
      "      --param subject=https://w3id.org/newsgraph/id/office/los-angeles-county-district-attorney",
      "  newsgraph query queries/06-quotations.rq --store newsgraph-store --param speaker=\"George Gasc\u00f3n\"",
      "",
      "The queries/ folder has one documented query per question the graph answers."
    })
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
  Path queryFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  GraphSource source;

  /** Output formats. */
  public enum Format { table, csv, json, tsv }

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "Result format for SELECT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--width", paramLabel = "COLUMNS",
      description = "Width of the table format (default: the COLUMNS environment variable, else "
          + ResultTable.DEFAULT_WIDTH + "); longer values are cut with \u2026.")
  Integer width;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = {
        "Sets a parameter the query declares (# Parameter ?NAME, a VALUES ?NAME block):",
        "an IRI, <IRI>, a prefixed name, a \"literal\", or a name (a label, or part of one:",
        "speaker=\"George Gasc\u00f3n\", speaker=gascon), looked up in the graph; a name that fits",
        "several things lists them. Repeat for several values."
      })
  List<String> params = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isReadable(queryFile)) {
      throw new ParameterException(spec.commandLine(), "cannot read query file " + queryFile);
    }
    String sparql = Files.readString(queryFile);
    Map<String, List<String>> values = paramValues();
    try {
      QueryParameters.fill(sparql, values, NAMES_LATER); // the query and the parameters, before the store
    } catch (QueryParseException e) {
      throw new ParameterException(spec.commandLine(), queryFile + ": not valid SPARQL: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), queryFile + ": " + e.getMessage());
    }
    try (GraphSource.Opened opened = source.open(spec.commandLine())) {
      // a file's named graphs are copied into its default graph, as the store's union default graph
      Dataset ds = source.store != null ? opened.dataset() : withUnionDefault(opened.dataset());
      Query query;
      try {
        // a value that is a name (--param speaker="José Díaz") is looked up in the graph
        query = QueryParameters.fill(sparql, values, new NameLookup(ds.asDatasetGraph())::resolve);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--param: " + e.getMessage());
      }
      ds.begin(TxnType.READ);
      try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
        print(qe, query, out);
      } finally {
        ds.end();
      }
    }
    out.flush();
    return Main.OK;
  }

  /** Names are looked up once the graph is open: before, any name is taken for one. */
  private static final java.util.function.Function<String, org.apache.jena.graph.Node> NAMES_LATER =
      name -> org.apache.jena.graph.NodeFactory.createURI("urn:newsgraph:name");

  private Map<String, List<String>> paramValues() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(spec.commandLine(), "--param wants NAME=VALUE, not " + p);
      }
      String name = p.substring(0, eq).strip().replaceFirst("^\\?", "");
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(p.substring(eq + 1));
    }
    return values;
  }

  /** The table's width: --width, else a COLUMNS the shell exported, else 120. */
  private int width() {
    if (width != null) {
      return Math.max(20, width);
    }
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
      return columns >= 20 ? columns : ResultTable.DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return ResultTable.DEFAULT_WIDTH;
    }
  }

  /** A copy of the dataset whose default graph is the union of its named graphs (as in the store). */
  public static Dataset withUnionDefault(Dataset in) {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    DatasetGraph src = in.asDatasetGraph();
    src.find().forEachRemaining(q -> {
      copy.add(q);
      if (!q.isDefaultGraph()) {
        copy.getDefaultGraph().add(q.asTriple());
      }
    });
    return org.apache.jena.query.DatasetFactory.wrap(copy);
  }

  private void print(QueryExecution qe, Query q, PrintWriter out) {
    if (q.isSelectType()) {
      ResultSet rs = qe.execSelect();
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      switch (format) {
        case csv:
          ResultSetFormatter.outputAsCSV(buf, rs);
          break;
        case tsv:
          ResultSetFormatter.outputAsTSV(buf, rs);
          break;
        case json:
          ResultSetFormatter.outputAsJSON(buf, rs);
          break;
        default:
          ResultTable table = ResultTable.of(rs, q.getPrefixMapping());
          table.print(out, width());
          if (table.cut() > 0 || !table.omitted().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            String left = table.omitted().isEmpty() ? "" : "?" + String.join(", ?", table.omitted()) + " left out"
                + (table.cut() > 0 ? " and " : "");
            err.println("(" + left + (table.cut() > 0 ? table.cut() + " values cut" : "") + " to fit " + width()
                + " columns; --format csv, tsv or json gives every column and value whole)");
            err.flush();
          }
      }
      out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    } else if (q.isAskType()) {
      out.println(qe.execAsk() ? "yes" : "no");
    } else if (q.isConstructType() || q.isDescribeType()) {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      RDFDataMgr.write(buf, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
      out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    } else {
      throw new ParameterException(spec.commandLine(), "only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
    }
  }
}
