/* Download a table as CSV (the link above it), sort it by a column (click its header) and
   filter its rows (type in the box above it), offline; cells are read as text, nothing is
   written back as HTML. */
(function () {
  var en = document.documentElement.lang === "en";
  var label = en ? "Filter rows" : "篩選表格列";
  var download = en ? "Download this table (CSV)" : "下載此表（CSV）";
  function key(text) {
    var n = parseFloat(text.replace(/[,%\s]|千元|萬元|億元|NT\$/g, ""));
    return isNaN(n) ? text : n;
  }
  /* One CSV field: the cell's text as shown, quoted; text a spreadsheet would read as a
     formula (= + @, or - not starting a number) gets a leading apostrophe. */
  function field(text) {
    var t = text.replace(/\s+/g, " ").trim();
    if (/^[=+@]/.test(t) || /^-(?![\d.])/.test(t)) { t = "'" + t; }
    return '"' + t.replace(/"/g, '""') + '"';
  }
  function tableCsv(table) {
    var lines = [];
    Array.prototype.forEach.call(table.rows, function (row) {
      if (row.style.display === "none") { return; }  /* a row the filter hides is not shown */
      lines.push(Array.prototype.map.call(row.cells, function (c) { return field(c.textContent); }).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }
  var title = (document.title || "table").replace(/[\\/:*?"<>|\s]+/g, "_");
  document.querySelectorAll("table.govplans-table").forEach(function (table, n) {
    if (!table.tHead) { return; }
    var link = document.createElement("a");
    link.className = "govplans-csv"; link.href = "#"; link.textContent = download;
    link.setAttribute("download", title + "_" + (n + 1) + ".csv");
    link.addEventListener("click", function () {
      /* the table as it is now (sorted, filtered), built from its cells' text */
      var blob = new Blob([tableCsv(table)], { type: "text/csv;charset=utf-8" });
      link.href = URL.createObjectURL(blob);
    });
    table.parentNode.insertBefore(link, table);
  });
  document.querySelectorAll("table.govplans-table").forEach(function (table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 5 || !table.tHead) { return; }
    var input = document.createElement("input");
    input.type = "search"; input.className = "govplans-filter"; input.placeholder = label;
    input.setAttribute("aria-label", label);
    table.parentNode.insertBefore(input, table);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        row.style.display = !q || row.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
      });
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.setAttribute("data-sort", "none");
      th.addEventListener("click", function () {
        var asc = th.getAttribute("data-sort") !== "asc";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.setAttribute("data-sort", "none"); });
        th.setAttribute("data-sort", asc ? "asc" : "desc");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col] ? a.cells[col].textContent : ""), y = key(b.cells[col] ? b.cells[col].textContent : "");
          var cmp = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
          return asc ? cmp : -cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
