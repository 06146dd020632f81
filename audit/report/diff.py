"""`-f diff`: every suggestion applied, as a unified diff for the editor to review and apply.

Nothing touches the articles: the diff goes to stdout (or `--out`), and `git apply` or
`patch -p1` applies it once the editor agrees with each change. Findings without a
suggestion (fragments, broken quotes) and any whose span overlaps a change already made
are left to the editor; a `#` line above each file's header says how many. Office findings
(O101–O103) suggest the holder's name: when the title is what is wrong, edit the title
instead of applying that hunk.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from audit.model import ArticleResult, Finding, RunResult
from audit.report import ReportOptions
from audit.terminal import visible_lines

NO_NEWLINE = "\\ No newline at end of file\n"


def corrected(text: str, findings: Iterable[Finding]) -> tuple[str, list[Finding], list[Finding]]:
    """(text with the suggestions applied, findings applied, findings left to the editor).

    Spans are replaced in text order; of two overlapping findings the one that starts first
    (the longer, at equal starts) wins, so every replacement reads the original text."""
    applied: list[Finding] = []
    left: list[Finding] = []
    pieces: list[str] = []
    at = 0
    for f in sorted(findings, key=lambda f: (f.start, f.start - f.end)):
        if f.suggestion is None or f.suggestion == f.text or f.start < at:
            left.append(f)
            continue
        pieces += [text[at : f.start], f.suggestion]
        at = f.end
        applied.append(f)
    pieces.append(text[at:])
    return "".join(pieces), applied, left


def article_diff(article: ArticleResult) -> str:
    """The unified diff of one article ("" when no suggestion applies)."""
    new_text, applied, left = corrected(article.text, article.findings)
    if not applied:
        return ""
    path = article.path.replace("\\", "/").lstrip("/")
    lines = difflib.unified_diff(
        article.text.splitlines(keepends=True),
        new_text.splitlines(keepends=True),
        fromfile=git_quote(f"a/{path}"),
        tofile=git_quote(f"b/{path}"),
    )
    # difflib leaves a last line without its newline as it is; diff marks it.
    body = "".join(line if line.endswith("\n") else line + "\n" + NO_NEWLINE for line in lines)
    codes = ", ".join(sorted({f.code for f in applied}))
    note = f"# wire-audit: {_count(len(applied), 'suggestion')} applied ({codes})"
    if left:
        note += f"; {_count(len(left), 'finding')} left to the editor"
    # Copy with ESC, BEL, C1 or bidi controls is shown, never sent to the terminal (such a
    # hunk no longer applies: the editor sees why).
    return f"{note}\n{visible_lines(body)}"


_ESCAPES = dict(
    zip('\a\b\t\n\v\f\r"\\', ("\\a", "\\b", "\\t", "\\n", "\\v", "\\f", "\\r", '\\"', "\\\\"), strict=True)
)


def git_quote(name: str) -> str:
    """A file name in a patch header as git writes it: quoted, with C escapes (and octal
    UTF-8 bytes for other controls), when it holds a quote, backslash or control character."""
    if name.isprintable() and '"' not in name and "\\" not in name:
        return name
    out = []
    for ch in name:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        else:
            raw = ch.encode("utf-8", "surrogateescape")
            out.append("".join(f"\\{b:03o}" for b in raw))
    return '"' + "".join(out) + '"'


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def render(run: RunResult, options: ReportOptions) -> str:
    """Every article's diff, in run order."""
    return "".join(article_diff(article) for article in run.articles)
