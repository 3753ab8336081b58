#!/usr/bin/env bash
# Makes the pictures of README.md (docs/*.png, docs/*.svg) from the bundled articles, with the
# tools each export is for where they run headless: the html page, the query page and a resource
# page in headless Chromium, the dot export through Graphviz, the GEXF and GraphML exports read by
# NetworkX and drawn with matplotlib (Gephi and yEd lay them out their own way), the Cytoscape.js
# JSON drawn by Cytoscape.js in Chromium.
#
#   scripts/readme-pictures.sh
#
# Needs: target/newsgraph.jar (mvn -B package), /usr/bin/chromium, Graphviz (dot) and Debian's
# python3-networkx and python3-matplotlib (apt-get install chromium graphviz python3-networkx
# python3-matplotlib). The layouts are seeded, but Chromium's and Graphviz's drawings may differ
# a little between versions.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
jar="$repo/target/newsgraph.jar"
out="$repo/docs"
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out"

newsgraph() { java -jar "$jar" "$@"; }
shot() { # URL FILE WIDTH HEIGHT
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium" \
    --virtual-time-budget=20000 --window-size="$3,$4" --screenshot="$2" "$1" 2>/dev/null
}

newsgraph build -q --input data/articles --output "$work/graph.nq"

# the html export: a person found by name, the fact panel with the evidence sentences
newsgraph export -f html -o "$work/graph.html" --data "$work/graph.nq" >/dev/null
shot "file://$work/graph.html?q=Desiree%20Andrade" "$out/page.png" 1400 860
shot "file://$work/graph.html" "$out/page-all.png" 1400 860

# the dot export, drawn by Graphviz
newsgraph export -f dot --view stances -o "$work/stances.dot" --data "$work/graph.nq" >/dev/null
dot -Tsvg "$work/stances.dot" > "$out/stances.svg"

# GEXF and GraphML read by NetworkX, drawn by matplotlib with the colours the files carry
newsgraph export -f gexf --view events -o "$work/events.gexf" --data "$work/graph.nq" >/dev/null
newsgraph export -f graphml --view offices -o "$work/offices.graphml" --data "$work/graph.nq" >/dev/null
/usr/bin/python3 - "$work/events.gexf" "$out/events-gexf.png" "$work/offices.graphml" "$out/offices-graphml.png" <<'PY'
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx

COLOURS = {"Person": "#A0CBE8", "Organization": "#FFBE7D", "Place": "#8CD17D", "Office": "#D4A6C8",
           "Case": "#FF9D9A", "Policy": "#F1CE63", "Event": "#86BCB6"}

def draw(g, path, title, colour, label):
    plt.figure(figsize=(12, 7.5), dpi=100)
    pos = nx.spring_layout(g, seed=7, k=1.6 / max(1, len(g)) ** 0.5)
    nx.draw_networkx_edges(g, pos, alpha=0.4, arrows=True, arrowsize=8, edge_color="#777777")
    nx.draw_networkx_nodes(g, pos, node_color=[colour(d) for _, d in g.nodes(data=True)],
                           node_size=160, edgecolors="#333333", linewidths=0.6)
    nx.draw_networkx_labels(g, pos, labels={n: label(d) for n, d in g.nodes(data=True)}, font_size=7)
    plt.title(title, fontsize=10)
    plt.axis("off")
    plt.tight_layout()
    plt.savefig(path)

events = nx.read_gexf(sys.argv[1])
draw(events, sys.argv[2], "events.gexf (GEXF 1.2) read by NetworkX " + nx.__version__,
     lambda d: "#%02x%02x%02x" % (d["viz"]["color"]["r"], d["viz"]["color"]["g"], d["viz"]["color"]["b"]),
     lambda d: d.get("label", ""))
offices = nx.read_graphml(sys.argv[3])
draw(offices, sys.argv[4], "offices.graphml read by NetworkX " + nx.__version__,
     lambda d: COLOURS.get(d.get("type"), "#BAB0AC"), lambda d: d.get("label", ""))
PY

# the Cytoscape.js JSON, drawn by Cytoscape.js
newsgraph export -f cytoscape --view people -o "$work/people.cyjs" --data "$work/graph.nq" >/dev/null
{
  echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head><body><div id="cy"></div><script>'
  cat "$repo/target/npm/cytoscape/package/dist/cytoscape.min.js"
  echo '</script><script>const json = '
  cat "$work/people.cyjs"
  echo ';cytoscape({container: document.getElementById("cy"), elements: json.elements, style: json.style,'
  echo ' layout: {name: "cose", randomize: false, animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 80}});</script></body></html>'
} > "$work/people.html"
shot "file://$work/people.html" "$out/people-cytoscape.png" 1200 760

# the query page and a resource page of serve
newsgraph load -q --store "$work/store" --data "$work/graph.nq" >/dev/null
port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -jar "$jar" serve --store "$work/store" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "Ctrl-C stops" "$work/serve.log" && break; sleep 1; done
shot "http://127.0.0.1:$port/?file=02-criticism-and-support.rq" "$out/query-page.png" 1400 860
shot "http://127.0.0.1:$port/resource?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fperson%2Falex-villanueva" \
  "$out/resource-page.png" 1400 860

ls -l "$out"
