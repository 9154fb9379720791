/* Sort a table by a column (click its header) and filter its rows (type in the box above it),
   offline; cells are read as text, nothing is written back as HTML. */
(function () {
  var label = document.documentElement.lang === "en" ? "Filter rows" : "篩選表格列";
  function key(text) {
    var n = parseFloat(text.replace(/[,%\s]|千元|萬元|億元|NT\$/g, ""));
    return isNaN(n) ? text : n;
  }
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
