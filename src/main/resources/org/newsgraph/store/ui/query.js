// The newsgraph query page: sends the SPARQL in the text area to the dataset's query endpoint
// (same server, no other host) and shows the JSON results as a table, IRIs with prefixes and the
// graph's resources as links to their page (terms.js). It lists the query files serve was given
// (ui/queries.json) and shows a field per parameter a query declares ("# Parameter ?name" and its
// line "VALUES ?name { ... }"); a field takes an IRI or a name. The page's address can choose both:
// ?file=11-evidence.rq&subject=George%20Gasc%C3%B3n runs that query so filled.
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

let prefixes = {};

function clearResults() {
  const table = document.getElementById("results");
  table.querySelector("thead").replaceChildren();
  table.querySelector("tbody").replaceChildren();
  table.dataset.rows = "0";
}

function show(json, queryText) {
  const table = document.getElementById("results");
  const head = table.querySelector("thead");
  const body = table.querySelector("tbody");
  clearResults();
  if (typeof json.boolean === "boolean") {
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.textContent = String(json.boolean);
    tr.appendChild(td);
    body.appendChild(tr);
    table.dataset.rows = "1";
    return 1;
  }
  const shown = withQueryPrefixes(prefixes, queryText);
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
      if (row[v]) td.appendChild(termNode(row[v], shown));
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.dataset.rows = String(json.results.bindings.length);
  return json.results.bindings.length;
}

// A failure: its line in the status, the results of an earlier run gone (they answered another query).
function fail(e) {
  clearResults();
  const status = document.getElementById("status");
  status.className = "error";
  status.textContent = String(e.message || e);
  document.body.dataset.state = "error";
}

async function run() {
  const status = document.getElementById("status");
  status.className = "";
  status.textContent = "running…";
  document.getElementById("candidates").replaceChildren();
  const started = performance.now();
  try {
    await applyParameters();
    const query = document.getElementById("query").value;
    const n = show(await sparql(query), query);
    status.textContent = n + " row(s) in " + Math.round(performance.now() - started) + " ms";
    document.body.dataset.state = "done";
  } catch (e) {
    fail(e);
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

// Puts the parameter fields' values into the query's VALUES lines. The server turns each value into
// SPARQL terms (ui/terms): IRIs and literals as written, a name (a label or part of one) into the
// resource it names; a name that names several things lists them to choose from.
async function applyParameters() {
  const area = document.getElementById("query");
  let text = area.value;
  for (const input of document.querySelectorAll("#params input[data-param]")) {
    if (!input.value.trim()) continue;
    const resp = await fetch("ui/terms?value=" + encodeURIComponent(input.value));
    const answer = await resp.json();
    if (!resp.ok) {
      showCandidates(input, answer.candidates || []);
      throw new Error("?" + input.dataset.param + ": " + answer.error.split("\n")[0]);
    }
    text = text.replace(valuesLine(input.dataset.param), "$1 " + answer.terms.join(" ") + " $3");
  }
  area.value = text;
}

// The resources a name may mean, each a link that puts its IRI in the field and runs the query.
function showCandidates(input, candidates) {
  const list = document.getElementById("candidates");
  list.replaceChildren();
  for (const c of candidates) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#";
    a.textContent = c.label;
    a.title = c.iri;
    a.dataset.iri = c.iri;
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      input.value = c.iri;
      run();
    });
    li.append(a, " " + (c.types.length ? "(" + c.types.join(", ") + ") " : ""), termNode({ type: "uri", value: c.iri }, prefixes));
    list.appendChild(li);
  }
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
  run();
});
Promise.all([loadPrefixes().then((p) => { prefixes = p; }), loadQueryFiles(givenParams)]).then(run);
