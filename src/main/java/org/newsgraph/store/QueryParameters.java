package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Parameters of a query file: a variable declared in the header with a line {@code # Parameter
 * ?name: …} whose values are the rows of a one-variable {@code VALUES ?name { … }} block at the top
 * level of the WHERE clause. The block holds the default; {@link #fill} replaces its rows with the
 * values a user gives ({@code query --param name=VALUE}, the query page's fields), so the query asks
 * about one article or one entity and its answer grows with that, not with the store.
 */
public final class QueryParameters {
  private static final Pattern DECLARED =
      Pattern.compile("^#\\s*Parameter\\s+\\?([A-Za-z_][A-Za-z0-9_]*)", Pattern.MULTILINE);
  private static final Pattern BARE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$");
  /** An IRI in angle brackets, a prefixed name, or a number, as a SPARQL term. */
  private static final Pattern TERM = Pattern.compile(
      "^(<[^<>\"{}|^`\\\\\\s]*>|[A-Za-z][\\w.-]*:[\\w.%-]*|[+-]?\\d+(\\.\\d+)?)$");

  private QueryParameters() {}

  /** The parameter names the header of {@code sparql} declares, in order. */
  public static List<String> declared(String sparql) {
    List<String> out = new ArrayList<>();
    Matcher m = DECLARED.matcher(sparql);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /**
   * Parses {@code sparql} and replaces the values of each given parameter.
   *
   * @param values parameter name (without "?") to its values as written by a user: an IRI with or
   *     without angle brackets, a prefixed name of the query's prefixes, a quoted literal or a number
   * @throws IllegalArgumentException when a name is not a declared parameter with its VALUES block,
   *     or a value cannot be read
   */
  public static Query fill(String sparql, Map<String, List<String>> values) {
    return fill(sparql, values, name -> {
      throw new IllegalArgumentException(
          "Not an IRI, prefixed name or literal: " + name + " (write an IRI as <…>, text as \"…\")");
    });
  }

  /**
   * As {@link #fill(String, Map)}, where a value that is not an IRI, prefixed name or literal is a
   * name ({@code José Díaz}, {@code diaz}) that {@code names} turns into the resource it
   * names ({@link NameLookup#resolve}).
   *
   * @throws IllegalArgumentException also when a name names no resource or several ({@link
   *     NameLookup.NotFound}, listing them)
   */
  public static Query fill(String sparql, Map<String, List<String>> values, Function<String, Node> names) {
    Query query = QueryFactory.create(sparql);
    if (values.isEmpty()) {
      return query;
    }
    List<String> declared = declared(sparql);
    ElementGroup where = query.getQueryPattern() instanceof ElementGroup g ? g : new ElementGroup();
    Map<String, ElementData> blocks = blocks(where);
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      String name = e.getKey();
      ElementData block = blocks.get(name);
      if (!declared.contains(name) || block == null) {
        throw new IllegalArgumentException(
            "The query has no parameter ?"
                + name
                + (declared.isEmpty() ? "" : "; its parameters: ?" + String.join(", ?", declared)));
      }
      if (e.getValue().isEmpty()) {
        throw new IllegalArgumentException("No value for the parameter ?" + name);
      }
      Var var = Var.alloc(name);
      ElementData filled = new ElementData();
      filled.add(var);
      for (String text : e.getValue()) {
        filled.add(BindingFactory.binding(var, node(text, query.getPrefixMapping(), names)));
      }
      List<Element> elements = where.getElements();
      for (int i = 0; i < elements.size(); i++) {
        if (elements.get(i) == block) {
          elements.set(i, filled);
        }
      }
    }
    return query;
  }

  /** A user's value as an RDF term: an IRI, prefixed name or literal, else a name {@code names} resolves. */
  static Node node(String text, PrefixMapping prefixes, Function<String, Node> names) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("An empty parameter value");
    }
    if (BARE_IRI.matcher(t).matches()) {
      return NodeFactory.createURI(t);
    }
    if (t.startsWith("?") || t.startsWith("$") || t.startsWith("_:") || t.equals("[]")) {
      throw new IllegalArgumentException("Not an IRI or literal: " + text);
    }
    Node n;
    try {
      n = NodeFactoryExtra.parseNode(t, PrefixMapFactory.create(prefixes));
    } catch (RuntimeException ex) {
      n = null;
    }
    if (n == null || n.isVariable() || n.isBlank()) {
      return names.apply(t);
    }
    return n;
  }

  /**
   * A parameter field's value as SPARQL terms for its {@code VALUES} line (the query page): IRIs
   * (bare, or in angle brackets), prefixed names, quoted literals and numbers separated by spaces
   * are kept as written (bare IRIs get angle brackets); anything else is one name that {@code
   * names} turns into the resource it names.
   *
   * @throws IllegalArgumentException when the name names no resource or several
   */
  public static List<String> terms(String value, Function<String, Node> names) {
    String v = value.strip();
    if (v.isEmpty()) {
      return List.of();
    }
    if (v.startsWith("\"")) {
      return List.of(v); // a literal, written as SPARQL writes it
    }
    List<String> out = new ArrayList<>();
    for (String token : v.split("\\s+")) {
      if (BARE_IRI.matcher(token).matches()) {
        out.add("<" + token + ">");
      } else if (TERM.matcher(token).matches()) {
        out.add(token);
      } else {
        out.clear();
        out.add("<" + names.apply(v).getURI() + ">");
        return out;
      }
    }
    return out;
  }

  /** The one-variable VALUES blocks at the top level of the WHERE clause, by variable name. */
  private static Map<String, ElementData> blocks(ElementGroup where) {
    Map<String, ElementData> out = new LinkedHashMap<>();
    for (Element el : where.getElements()) {
      if (el instanceof ElementData data && data.getVars().size() == 1) {
        out.putIfAbsent(data.getVars().get(0).getVarName(), data);
      }
    }
    return out;
  }
}
