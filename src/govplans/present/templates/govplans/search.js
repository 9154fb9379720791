/* The site's search, offline: window.govplansSearch (data/search_index.js) holds the documents
   and a character-bigram inverted index (govplans.present.search). A query's CJK runs are cut
   into bigrams, Latin words and numbers lower-cased; the documents holding every token are
   checked against the query's runs as text. Hits are written with textContent only, the
   matches wrapped in <mark> elements. */
(function () {
  var RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+/g;
  var CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var LIMIT = 200;
  var data = window.govplansSearch || { docs: [], index: {} };
  var words = window.govplansSearchText || {};

  function runs(text) { return (text.match(RUN) || []); }

  function tokens(query) {
    var out = [];
    runs(query).forEach(function (run) {
      if (CJK.test(run)) {
        if (run.length > 1) {
          for (var i = 0; i + 1 < run.length; i++) { out.push(run.slice(i, i + 2)); }
        }
      } else {
        out.push(run.toLowerCase());
      }
    });
    return out;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }

  function search(query) {
    var wanted = runs(query).map(function (r) { return r.toLowerCase(); });
    if (!wanted.length) { return []; }
    var ids = null;
    var list = tokens(query);
    for (var t = 0; t < list.length; t++) {
      var own = Object.prototype.hasOwnProperty.call(data.index, list[t]);
      var found = own ? data.index[list[t]] : [];
      ids = ids === null ? found : intersect(ids, found);
      if (!ids.length) { return []; }
    }
    if (ids === null) { ids = data.docs.map(function (_, i) { return i; }); }
    return ids.filter(function (i) {
      var text = data.docs[i].t.toLowerCase();
      return wanted.every(function (w) { return text.indexOf(w) >= 0; });
    });
  }
  window.govplansSearchRun = search;

  /* The text around the first match, each match in a <mark>: text nodes only. */
  function quote(node, text, wanted) {
    var lower = text.toLowerCase(), first = text.length;
    wanted.forEach(function (w) { var at = lower.indexOf(w); if (at >= 0 && at < first) { first = at; } });
    var start = Math.max(0, first - 40), end = Math.min(text.length, first + 120);
    var part = text.slice(start, end), low = part.toLowerCase(), pos = 0;
    if (start > 0) { node.appendChild(document.createTextNode("…")); }
    while (pos < part.length) {
      var next = -1, len = 0;
      wanted.forEach(function (w) {
        var at = low.indexOf(w, pos);
        if (at >= 0 && (next < 0 || at < next)) { next = at; len = w.length; }
      });
      if (next < 0) { node.appendChild(document.createTextNode(part.slice(pos))); break; }
      node.appendChild(document.createTextNode(part.slice(pos, next)));
      var mark = document.createElement("mark");
      mark.textContent = part.slice(next, next + len);
      node.appendChild(mark);
      pos = next + len;
    }
    if (end < text.length) { node.appendChild(document.createTextNode("…")); }
  }

  function show(query) {
    var list = document.getElementById("hits"), count = document.getElementById("count");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!query.trim()) { count.textContent = ""; return; }
    var hits = search(query);
    var wanted = runs(query).map(function (r) { return r.toLowerCase(); });
    count.textContent = hits.length ? (words.hits || "{n}").replace("{n}", hits.length) +
      (hits.length > LIMIT ? (words.more || "").replace("{shown}", LIMIT) : "") : (words.none || "");
    hits.slice(0, LIMIT).forEach(function (i) {
      var doc = data.docs[i], item = document.createElement("li");
      var head = document.createElement(doc.h ? "a" : "strong");
      if (doc.h) { head.setAttribute("href", doc.h); }
      head.textContent = doc.a + " " + doc.y + " · " + doc.p + " " + doc.n;
      item.appendChild(head);
      var meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = doc.k === "plan" ? words.plan : words.target + " " + doc.r;
      item.appendChild(meta);
      var text = document.createElement("div");
      quote(text, doc.t, wanted);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var box = document.getElementById("q");
  if (box) {
    var timer = null;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(box.value); }, 120);
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { box.value = initial; show(initial); }
  }
})();
