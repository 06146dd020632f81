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
from audit.model import ArticleResult, Finding, RunResult, Severity
from audit.report import ReportOptions
from audit.report.html_assets import CSP, SCRIPT, STYLE
from audit.report.svgchart import chart

FILE_NAME = "wire-audit.html"
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


def article_section(i: int, a: ArticleResult) -> str:
    prefix = f"a{i}"
    items = "".join(finding_item(f, f"{prefix}-f{n}") for n, f in enumerate(a.findings))
    notes = "".join(f'<p class="meta">note: {escape(n)}</p>' for n in a.notes)
    return (
        f'<section class="article" id="{prefix}" data-findings="{len(a.findings)}">'
        f"<h2>{escape(a.path)}</h2>"
        f'<p class="meta">score {a.score:.1f}, <span class="verdict-{a.verdict}">{a.verdict}</span>; '
        f"{counts(a.findings)}; {a.words} words; {escape(a.encoding)}"
        f"{'; ' + escape(a.language) if a.language else ''}</p>{notes}"
        f'<pre class="text">\n{highlighted(a.text, a.findings, prefix)}</pre>'
        f'<ol class="findings">{items}</ol><p class="meta"><a href="#index">↑ index</a></p></section>'
    )


def index_table(articles: tuple[ArticleResult, ...]) -> str:
    """Articles worst first (lowest score, then most findings)."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].score, -len(articles[i].findings)))
    rows = []
    for i in order:
        a = articles[i]
        cells = "".join(f'<td class="num">{a.count(s)}</td>' for s in sorted(Severity, reverse=True))
        rows.append(
            f'<tr><td><a href="#a{i}">{escape(a.path)}</a></td><td class="num">{a.score:.1f}</td>'
            f'<td class="verdict-{a.verdict}">{a.verdict}</td>{cells}<td class="num">{a.words}</td></tr>'
        )
    head = "".join(f'<th class="num">{s}</th>' for s in sorted(Severity, reverse=True))
    return (
        f'<table id="index"><thead><tr><th>article</th><th class="num">score</th><th>verdict</th>{head}'
        f'<th class="num">words</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def page(run: RunResult) -> str:
    verdicts = Counter(str(a.verdict) for a in run.articles)
    summary = ", ".join(f"{verdicts[v]} {v}" for v in ("block", "review", "pass") if verdicts[v])
    body = [
        f'<h1>wire-audit report</h1><p class="meta">{len(run.articles)} articles: {summary or "none"}; '
        f"{counts(run.findings)}. wire-audit {escape(__version__)}, "
        f"date {escape(str(run.signature.get('date', '')))}.</p>",
        "<h2>Articles by score</h2>",
        index_table(run.articles),
        "<h2>Findings by rule and severity</h2>",
        chart(run.findings),
        *(article_section(i, a) for i, a in enumerate(run.articles)),
        '<div id="pop" hidden></div>',
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>wire-audit report</title><style>{STYLE}</style></head>\n"
        f"<body>{''.join(body)}<script>{SCRIPT}</script></body></html>\n"
    )


def write(run: RunResult, out_dir: Path, options: ReportOptions, name: str = FILE_NAME) -> list[Path]:
    target = out_dir / name
    from audit.atomic import write_text

    write_text(target, page(run), errors="xmlcharrefreplace")  # a non-UTF-8 file name, as a &#...; reference
    return [target]
