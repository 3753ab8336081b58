package org.newsgraph.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL update action accepting only the data in the request: an update that would make
 * the server read a file or a URL ({@code LOAD <file:…>}, {@code LOAD <http:…>}) or call another
 * service ({@code SERVICE <url>} in a WHERE clause) is refused with 403 before anything runs,
 * unless the server was started to allow it. The request is read whole (its size is limited in
 * front of this action) and parsed once to check it; Fuseki then runs it as usual.
 */
final class GuardedUpdate extends SPARQL_Update {
  private final boolean allowLoad;
  private final boolean allowService;

  GuardedUpdate(boolean allowLoad, boolean allowService) {
    this.allowLoad = allowLoad;
    this.allowService = allowService;
  }

  @Override
  protected void execute(HttpAction action, InputStream input) {
    byte[] body;
    try {
      body = input.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the update request", e);
    }
    String refused = refusal(new String(body, StandardCharsets.UTF_8));
    if (refused != null) {
      action.log.warn("[{}] update refused: {}", action.id, refused);
      ServletOps.error(HttpSC.FORBIDDEN_403, refused);
    }
    super.execute(action, new ByteArrayInputStream(body));
  }

  /** Why this server refuses the update, or null (also when it does not parse: Fuseki says why). */
  String refusal(String update) {
    UpdateRequest request;
    try {
      request = UpdateFactory.create(update, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
    } catch (QueryParseException | UpdateException e) {
      return null;
    }
    for (Update u : request.getOperations()) {
      if (u instanceof UpdateLoad && !allowLoad) {
        return "LOAD is refused: this server takes only the data in the request, it does not read files or URLs"
            + " (serve --allow-update-load allows it)";
      }
      if (u instanceof UpdateModify m && !allowService && callsService(m.getWherePattern())) {
        return "SERVICE is refused: this server does not call other services"
            + " (serve --allow-service allows it)";
      }
    }
    return null;
  }

  /** Whether a WHERE pattern calls a service anywhere (sub-queries and EXISTS included). */
  static boolean callsService(Element where) {
    if (where == null) {
      return false;
    }
    boolean[] found = {false};
    Walker.walk(Algebra.compile(where), new OpVisitorBase() {
      @Override
      public void visit(OpService op) {
        found[0] = true;
      }
    });
    return found[0];
  }
}
