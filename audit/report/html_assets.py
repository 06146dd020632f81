"""The inline stylesheet and script of the HTML report, and the Content-Security-Policy
that allows exactly these two (by hash) and nothing else: no network, no other script."""

from __future__ import annotations

import base64
import hashlib

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;border-bottom:1px solid #eee}
td.num,th.num{text-align:right}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 Georgia,serif;background:#fafafa;
padding:1rem;border:1px solid #ddd}
mark.hl{cursor:pointer;border-radius:2px;padding:0 1px}
mark.point::after{content:"\\2038";color:#b00}
.sev-critical{background:#f8b4b4}.sev-major{background:#fde68a}.sev-minor{background:#bfdbfe}
mark.multi{box-shadow:inset 0 -3px 0 #7c3aed}
mark.active{outline:2px solid #111}
li.sev-critical,li.sev-major,li.sev-minor{background:none;border-left:6px solid;padding-left:.5rem}
li.sev-critical{border-color:#dc2626}li.sev-major{border-color:#d97706}li.sev-minor{border-color:#2563eb}
li.active{background:#f3f4f6}
.verdict-block{color:#b91c1c;font-weight:bold}.verdict-review{color:#b45309}.verdict-pass{color:#15803d}
#pop{position:absolute;max-width:32rem;background:#fff;border:1px solid #888;padding:.5rem .8rem;
box-shadow:0 4px 14px rgba(0,0,0,.2);z-index:10}#pop ul{margin:0;padding-left:1rem}
.meta{color:#555;font-size:.9rem}.sugg{font-weight:bold}
.verdict-error{color:#7f1d1d;font-weight:bold}
#index tbody tr{content-visibility:auto;contain-intrinsic-size:auto 1.7em}
th[data-sort]{cursor:pointer;user-select:none}th[data-dir=asc]::after{content:" \\25B2"}
th[data-dir=desc]::after{content:" \\25BC"}.filters select{margin-right:.8rem}
"""

SCRIPT = """
(function () {
  var pop = document.getElementById("pop");
  function clear() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  }
  function show(mark) {
    clear();
    var list = document.createElement("ul");
    mark.getAttribute("data-f").split(" ").forEach(function (id) {
      var item = document.getElementById(id);
      if (!item) { return; }
      item.classList.add("active");
      var copy = item.cloneNode(true);
      copy.removeAttribute("id");
      list.appendChild(copy);
    });
    mark.classList.add("active");
    pop.textContent = "";
    pop.appendChild(list);
    var box = mark.getBoundingClientRect();
    pop.style.left = (window.scrollX + box.left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 4) + "px";
    pop.hidden = false;
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.hl");
    if (mark) { show(mark); } else if (!event.target.closest("#pop")) { pop.hidden = true; clear(); }
  });
  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.hl");
    if (mark && event.key === "Enter") { show(mark); }
    if (event.key === "Escape") { pop.hidden = true; clear(); }
  });
  // Index: filter rows by verdict, rule, severity and folder; sort by a clicked column.
  var table = document.getElementById("index");
  var selects = document.querySelectorAll("select[data-filter]");
  var shown = document.getElementById("shown");
  function filter() {
    var want = {};
    selects.forEach(function (s) { want[s.getAttribute("data-filter")] = s.value; });
    var rows = table.tBodies[0].rows, n = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = true;
      for (var key in want) {
        var v = want[key], have = rows[i].getAttribute("data-" + key) || "";
        if (v && (key === "rule" || key === "severity" ? have.indexOf(" " + v + " ") < 0 : have !== v)) {
          ok = false;
        }
      }
      rows[i].hidden = !ok;
      n += ok ? 1 : 0;
    }
    if (shown) { shown.textContent = n + " of " + rows.length + " articles"; }
  }
  var RANK = {error: 0, block: 1, review: 2, pass: 3};
  function sortBy(th) {
    var col = th.cellIndex, kind = th.getAttribute("data-sort");
    var dir = th.getAttribute("data-dir") === "asc" ? "desc" : "asc";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("data-dir"); });
    th.setAttribute("data-dir", dir);
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    function key(r) {
      var t = r.cells[col].textContent;
      return kind === "num" ? parseFloat(t) : kind === "verdict" ? RANK[t] : t;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), c = x < y ? -1 : x > y ? 1 : 0;
      return dir === "asc" ? c : -c;
    });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r); });
    body.appendChild(frag);
  }
  if (table) {
    selects.forEach(function (s) { s.addEventListener("change", filter); });
    table.tHead.addEventListener("click", function (event) {
      var th = event.target.closest("th[data-sort]");
      if (th) { sortBy(th); }
    });
    filter();
  }
  document.documentElement.setAttribute("data-ready", "1");
})();
"""


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


# Everything else is refused: a `<script>` that escaped into the page could not run,
# and no image, font or stylesheet can be fetched from the network.
CSP = f"default-src 'none'; style-src {_sha256(STYLE)}; script-src {_sha256(SCRIPT)}; img-src data:"
