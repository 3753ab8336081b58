package org.newsgraph.store;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Fuseki's SPARQL query action with two changes. The time limit is counted from the start of the
 * request, so that reading and parsing the query are inside it: a query whose time was spent
 * before it could run is answered 503 at once. And an answer cut by the limit never arrives as a
 * complete HTTP 200 (Fuseki ends it with a note in the body, which a program reading CSV or JSON
 * takes for data): the first {@value #HELD_ROWS} rows of a SELECT are gathered before anything is
 * sent, so a time-out there is a plain 503; a time-out after them, once the answer is streaming,
 * aborts the connection, so the client sees a broken response rather than a short one.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
  /** Rows of a SELECT gathered before the answer starts. */
  static final int HELD_ROWS = 10_000;

  private final long limitNanos;

  GuardedQuery(Duration limit) {
    this.limitNanos = limit.toNanos();
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    long left = limitNanos - (System.nanoTime() - action.getStartTime());
    if (left <= 0) {
      throw new QueryCancelledException();
    }
    return QueryExec.newBuilder()
        .dataset(dataset)
        .query(query)
        .context(action.getContext())
        .overallTimeout(left, TimeUnit.NANOSECONDS)
        .build();
  }

  @Override
  protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
    QueryExecResult result = super.executeQuery(action, exec, query, log);
    return result.isRowSet() ? new QueryExecResult(new Held(result.rowSet(), action)) : result;
  }

  /** A row set whose first rows are read at once; a time-out in the rest aborts the response. */
  private static final class Held implements RowSet {
    private final RowSet rows;
    private final HttpAction action;
    private final ArrayDeque<Binding> held = new ArrayDeque<>();
    private long number;

    Held(RowSet rows, HttpAction action) {
      this.rows = rows;
      this.action = action;
      while (held.size() < HELD_ROWS && rows.hasNext()) { // a time-out here: 503, nothing sent
        held.add(rows.next());
      }
    }

    @Override
    public boolean hasNext() {
      try {
        return !held.isEmpty() || rows.hasNext();
      } catch (QueryCancelledException e) {
        throw abort(e);
      }
    }

    @Override
    public Binding next() {
      number++;
      if (!held.isEmpty()) {
        return held.poll();
      }
      try {
        return rows.next();
      } catch (QueryCancelledException e) {
        throw abort(e);
      }
    }

    private QueryCancelledException abort(QueryCancelledException e) {
      action.log.warn("[{}] query timed out while its answer was being sent: connection aborted", action.id);
      ServletContextRequest.getServletContextRequest(action.getRequest()).getServletChannel()
          .abort(new IOException("the query timed out while its answer was being sent"));
      return e;
    }

    @Override
    public List<Var> getResultVars() {
      return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
      return number;
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
