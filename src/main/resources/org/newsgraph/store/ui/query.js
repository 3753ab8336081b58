// The newsgraph query page: sends the SPARQL in the text area to the dataset's query endpoint
// (same server, no other host) and shows the JSON results as a table.
"use strict";

const ENDPOINT = "newsgraph/query";
const DEFAULT_QUERY = [
  "PREFIX ng: <https://w3id.org/newsgraph/ontology#>",
  "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
  "",
  "# Who holds which office",
  "SELECT ?person ?office WHERE {",
  "  ?p ng:holdsOffice ?o .",
  "  ?p rdfs:label ?person .",
  "  ?o rdfs:label ?office .",
  "} ORDER BY ?office ?person",
  "LIMIT 200",
].join("\n");

function cellText(term) {
  if (!term) return "";
  if (term.type === "triple") {
    const t = term.value;
    return "<<( " + cellText(t.subject) + " " + cellText(t.predicate) + " " + cellText(t.object) + " )>>";
  }
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}

function show(json) {
  const table = document.getElementById("results");
  const head = table.querySelector("thead");
  const body = table.querySelector("tbody");
  head.replaceChildren();
  body.replaceChildren();
  if (typeof json.boolean === "boolean") {
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.textContent = String(json.boolean);
    tr.appendChild(td);
    body.appendChild(tr);
    table.dataset.rows = "1";
    return 1;
  }
  const vars = json.head.vars;
  const hr = document.createElement("tr");
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = "?" + v;
    hr.appendChild(th);
  }
  head.appendChild(hr);
  for (const row of json.results.bindings) {
    const tr = document.createElement("tr");
    for (const v of vars) {
      const td = document.createElement("td");
      td.textContent = cellText(row[v]);
      if (row[v] && row[v].type === "uri") td.title = row[v].value;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.dataset.rows = String(json.results.bindings.length);
  return json.results.bindings.length;
}

async function run() {
  const status = document.getElementById("status");
  status.className = "";
  status.textContent = "running…";
  const started = performance.now();
  try {
    const resp = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json",
      },
      body: new URLSearchParams({ query: document.getElementById("query").value }),
    });
    const text = await resp.text();
    if (!resp.ok) {
      throw new Error("HTTP " + resp.status + ": " + text.trim().split("\n")[0]);
    }
    const n = show(JSON.parse(text));
    status.textContent = n + " row(s) in " + Math.round(performance.now() - started) + " ms";
    document.body.dataset.state = "done";
  } catch (e) {
    status.className = "error";
    status.textContent = String(e.message || e);
    document.body.dataset.state = "error";
  }
}

document.getElementById("endpoint").textContent = new URL(ENDPOINT, window.location.href).href;
const given = new URLSearchParams(window.location.search).get("query");
document.getElementById("query").value = given || DEFAULT_QUERY;
document.getElementById("form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  run();
});
run();
