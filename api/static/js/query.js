/* The query page: YASGUI (vendored) against this server's /sparql, with the class and property
   autocompleters switched off (they ask an outside service), and a "Graph" result view that draws
   CONSTRUCT/DESCRIBE results with vis-network. Labels go to the canvas, never into HTML. */
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") { return; }
  var endpoint = new URL(el.getAttribute("data-endpoint") || "/sparql", window.location.href).href;
  var RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  var LABELS = ["http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel"];

  function shortName(iri) {
    var cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"));
    var local = cut >= 0 ? iri.slice(cut + 1) : iri;
    try { return decodeURIComponent(local); } catch (e) { return local; }
  }

  /* A Yasr plugin: triples (subject/predicate/object bindings) as a network. */
  function GraphPlugin(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = "Graph";
  }
  GraphPlugin.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables) { return false; }
    var vars = r.getVariables() || [];
    return vars.indexOf("subject") >= 0 && vars.indexOf("predicate") >= 0 && vars.indexOf("object") >= 0;
  };
  GraphPlugin.prototype.getIcon = function () {
    var span = document.createElement("span");
    span.textContent = "◉";
    return span;
  };
  GraphPlugin.prototype.draw = function () {
    var bindings = this.yasr.results.getBindings() || [];
    var labels = {}, types = {}, nodes = {}, edges = [];
    bindings.forEach(function (b) {
      if (LABELS.indexOf(b.predicate.value) >= 0 && b.object.type === "literal") {
        if (!labels[b.subject.value] || b.object["xml:lang"] === "zh") { labels[b.subject.value] = b.object.value; }
      }
      if (b.predicate.value === RDF_TYPE) { types[b.subject.value] = shortName(b.object.value); }
    });
    bindings.slice(0, 2000).forEach(function (b) {
      if (b.predicate.value === RDF_TYPE || b.object.type === "literal") { return; }
      [b.subject.value, b.object.value].forEach(function (iri) {
        if (!nodes[iri] && Object.keys(nodes).length < 200) {
          nodes[iri] = { id: iri, label: labels[iri] || shortName(iri), title: iri, group: types[iri] || "other" };
        }
      });
      if (nodes[b.subject.value] && nodes[b.object.value]) {
        edges.push({ from: b.subject.value, to: b.object.value, label: shortName(b.predicate.value),
                     arrows: "to", title: b.predicate.value });
      }
    });
    var box = document.createElement("div");
    box.className = "govkg-graph-canvas";
    box.style.height = "480px";
    var list = Object.keys(nodes).map(function (k) { return nodes[k]; });
    if (!list.length) { box.textContent = "No IRIs to draw in this result."; }
    this.yasr.resultsEl.appendChild(box);
    if (!list.length) { return; }
    var network = new vis.Network(box, { nodes: new vis.DataSet(list), edges: new vis.DataSet(edges) }, {
      layout: { randomSeed: 7, improvedLayout: list.length <= 100 },
      nodes: { shape: "dot", size: 12, font: { size: 12 } },
      edges: { font: { size: 9, color: "#666", strokeWidth: 3 }, color: { color: "#b5b5b5" }, smooth: { type: "continuous" } },
      physics: { stabilization: { iterations: 160 }, barnesHut: { gravitationalConstant: -6000, springLength: 120 } },
      interaction: { hover: true }
    });
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
    window.govkgGraphs = window.govkgGraphs || {};
    window.govkgGraphs.yasr = network;
  };

  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return name !== "class" && name !== "property";
  });
  Yasgui.Yasr.registerPlugin("graph", GraphPlugin);

  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    autofocus: false,
    yasqe: { resizeable: true, editorHeight: "260px" },
    yasr: { pluginOrder: ["table", "graph", "response"], defaultPlugin: "table" }
  });
  var query = el.getAttribute("data-query");
  var tab = yasgui.getTab();
  if (tab) {
    tab.setEndpoint(endpoint);
    if (query) { tab.setQuery(query); }
  }
  window.govkgYasgui = yasgui;

  /* Result IRIs under this server's base open their page here (/id/...), not the IRI's own host. */
  var base = el.getAttribute("data-base");
  document.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest(".yasr a.iri") : null;
    if (!base || !link || link.href.indexOf(base) !== 0) { return; }
    ev.preventDefault();
    window.location.assign("/id/" + link.href.slice(base.length));
  }, true);
})();
