"""Editor-facing terminal output: `path:line:col: severity code message`, the line with
the match highlighted, the suggestion and why; then a summary per article and in total.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from audit.model import ArticleResult, Finding, RunResult, Severity
from audit.report import ReportOptions
from audit.terminal import visible

CONTEXT = 60  # characters of the line shown either side of the match
COLORS = {Severity.CRITICAL: "1;31", Severity.MAJOR: "33", Severity.MINOR: "36"}
VERDICT_COLORS = {"error": "1;31", "block": "1;31", "review": "33", "pass": "32"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color and text else text


def excerpt(line: str, col: int, length: int) -> tuple[str, int, int]:
    """A window of `line` around the match: (text, match start, match length) in it."""
    start, end = col - 1, min(col - 1 + length, len(line))
    lo, hi = max(0, start - CONTEXT), min(len(line), end + CONTEXT)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    return prefix + line[lo:hi] + suffix, len(prefix) + start - lo, end - start


# The evidence an editor needs to trust a finding, in this order; the rest is in JSON.
EVIDENCE_KEYS = (
    "matcher",
    "jaro_winkler",
    "phonetic",
    "introduced",
    "holder_term",
    "person_offices",
    "others",
    "language",
    "confidence",
    "also",
    "glossary",
)
MAX_EVIDENCE = 5


def evidence_text(evidence: dict[str, Any], verbose: bool = False) -> str:
    keys = list(evidence) if verbose else [k for k in EVIDENCE_KEYS if k in evidence][:MAX_EVIDENCE]
    parts = []
    for key in keys:
        value = evidence[key]
        if isinstance(value, float):
            value = f"{value:.2f}"
        if isinstance(value, list | tuple):
            value = ", ".join(map(str, value))
        if isinstance(value, dict) or (not verbose and len(str(value)) > 70):
            continue
        parts.append(f"{key.replace('_', '-')} {value}")
    return "; ".join(parts)


def render_finding(f: Finding, source_line: str, path: str, color: bool, verbose: bool = False) -> list[str]:
    sev = _paint(str(f.severity), COLORS[f.severity], color)
    out = [f"{visible(path)}:{f.line}:{f.column}: {sev} {f.code} {f.rule} {visible(f.message)}"]
    first_line = f.text.split("\n", 1)[0]
    # Cut the window first: visible() is one character for one, and a 1 MB line with
    # thousands of findings must not be translated once per finding.
    shown, at, length = excerpt(source_line, f.column, max(1, len(first_line)))
    shown = visible(shown)
    highlighted = (
        shown[:at] + _paint(shown[at : at + length], COLORS[f.severity], color) + shown[at + length :]
    )
    out.append(f"    {highlighted}")
    out.append("    " + " " * at + _paint("^" * max(1, length), COLORS[f.severity], color))
    why = visible(evidence_text(f.evidence, verbose))
    if f.suggestion:
        out.append(f"    suggestion: {visible(f.suggestion)}" + (f"  ({why})" if why else ""))
    elif why:
        out.append(f"    why: {why}")
    if f.related:
        out.append(f"    versions: {visible(', '.join(f.related))}")
    return out


def counts_text(findings: tuple[Finding, ...] | list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    if not counts:
        return "no findings"
    return ", ".join(f"{counts[s]} {s}" for s in sorted(counts, reverse=True))


def render_article(
    article: ArticleResult, text_lines: list[str], color: bool, verbose: bool = False, quiet: bool = False
) -> list[str]:
    out: list[str] = []
    path = visible(article.path)
    if article.error is not None:
        reason = visible(article.error["reason"])
        return [f"{path}: {_paint('ERROR', VERDICT_COLORS['error'], color)} {article.error['code']} {reason}"]
    for note in () if quiet else article.notes:
        out.append(f"{path}: note: {visible(note)}")
    for f in article.findings:
        line = text_lines[f.line - 1] if 0 < f.line <= len(text_lines) else ""
        line = line[:-1] if line.endswith("\r") else line  # CRLF copy: the \r ends the line
        out.extend(render_finding(f, line, article.path, color, verbose))
    if quiet:
        return out
    verdict = _paint(str(article.verdict).upper(), VERDICT_COLORS[str(article.verdict)], color)
    out.append(
        f"{path}: score {article.score:.1f}, {verdict} "
        f"({counts_text(article.findings)}; {article.words} words; {date_text(article)})"
    )
    return out


def date_text(article: ArticleResult) -> str:
    """ "date 2024-10-28 (dateline)"; an article with no date says how to give one."""
    if article.date_source == "today":
        return f"date unknown: today {article.date} used, pass --date"
    return f"date {article.date} ({article.date_source})" if article.date else "date unknown"


def render(run: RunResult, options: ReportOptions) -> str:
    """The whole report: findings of every article, its summary, then the total."""
    blocks = []
    for article in run.articles:
        lines = article.text.split("\n")
        rendered = render_article(article, lines, options.color, options.verbose, options.quiet)
        if rendered:
            blocks.append("\n".join(rendered))
    if "compare" in run.extra:  # `wire-audit compare`: rank the versions of each story
        from audit.report.compare_table import compare_tables

        blocks.extend(compare_tables(run.extra["compare"]))
    summary = summary_lines(run)
    return "\n\n".join([*blocks, "\n".join(summary[:1] if options.quiet else summary)]) + "\n"


def summary_lines(run: RunResult) -> list[str]:
    """The total, then what the reader must know: notes of the run, findings a baseline hid."""
    verdicts = Counter(str(a.verdict) for a in run.articles)
    n = len(run.articles)
    total = (
        f"{n} article{'s' if n != 1 else ''}: "
        + ", ".join(f"{verdicts[v]} {v}" for v in ("error", "block", "review", "pass") if verdicts[v])
        + f"; {counts_text(run.findings)}"
    )
    hidden = run.signature.get("baseline_hidden")
    if hidden:
        total += f"; {hidden} accepted in the baseline, not shown (--no-baseline shows them)"
    return [total, *(f"note: {visible(str(n))}" for n in run.signature.get("notes", []))]
