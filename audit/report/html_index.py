"""The HTML report's index: one row per article, filterable by verdict, rule, severity and
folder and sortable by any column (the page's inline script), worst first by default."""

from __future__ import annotations

from html import escape
from pathlib import PurePath

from audit.model import ArticleResult, Severity, ranked

SEVERITIES = tuple(sorted(Severity, reverse=True))
FILTERS = (("verdict", "verdict"), ("rule", "rule"), ("severity", "severity"), ("folder", "folder"))


def folder_of(path: str) -> str:
    return PurePath(path.replace("\\", "/")).parent.as_posix()


def _row(i: int, a: ArticleResult, href: str) -> str:
    codes = sorted({f.code for f in a.findings})
    sevs = sorted({str(f.severity) for f in a.findings})
    cells = "".join(f'<td class="num">{a.count(s)}</td>' for s in SEVERITIES)
    verdict = str(a.verdict)
    date = f"{a.date or ''}" + (f" ({a.date_source})" if a.date_source else "")
    return (
        f'<tr data-verdict="{verdict}" data-rule=" {" ".join(codes)} " data-severity=" {" ".join(sevs)} " '
        f'data-folder="{escape(folder_of(a.path))}">'
        f'<td><a href="{escape(href)}#a{i}">{escape(a.path)}</a></td>'
        f'<td class="num">{a.score:.1f}</td><td class="verdict-{verdict}">{verdict}</td>{cells}'
        f'<td class="num">{a.words}</td><td>{escape(date)}</td></tr>'
    )


def _select(key: str, label: str, values: list[str]) -> str:
    options = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return (
        f'<label>{label} <select data-filter="{key}"><option value="">all</option>{options}</select></label> '
    )


def filters(articles: tuple[ArticleResult, ...]) -> str:
    """A select per filter, with the values that occur in the run."""
    values = {
        "verdict": [
            v for v in ("error", "block", "review", "pass") if any(str(a.verdict) == v for a in articles)
        ],
        "rule": sorted({f.code for a in articles for f in a.findings}),
        "severity": [str(s) for s in SEVERITIES if any(a.count(s) for a in articles)],
        "folder": sorted({folder_of(a.path) for a in articles}),
    }
    shown = '<span id="shown"></span>'
    return f'<p class="filters">{"".join(_select(k, label, values[k]) for k, label in FILTERS)}{shown}</p>'


def index_table(articles: tuple[ArticleResult, ...], hrefs: list[str]) -> str:
    """Articles worst first (verdict, score, severity counts); `hrefs[i]` is the page of article i."""
    position = {id(a): i for i, a in enumerate(articles)}
    rows = [_row(position[id(a)], a, hrefs[position[id(a)]]) for a in ranked(articles)]
    head = "".join(f'<th class="num" data-sort="num">{s}</th>' for s in SEVERITIES)
    return (
        f'<table id="index"><thead><tr><th data-sort="text">article</th>'
        f'<th class="num" data-sort="num">score</th><th data-sort="verdict">verdict</th>{head}'
        f'<th class="num" data-sort="num">words</th><th data-sort="text">date</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
