/* Search-as-you-type for every form[data-suggest]: asks /api/search and lists hits under the box.
   data-suggest="go" (default) opens the chosen entity's page; data-suggest="pick" fills the form's
   hidden input named by data-target with the entity's IRI (the path page's two pickers).
   Hits are written with textContent only: names from documents are never parsed as HTML. */
(function () {
  "use strict";

  function first(obj, keys) {
    for (var i = 0; i < keys.length; i++) {
      var v = obj[keys[i]];
      if (typeof v === "string" && v) { return v; }
    }
    return "";
  }
  function hitLabel(hit) {
    var labels = hit.labels || {};
    return first(hit, ["label", "label_zh", "name"]) || first(labels, ["zh", "en"]) ||
      (Array.isArray(labels) && labels.length ? String(labels[0].value || labels[0]) : hit.iri);
  }
  function hitEnglish(hit) {
    var labels = hit.labels || {};
    return first(hit, ["label_en"]) || first(labels, ["en"]);
  }
  function hitClass(hit) { return first(hit, ["class_label", "class_name", "class", "cls"]); }
  function hitUrl(hit) { return first(hit, ["url", "page", "href", "html"]); }

  function attach(form, input) {
    var mode = form.getAttribute("data-suggest") || "go";
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("aria-autocomplete", "list");
    var hits = [], active = -1, timer = null, seq = 0;

    function close() { list.hidden = true; active = -1; }
    function choose(hit) {
      close();
      if (mode === "pick") {
        var target = form.querySelector("input[name='" + input.getAttribute("data-target") + "']");
        if (target) { target.value = hit.iri; }
        input.value = hitLabel(hit);
        input.setAttribute("data-picked", hit.iri);
        return;
      }
      var url = hitUrl(hit);
      if (url) { window.location.assign(url); }
    }
    function render() {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      hits.forEach(function (hit, i) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", i === active ? "true" : "false");
        var label = document.createElement("span");
        label.className = "label";
        label.textContent = hitLabel(hit);
        li.appendChild(label);
        var en = hitEnglish(hit);
        if (en) {
          var gloss = document.createElement("span");
          gloss.className = "cls";
          gloss.textContent = en;
          li.appendChild(gloss);
        }
        var cls = document.createElement("span");
        cls.className = "cls";
        cls.textContent = hitClass(hit);
        li.appendChild(cls);
        if (hit.snippet) {
          var snip = document.createElement("span");
          snip.className = "snippet";
          snip.textContent = hit.snippet;
          li.appendChild(snip);
        }
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(hit); });
        list.appendChild(li);
      });
      list.hidden = hits.length === 0;
    }
    function lookup() {
      var q = input.value.trim();
      if (!q) { hits = []; render(); return; }
      var mine = ++seq;
      fetch("/api/search?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { hits: [] }; })
        .then(function (data) {
          if (mine !== seq) { return; }
          hits = Array.isArray(data) ? data : (data.hits || data.results || []);
          active = -1;
          render();
        })
        .catch(function () { hits = []; render(); });
    }
    input.addEventListener("input", function () {
      if (mode === "pick") { input.removeAttribute("data-picked"); }
      clearTimeout(timer);
      timer = setTimeout(lookup, 120);
    });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden) { return; }
      if (ev.key === "ArrowDown") { active = Math.min(active + 1, hits.length - 1); render(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); render(); ev.preventDefault(); }
      else if (ev.key === "Enter" && active >= 0) { choose(hits[active]); ev.preventDefault(); }
      else if (ev.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  var forms = document.querySelectorAll("form[data-suggest]");
  for (var i = 0; i < forms.length; i++) {
    var inputs = forms[i].querySelectorAll("input[type='search'], input[data-target]");
    for (var j = 0; j < inputs.length; j++) { attach(forms[i], inputs[j]); }
  }
})();
