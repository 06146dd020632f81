"""HTML report without a browser: overlap splitting, escaping, self-containment."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st
from sample_run import sample_run

from audit.model import Finding, Severity
from audit.report import html as html_report
from audit.report.html_assets import CSP, SCRIPT, STYLE


class Scan(HTMLParser):
    """Collects tags, attributes that load resources, and the text inside <pre>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.pre: list[str] = []
        self._in_pre = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href", "xlink:href", "action") and v]
        if tag == "pre":
            self._in_pre, self.pre = True, [*self.pre, ""]

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in_pre = False

    def handle_data(self, data):
        if self._in_pre:
            self.pre[-1] += data


def f(start: int, end: int, severity: Severity = Severity.MINOR) -> Finding:
    return Finding("X1", "garble.x", severity, "m", start, end, 1, start + 1, "", None)


def test_overlapping_findings_are_cut_into_pieces():
    pieces = html_report.pieces(20, (f(2, 10), f(5, 15), f(6, 8), f(12, 12)))
    assert pieces == [
        (0, 2, []), (2, 5, [0]), (5, 6, [0, 1]), (6, 8, [0, 1, 2]), (8, 10, [0, 1]),
        (10, 12, [1]), (12, 12, [3]), (12, 15, [1]), (15, 20, []),
    ]  # fmt: skip


@given(st.lists(st.tuples(st.integers(-3, 40), st.integers(-3, 40)), max_size=8), st.integers(0, 30))
def test_pieces_tile_the_text_and_cover_each_finding_exactly(spans, length):
    findings = tuple(f(a, b) for a, b in spans)
    pieces = html_report.pieces(length, findings)
    assert [p for p in pieces if p[0] < p[1]] == sorted(p for p in pieces if p[0] < p[1])
    assert "".join("x" * (b - a) for a, b, _ in pieces) == "x" * length
    for i, (a, b) in enumerate(spans):
        a, b = min(max(a, 0), length), min(max(b, 0), length)
        covered = [(s, e) for s, e, ids in pieces if i in ids]
        assert covered and covered[0][0] == a and covered[-1][1] == max(a, b)
        assert sum(e - s for s, e in covered) == max(0, b - a)


def test_article_text_is_escaped_and_only_our_script_exists():
    run = sample_run()
    page = html_report.page(run)
    scan = Scan()
    scan.feed(page)
    assert scan.tags.count("script") == 1 and "img" not in scan.tags
    assert [p.removeprefix("\n") for p in scan.pre] == [a.text for a in run.articles]
    assert "&amp;amp;" in page and "&lt;script&gt;window.__pwned" in page
    assert page.count('class="hl ') >= len(run.findings)


def test_self_contained_with_strict_policy():
    page = html_report.page(sample_run())
    scan = Scan()
    scan.feed(page)
    assert all(u.startswith("#") for u in scan.urls), scan.urls
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page)
    assert "default-src 'none'" in CSP and "unsafe-inline" not in CSP
    assert f"<style>{STYLE}</style>" in page and f"<script>{SCRIPT}</script>" in page


def test_index_is_sorted_worst_first_and_chart_counts_rules():
    page = html_report.page(sample_run())
    index = page[page.index('<table id="index">') : page.index("</table>")]
    assert index.index("desk/hostile.txt") < index.index("desk/plain.txt")
    assert page.count('<rect class="bar"') == 7
    assert 'data-severity="critical" data-count="1"' in page
