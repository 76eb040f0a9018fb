/* Draws every [data-govkg-graph] figure with vis-network: data from its JSON block, layout stabilised
   for a bounded number of iterations and then frozen (physics off), a click on a node opens its page.
   Labels are drawn on the canvas and tooltips are plain strings (shown with innerText), so no text
   from the graph is ever parsed as HTML. */
(function () {
  "use strict";
  var graphs = window.govkgGraphs = window.govkgGraphs || {};

  function start(figure) {
    var data = JSON.parse(figure.querySelector("script.govkg-graph-data").textContent);
    var canvas = figure.querySelector(".govkg-graph-canvas");
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(canvas, { nodes: [], edges: [] }, data.options);
    var frozen = false;
    function freeze() {
      if (frozen) { return; }
      frozen = true;
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      figure.setAttribute("data-ready", "true");
    }
    network.once("stabilizationIterationsDone", freeze);
    network.on("click", function (params) {
      if (!params.nodes.length) { return; }
      var node = nodes.get(params.nodes[0]);
      if (node && node.url) { window.location.assign(node.url); }
    });
    network.on("hoverNode", function () { canvas.style.cursor = "pointer"; });
    network.on("blurNode", function () { canvas.style.cursor = "default"; });
    network.setData({ nodes: nodes, edges: edges });
    if (data.nodes.length === 0) { freeze(); }
    graphs[figure.id] = network;
  }

  function startAll() {
    var figures = document.querySelectorAll("[data-govkg-graph]");
    for (var i = 0; i < figures.length; i++) { start(figures[i]); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
