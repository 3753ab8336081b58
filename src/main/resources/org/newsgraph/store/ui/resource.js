// The page about one resource of the graph (resource?iri=...): its label, types and Wikidata link,
// every fact it is part of with the number of articles that state it and the sentences the facts
// were read from (their reifiers' ng:evidence), and the articles that mention it. Everything is
// read with SPARQL from the server's endpoint; the other resources are links to their own page.
"use strict";

const PREFIX_LINES = [
  "PREFIX ng: <https://w3id.org/newsgraph/ontology#>",
  "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
  "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
  "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
  "PREFIX owl: <http://www.w3.org/2002/07/owl#>",
  "PREFIX schema: <https://schema.org/>",
  "",
].join("\n");

// Shown in the header, not as facts.
const ABOUT = ["rdf:type", "rdfs:label", "skos:altLabel", "ng:mentionedIn", "owl:sameAs", "skos:exactMatch"];

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function rows(query) {
  return (await sparql(PREFIX_LINES + query)).results.bindings;
}

async function about(iri, prefixes) {
  const found = await rows("SELECT ?label ?type ?alt ?same WHERE { { <" + iri + "> rdfs:label ?label } UNION { <"
    + iri + "> a ?type } UNION { <" + iri + "> skos:altLabel ?alt } UNION { <" + iri + "> owl:sameAs ?same }"
    + " UNION { <" + iri + "> skos:exactMatch ?same } }");
  const pick = (v) => [...new Set(found.filter((r) => r[v]).map((r) => r[v].value))].sort();
  const label = pick("label")[0] || shortIri(iri, prefixes);
  document.title = "newsgraph: " + label;
  document.getElementById("label").textContent = label;
  document.body.dataset.label = label;
  const box = document.getElementById("about");
  const types = pick("type").map((t) => shortIri(t, prefixes));
  box.append(types.join(", ") || "no type");
  const alt = pick("alt").filter((a) => a !== label);
  if (alt.length) box.append(" · also: " + alt.join(", "));
  for (const same of pick("same")) {
    box.append(" · ", termNode({ type: "uri", value: same }, prefixes));
  }
  document.getElementById("iri").textContent = iri;
  return found.length;
}

async function facts(iri, prefixes) {
  const notAbout = ABOUT.join(", ");
  const found = await rows("SELECT ?dir ?p ?other ?article ?sentence WHERE {\n"
    + "  { GRAPH ?article { <" + iri + "> ?p ?other . FILTER(?p NOT IN (" + notAbout + "))\n"
    + "      OPTIONAL { ?r rdf:reifies <<( <" + iri + "> ?p ?other )>> . ?r ng:evidence ?e . ?e ng:sentence ?sentence } }\n"
    + "    BIND(\"out\" AS ?dir) }\n"
    + "  UNION\n"
    + "  { GRAPH ?article { ?other ?p <" + iri + "> . FILTER(?p NOT IN (" + notAbout + "))\n"
    + "      OPTIONAL { ?r rdf:reifies <<( ?other ?p <" + iri + "> )>> . ?r ng:evidence ?e . ?e ng:sentence ?sentence } }\n"
    + "    BIND(\"in\" AS ?dir) }\n"
    + "}");
  const byFact = new Map();
  for (const r of found) {
    const key = r.dir.value + " " + r.p.value + " " + r.other.type + " " + r.other.value;
    if (!byFact.has(key)) {
      byFact.set(key, { dir: r.dir.value, p: r.p, other: r.other, articles: new Set(), sentences: new Set() });
    }
    const f = byFact.get(key);
    f.articles.add(r.article.value);
    if (r.sentence) f.sentences.add(r.sentence.value);
  }
  // the other ends' labels (a quotation has its words instead)
  const others = [...new Set([...byFact.values()].filter((f) => f.other.type === "uri").map((f) => f.other.value))];
  const names = new Map();
  if (others.length) {
    const labelled = await rows("SELECT ?x ?label ?text WHERE { VALUES ?x { " + others.map((o) => "<" + o + ">").join(" ")
      + " } OPTIONAL { ?x rdfs:label ?label } OPTIONAL { ?x ng:text ?text } }");
    for (const r of labelled) {
      const name = r.label ? r.label.value : r.text ? "\u201c" + r.text.value + "\u201d" : null;
      if (name && (!names.has(r.x.value) || name < names.get(r.x.value))) names.set(r.x.value, name);
    }
  }
  const list = document.getElementById("fact-list");
  // what it does first (out), then what is done to it (in); by property, then the other end
  const order = (f) => (f.dir === "out" ? "0 " : "1 ") + shortIri(f.p.value, prefixes);
  const sorted = [...byFact.values()].sort((a, b) => order(a).localeCompare(order(b))
    || a.other.value.localeCompare(b.other.value));
  for (const f of sorted) {
    const li = el("li");
    const property = el("b", shortIri(f.p.value, prefixes));
    const other = termNode(f.other, prefixes, names.get(f.other.value));
    if (f.dir === "out") {
      li.append(property, " ", other);
    } else {
      li.append(other, " ", property, " this");
    }
    li.append(" ", el("span", "(" + f.articles.size + " article" + (f.articles.size === 1 ? "" : "s") + ")", "hint"));
    for (const s of [...f.sentences].sort()) li.append(el("blockquote", s));
    list.append(li);
  }
  return sorted.length;
}

async function articles(iri, prefixes) {
  const found = await rows("SELECT DISTINCT ?article ?headline ?date WHERE {\n"
    + "  { <" + iri + "> ng:mentionedIn ?article } UNION { GRAPH ?article { <" + iri + "> a ?type } }\n"
    + "  FILTER(isIRI(?article))\n"
    + "  OPTIONAL { ?article schema:headline ?title } OPTIONAL { ?article rdfs:label ?label }\n"
    + "  OPTIONAL { ?article schema:datePublished ?date } BIND(COALESCE(?title, ?label) AS ?headline)\n"
    + "} ORDER BY ?date ?article");
  const seen = new Set();
  const list = document.getElementById("articles");
  for (const r of found) {
    if (seen.has(r.article.value)) continue;
    seen.add(r.article.value);
    const li = el("li");
    li.append(termNode(r.article, prefixes, r.headline ? r.headline.value : undefined));
    if (r.date) li.append(" ", el("span", r.date.value, "hint"));
    list.append(li);
  }
  return seen.size;
}

(async function () {
  const body = document.body;
  const status = document.getElementById("status");
  const iri = new URLSearchParams(window.location.search).get("iri") || "";
  try {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\s]+$/.test(iri)) {
      throw new Error("No resource: give its IRI as resource?iri=...");
    }
    const prefixes = await loadPrefixes();
    const known = await about(iri, prefixes);
    body.dataset.facts = String(await facts(iri, prefixes));
    body.dataset.articles = String(await articles(iri, prefixes));
    if (!known && body.dataset.facts === "0") {
      status.textContent = "The graph says nothing about " + iri + ".";
    }
    body.dataset.state = "done";
  } catch (e) {
    status.className = "error";
    status.textContent = String(e.message || e);
    body.dataset.state = "error";
  }
})();
