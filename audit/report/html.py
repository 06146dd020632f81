"""One self-contained HTML page for editors: index by score, chart by rule, and every article
with its findings highlighted in place (click or hover a highlight for message and suggestion).

All article text, messages and paths are escaped; the page's Content-Security-Policy only
lets its own inline style and script run (see html_assets.py).
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from audit import __version__
from audit.model import ArticleResult, Finding, RunResult
from audit.report import ReportOptions
from audit.report.compare_table import compare_html
from audit.report.html_assets import CSP, SCRIPT, STYLE
from audit.report.html_index import filters, index_table
from audit.report.svgchart import chart

FILE_NAME = "wire-audit.html"
PAGE_SIZE = 200  # articles per page: larger runs get an index page and article pages
Piece = tuple[int, int, list[int]]  # (start, end, indexes of the findings covering it)


def pieces(length: int, findings: tuple[Finding, ...]) -> list[Piece]:
    """Cut the text at every finding boundary so overlapping findings need no nesting.

    Empty findings (start == end) become empty pieces at their offset; offsets outside
    the text are clamped into it.
    """
    spans = [(min(max(f.start, 0), length), min(max(f.end, 0), length)) for f in findings]
    spans = [(s, max(s, e)) for s, e in spans]
    cuts = sorted({0, length, *(p for span in spans for p in span)})
    out: list[Piece] = []
    for a, b in zip(cuts, [*cuts[1:], length], strict=True):
        points = [i for i, (s, e) in enumerate(spans) if s == e == a]
        if points:
            out.append((a, a, points))
        if a < b:
            out.append((a, b, [i for i, (s, e) in enumerate(spans) if s <= a and e >= b]))
    return out


def _tooltip(f: Finding) -> str:
    hint = f"{f.severity} {f.code}: {f.message}"
    return hint + (f" → {f.suggestion}" if f.suggestion else "")


def highlighted(text: str, findings: tuple[Finding, ...], prefix: str) -> str:
    """The escaped text with one or more <mark> pieces per finding."""
    out = []
    for start, end, covering in pieces(len(text), findings):
        chunk = escape(text[start:end], quote=False)
        if not covering:
            out.append(chunk)
            continue
        worst = max(findings[i].severity for i in covering)
        classes = ["hl", f"sev-{worst}"]
        classes += ["multi"] if len(covering) > 1 else []
        classes += ["point"] if start == end else []
        ids = " ".join(f"{prefix}-f{i}" for i in covering)
        title = escape("\n".join(_tooltip(findings[i]) for i in covering))
        out.append(
            f'<mark class="{" ".join(classes)}" data-f="{ids}" tabindex="0" title="{title}">{chunk}</mark>'
        )
    return "".join(out)


def finding_item(f: Finding, fid: str) -> str:
    suggestion = f' → <span class="sugg">{escape(f.suggestion)}</span>' if f.suggestion else ""
    related = f'<br><span class="meta">versions: {escape(", ".join(f.related))}</span>' if f.related else ""
    return (
        f'<li id="{fid}" class="sev-{f.severity}" data-code="{escape(f.code)}">'
        f'<span class="meta">{f.line}:{f.column} {f.severity} {escape(f.code)} {escape(f.rule)}</span> '
        f"<q>{escape(f.text)}</q>{suggestion}<br>{escape(f.message)}{related}</li>"
    )


def counts(findings: tuple[Finding, ...] | list[Finding]) -> str:
    c = Counter(f.severity for f in findings)
    return ", ".join(f"{c[s]} {s}" for s in sorted(c, reverse=True)) or "no findings"


def article_section(i: int, a: ArticleResult, index_href: str = "") -> str:
    prefix = f"a{i}"
    back = f'<p class="meta"><a href="{escape(index_href)}#index">↑ index</a></p>'
    if a.error is not None:
        return (
            f'<section class="article" id="{prefix}" data-findings="0"><h2>{escape(a.path)}</h2>'
            f'<p class="meta"><span class="verdict-error">error {escape(a.error["code"])}</span>: '
            f"{escape(a.error['reason'])}</p>{back}</section>"
        )
    items = "".join(finding_item(f, f"{prefix}-f{n}") for n, f in enumerate(a.findings))
    notes = "".join(f'<p class="meta">note: {escape(n)}</p>' for n in a.notes)
    date = f"; date {escape(a.date)} ({escape(a.date_source or '')})" if a.date else ""
    return (
        f'<section class="article" id="{prefix}" data-findings="{len(a.findings)}">'
        f"<h2>{escape(a.path)}</h2>"
        f'<p class="meta">score {a.score:.1f}, <span class="verdict-{a.verdict}">{a.verdict}</span>; '
        f"{counts(a.findings)}; {a.words} words; {escape(a.encoding)}"
        f"{'; ' + escape(a.language) if a.language else ''}{date}</p>{notes}"
        f'<pre class="text">\n{highlighted(a.text, a.findings, prefix)}</pre>'
        f'<ol class="findings">{items}</ol>{back}</section>'
    )


def page(run: RunResult, hrefs: list[str] | None = None, sections: bool = True) -> str:
    """The first page: summary, chart, filterable index; the articles too unless they are
    split into pages (`hrefs[i]`: the file holding article i, "" for this one)."""
    hrefs = hrefs if hrefs is not None else [""] * len(run.articles)
    verdicts = Counter(str(a.verdict) for a in run.articles)
    summary = ", ".join(f"{verdicts[v]} {v}" for v in ("error", "block", "review", "pass") if verdicts[v])
    notes = "".join(f'<p class="meta">note: {escape(str(n))}</p>' for n in run.signature.get("notes", []))
    body = [
        f'<h1>wire-audit report</h1><p class="meta">{len(run.articles)} articles: {summary or "none"}; '
        f"{counts(run.findings)}. wire-audit {escape(__version__)}, "
        f"date {escape(str(run.signature.get('date', '')))}.</p>{notes}",
        compare_html(run.extra["compare"]) if "compare" in run.extra else "",
        "<h2>Findings by rule and severity</h2>",
        chart(run.findings),
        "<h2>Articles, worst first</h2>",
        filters(run.articles),
        index_table(run.articles, hrefs),
        *(article_section(i, a) for i, a in enumerate(run.articles) if sections),
    ]
    return document("wire-audit report", body)


def document(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n"
        f'<body>{"".join(body)}<div id="pop" hidden></div><script>{SCRIPT}</script></body></html>\n'
    )


def article_page(run: RunResult, first: int, index_name: str) -> str:
    """Articles first..first+PAGE_SIZE-1 of a run too big for one page."""
    last = min(len(run.articles), first + PAGE_SIZE)
    back = f'<p class="meta"><a href="../{escape(index_name)}">← index</a></p>'
    sections = [article_section(i, run.articles[i], f"../{index_name}") for i in range(first, last)]
    return document(f"wire-audit report: articles {first + 1}–{last}", [back, *sections])


def write(run: RunResult, out_dir: Path, options: ReportOptions, name: str = FILE_NAME) -> list[Path]:
    """One page up to PAGE_SIZE articles; beyond, an index page plus article pages in
    `<name>-pages/`, so the first page of a 5,000-article archive opens fast."""
    target = out_dir / name
    from audit.atomic import write_text

    n = len(run.articles)
    if n <= PAGE_SIZE:  # a non-UTF-8 file name is written as a &#...; reference
        write_text(target, page(run), errors="xmlcharrefreplace")
        return [target]
    folder = out_dir / f"{Path(name).stem}-pages"
    folder.mkdir(exist_ok=True)
    firsts = range(0, n, PAGE_SIZE)
    files = [folder / f"page-{k + 1:03}.html" for k in range(len(firsts))]
    hrefs = [f"{folder.name}/{files[i // PAGE_SIZE].name}" for i in range(n)]
    write_text(target, page(run, hrefs, sections=False), errors="xmlcharrefreplace")
    for first, path in zip(firsts, files, strict=True):
        write_text(path, article_page(run, first, name), errors="xmlcharrefreplace")
    return [target, *files]
