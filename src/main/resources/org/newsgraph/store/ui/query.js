// The newsgraph query page: sends the SPARQL in the text area to the dataset's query endpoint
// (same server, no other host) and shows the JSON results as a table. It lists the query files
// serve was given (ui/queries.json) and shows a field per parameter a query declares
// ("# Parameter ?name" and its line "VALUES ?name { ... }"). The page's address can choose both:
// ?file=11-evidence.rq&subject=https://w3id.org/newsgraph/id/person/... runs that query so filled.
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

// The parameters a query declares, each with the values of its VALUES line.
function parameters(text) {
  const out = [];
  for (const m of text.matchAll(/^#\s*Parameter\s+\?([A-Za-z_][A-Za-z0-9_]*)/gm)) {
    const name = m[1];
    const line = valuesLine(name).exec(text);
    if (line && !out.some((p) => p.name === name)) out.push({ name, value: line[2].trim() });
  }
  return out;
}

function valuesLine(name) {
  return new RegExp("(VALUES\\s+\\?" + name + "\\s*\\{)([^}]*)(\\})");
}

// A value as SPARQL: a bare IRI gets angle brackets; <IRI>, "text", prefixed names stay.
function term(value) {
  const v = value.trim();
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/.test(v) ? "<" + v + ">" : v;
}

function showParameters() {
  const box = document.getElementById("params");
  box.replaceChildren();
  for (const p of parameters(document.getElementById("query").value)) {
    const label = document.createElement("label");
    label.textContent = "?" + p.name + " ";
    const input = document.createElement("input");
    input.name = p.name;
    input.size = 80;
    input.value = p.value;
    input.dataset.param = p.name;
    label.appendChild(input);
    const div = document.createElement("div");
    div.appendChild(label);
    box.appendChild(div);
  }
}

// Puts the parameter fields' values into the query's VALUES lines.
function applyParameters() {
  const area = document.getElementById("query");
  let text = area.value;
  for (const input of document.querySelectorAll("#params input[data-param]")) {
    const values = input.value.trim().split(/\s+/).filter((v) => v).map(term).join(" ");
    if (values) text = text.replace(valuesLine(input.dataset.param), "$1 " + values + " $3");
  }
  area.value = text;
}

async function loadQueryFiles(given) {
  let files = [];
  try {
    const resp = await fetch("ui/queries.json");
    if (resp.ok) files = await resp.json();
  } catch (e) {
    files = [];
  }
  const select = document.getElementById("file");
  for (const f of files) {
    const option = document.createElement("option");
    option.value = f.name;
    option.textContent = f.name;
    option.dataset.text = f.text;
    select.appendChild(option);
  }
  document.getElementById("files").hidden = files.length === 0;
  select.addEventListener("change", () => {
    const chosen = select.selectedOptions[0];
    if (chosen && chosen.dataset.text) {
      document.getElementById("query").value = chosen.dataset.text;
      showParameters();
    }
  });
  const wanted = given.get("file");
  const match = files.find((f) => f.name === wanted);
  if (match) {
    select.value = match.name;
    document.getElementById("query").value = match.text;
  }
  showParameters();
  for (const input of document.querySelectorAll("#params input[data-param]")) {
    if (given.has(input.dataset.param)) input.value = given.get(input.dataset.param);
  }
}

document.getElementById("endpoint").textContent = new URL(ENDPOINT, window.location.href).href;
const givenParams = new URLSearchParams(window.location.search);
document.getElementById("query").value = givenParams.get("query") || DEFAULT_QUERY;
document.getElementById("query").addEventListener("change", showParameters);
document.getElementById("form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  applyParameters();
  run();
});
loadQueryFiles(givenParams).then(() => {
  applyParameters();
  run();
});
