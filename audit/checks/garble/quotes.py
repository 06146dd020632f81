"""G104: quotation marks that do not pair up within a paragraph."""

from __future__ import annotations

from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.checks.garble.shared import quote_scan
from audit.model import Finding, Severity
from audit.text.quotes import QuoteIssue

MESSAGES = {
    "stray_close": "closing quotation mark with no opening mark: the words before it are "
    "left in the writer's voice",
    "empty_quote": "quotation marks with nothing quoted between them",
    "reopened": "a quotation is opened again before the first one was closed",
    "unclosed": "quotation never closed in its paragraph (and the next paragraph does not continue it)",
}


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
    flagged. Single marks are ignored (’ is also the apostrophe); a straight " after a
    digit is read as an inch mark; German „…“ quoting is not supported.
    """

    code = "G104"
    name = "garble.unbalanced_quotes"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        for issue in quote_scan(ctx).issues:
            yield self._finding(ctx, issue)

    def _finding(self, ctx: CheckContext, issue: QuoteIssue) -> Finding:
        text = ctx.doc.text
        start = issue.start
        while start < issue.end and text[start].isspace():
            start += 1
        return self.finding(
            ctx,
            start,
            issue.end,
            MESSAGES[issue.kind],
            evidence={"kind": issue.kind, "mark": issue.mark},
        )
