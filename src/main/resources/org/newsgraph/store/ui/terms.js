// What the server's pages show of an RDF term, shared by the query page and the resource page:
// IRIs with the prefixes newsgraph's Turtle uses (ui/prefixes.json: ng:, person:, office: ...),
// a resource of the graph as a link to its page (resource?iri=...), a Wikidata entity as a link
// to Wikidata, literals as their text.
"use strict";

const NEWSGRAPH_ID = "https://w3id.org/newsgraph/id/";
const WIKIDATA = "http://www.wikidata.org/entity/";

// The prefixes to write IRIs with: newsgraph's, then those a query declares (PREFIX lines).
async function loadPrefixes() {
  try {
    const resp = await fetch("ui/prefixes.json");
    if (resp.ok) return await resp.json();
  } catch (e) {
    // the page still works, with whole IRIs
  }
  return {};
}

function withQueryPrefixes(prefixes, queryText) {
  const all = Object.assign({}, prefixes);
  for (const m of (queryText || "").matchAll(/^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gim)) {
    all[m[1] || ""] = m[2];
  }
  return all;
}

// "person:george-gascon", or "<iri>" when no prefix fits.
function shortIri(iri, prefixes) {
  let best = null;
  for (const [prefix, ns] of Object.entries(prefixes)) {
    const local = iri.startsWith(ns) ? iri.substring(ns.length) : null;
    if (local && /^[\p{L}\p{N}_][\p{L}\p{N}_.%-]*$/u.test(local) && !local.endsWith(".")
        && (best === null || ns.length > prefixes[best].length)) {
      best = prefix;
    }
  }
  return best === null ? "<" + iri + ">" : best + ":" + iri.substring(prefixes[best].length);
}

function termText(term, prefixes) {
  if (!term) return "";
  if (term.type === "triple") {
    const t = term.value;
    return "<<( " + termText(t.subject, prefixes) + " " + termText(t.predicate, prefixes) + " "
      + termText(t.object, prefixes) + " )>>";
  }
  if (term.type === "uri") return shortIri(term.value, prefixes);
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}

// The page about a resource of the graph.
function resourceHref(iri) {
  return "resource?iri=" + encodeURIComponent(iri);
}

// A term as page content: a link for a resource of the graph or a Wikidata entity.
function termNode(term, prefixes, text) {
  const shown = text || termText(term, prefixes);
  if (term && term.type === "uri" && (term.value.startsWith(NEWSGRAPH_ID) || term.value.startsWith(WIKIDATA))) {
    const a = document.createElement("a");
    a.textContent = shown;
    a.title = term.value;
    if (term.value.startsWith(NEWSGRAPH_ID)) {
      a.href = resourceHref(term.value);
    } else {
      a.href = term.value;
      a.rel = "noopener";
    }
    return a;
  }
  if (term && term.type === "uri") {
    const span = document.createElement("span");
    span.textContent = shown;
    span.title = term.value;
    return span;
  }
  return document.createTextNode(shown);
}

// POSTs a query to the dataset's endpoint; the JSON results, or an Error with the server's line.
async function sparql(query) {
  const resp = await fetch("newsgraph/query", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Accept": "application/sparql-results+json",
    },
    body: new URLSearchParams({ query }),
  });
  const text = await resp.text();
  if (!resp.ok) {
    throw new Error("HTTP " + resp.status + ": " + text.trim().split("\n")[0]);
  }
  return JSON.parse(text);
}
