"""G104: quotation marks that do not pair up within a paragraph."""

from __future__ import annotations

from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.checks.views import quote_scan
from audit.model import Finding, Severity
from audit.text.quotes import QuoteIssue

MESSAGES = {
    "stray_close": "closing quotation mark with no opening mark: the words before it are "
    "left in the writer's voice",
    "empty_quote": "quotation marks with nothing quoted between them",
    "reopened": "a quotation is opened again before the first one was closed",
    "unclosed": "quotation never closed in its paragraph (and the next paragraph does not continue it)",
}


SPANNING = " (it spans paragraphs: reopen it at the start of each one)"


class UnbalancedQuotes(Check):
    """Quotation marks that open or close without a partner.

    Flags: a closing mark with no opening mark before it in the paragraph, quote marks
    with nothing between them, a second opening mark before the first closed, and a
    quotation left open at the end of its paragraph when the next paragraph does not
    continue it with an opening mark.
    Why: back-translation splits and re-punctuates quotations; a misplaced mark moves a
    speaker's words into the writer's voice (or the reverse), a factual error.
    Example: President Joe Biden also called the deployment “dangerous.” It’s very dangerous. ”
    Instead: “dangerous, very dangerous.” — one quotation, opened and closed once.
    Options: none.
    False positives: multi-paragraph quotations are correct wire style (no closing mark
    at the end of a paragraph, an opening mark at the start of the next) and are not
    flagged; one that runs on without the reopening marks (an unclosed quotation, then a
    closing mark with no opening one in a later paragraph) is reported as minor. Single
    marks are ignored (’ is also the apostrophe); a straight " after a digit is read as an
    inch mark unless a quotation is open ("Plan No. 1"); German „…“ quoting is not supported.
    """

    code = "G104"
    name = "garble.unbalanced_quotes"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        issues = quote_scan(ctx).issues
        spanning = continued(issues)
        for i, issue in enumerate(issues):
            yield self._finding(ctx, issue, Severity.MINOR if i in spanning else None)

    def _finding(self, ctx: CheckContext, issue: QuoteIssue, severity: Severity | None) -> Finding:
        text = ctx.doc.text
        start = issue.start
        while start < issue.end and text[start].isspace():
            start += 1
        return self.finding(
            ctx,
            start,
            issue.end,
            MESSAGES[issue.kind] + (SPANNING if severity else ""),
            evidence={"kind": issue.kind, "mark": issue.mark},
            severity=severity,
        )


def continued(issues: list[QuoteIssue]) -> set[int]:
    """Indexes of an unclosed quotation and the stray closing mark right after it: one
    quotation over several paragraphs whose reopening marks are missing, a style slip."""
    out: set[int] = set()
    for i in range(len(issues) - 1):
        if issues[i].kind == "unclosed" and issues[i + 1].kind == "stray_close":
            out.update((i, i + 1))
    return out
