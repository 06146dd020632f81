"""G104: quotation marks that do not pair up within a paragraph."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable

from audit.checks.base import Check, CheckContext
from audit.checks.views import paragraphs_and_sentences, quote_scan
from audit.model import Finding, Severity
from audit.text.quotes import MARKS, OPENERS, QuoteIssue

MESSAGES = {
    "stray_close": "closing quotation mark with no opening mark: the words before it are "
    "left in the writer's voice",
    "empty_quote": "quotation marks with nothing quoted between them",
    "reopened": "a quotation is opened again before the first one was closed",
    "unclosed": "quotation never closed in its paragraph (and the next paragraph does not continue it)",
}
SPANNING = " (it spans paragraphs: reopen it at the start of each one)"
ATTRIBUTED = " (the attribution is inside it)"
RUN_ON = " (a partial quotation running on over the end of its sentence)"
UNOPENED = " (an attribution follows it: where the quotation starts is lost)"
SPEECH = r"(?:said|says|told|added|stated|noted|explained|insisted|warned|declared|wrote|asked)"
SPEAKER = r"(?:he|she|they|(?:the|a|an)(?:\s+[\w'’-]+){1,3}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
# "…, the minister said" / "…, said Smith": the writer's attribution swallowed by an open quotation.
ATTRIBUTION = re.compile(rf"[,;]\s+(?:{SPEAKER}\s+{SPEECH}|{SPEECH}\s+{SPEAKER})\b")
# "…,” the minister said": the quotation's words are attributed, so its opening mark was lost.
ATTRIBUTION_AFTER = re.compile(rf"\s*[–—-]?\s*(?:{SPEAKER}\s+{SPEECH}|{SPEECH}\s+{SPEAKER})\b")
SENTENCE_END = re.compile(r"[.!?…]\s+[A-Z“\"]")
WORD = re.compile(r"[^\W\d_]+")
MIN_QUOTED_WORDS = 3  # words of quotation before a swallowed attribution


class UnbalancedQuotes(Check):
    """Quotation marks that open or close without a partner.

    Flags: (major) quote marks with nothing between them, a second opening mark before the
    first closed, a closing mark with no opening one that stands apart from the word before
    it or follows a quotation already closed in the same paragraph or is followed by an
    attribution ("…,” the minister said") although no quotation was opened, an opening
    mark that quotes nothing, and a quotation left open whose text runs on into the
    writer's attribution ("…, the minister said") or, opened mid-sentence on a lower-case
    word, over the end of its sentence;
    (minor) any other closing mark with no opening one and quotation left open at the end
    of its paragraph when the next paragraph does not continue it.
    Why: back-translation splits and re-punctuates quotations; a misplaced mark moves a
    speaker's words into the writer's voice (or the reverse), a factual error. A mark
    merely missing at a paragraph edge is punctuation (MQM: minor): clean copy that
    quotes over several paragraphs or segments often leaves it off.
    Example: President Joe Biden also called the deployment “dangerous.” It’s very dangerous. ”
    Instead: “dangerous, very dangerous.” — one quotation, opened and closed once.
    Options: none.
    False positives: multi-paragraph quotations are correct wire style (no closing mark
    at the end of a paragraph, an opening mark at the start of the next) and are not
    flagged. Single marks are ignored (’ is also the apostrophe), as is a mark between two
    letters (I”ll); nested straight quotes ("the "Plan" …") pair by position; a straight
    " after a digit is read as an inch mark unless a quotation is open ("Plan No. 1");
    quoted symbols ("$") are not empty; German „…“ quoting is not supported.
    """

    code = "G104"
    name = "garble.unbalanced_quotes"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        issues = quote_scan(ctx).issues
        spanning = continued(issues)
        for i, issue in enumerate(issues):
            if i in spanning:
                yield self._finding(ctx, issue, Severity.MINOR, SPANNING)
            else:
                yield self._finding(ctx, issue, *grade(ctx, issue))

    def _finding(self, ctx: CheckContext, issue: QuoteIssue, severity: Severity, note: str) -> Finding:
        """The span is the mark at fault (an editor fixes that mark; measured on real MT it
        also points at the error far better than the whole quotation); the evidence keeps
        the stretch of text the mark leaves quoted or unquoted."""
        text = ctx.doc.text
        start = issue.start
        while start < issue.end and text[start].isspace():
            start += 1
        return self.finding(
            ctx,
            issue.mark,
            issue.mark + 1,
            MESSAGES[issue.kind] + note,
            evidence={"kind": issue.kind, "mark": issue.mark, "affected": [start, issue.end]},
            severity=severity,
        )


def grade(ctx: CheckContext, issue: QuoteIssue) -> tuple[Severity, str]:
    """Major with evidence that words changed voice, else minor (a mark missing at an edge)."""
    if issue.kind in ("empty_quote", "reopened"):
        return Severity.MAJOR, ""
    if issue.kind == "unclosed":
        return grade_unclosed(ctx, issue)
    return grade_stray(ctx, issue)


def grade_unclosed(ctx: CheckContext, issue: QuoteIssue) -> tuple[Severity, str]:
    """Major when the open quotation runs into the attribution or quotes nothing at all."""
    text = ctx.doc.text
    if swallows_attribution(text[issue.start : issue.end]):
        return Severity.MAJOR, ATTRIBUTED
    quoted, before = text[issue.start + 1 : issue.end], text[paragraph_start(ctx, issue.mark) : issue.start]
    if runs_past_its_sentence(quoted, before):
        return Severity.MAJOR, RUN_ON
    # An opening mark that quotes nothing after words of the paragraph: a detached mark.
    dangling = text[issue.mark] in OPENERS and not any(map(str.isalnum, quoted))
    has_words = any(map(str.isalnum, before))
    return (Severity.MAJOR if dangling and has_words else Severity.MINOR), ""


def runs_past_its_sentence(quoted: str, before: str) -> bool:
    """A partial quotation (opened mid-sentence on a lower-case word, nothing quoted before
    it in the paragraph) that runs on over a sentence end: it swallows the writer's words."""
    head = quoted.lstrip()
    if not head[:1].islower() or MARKS.search(before) or not any(map(str.isalnum, before)):
        return False
    return SENTENCE_END.search(head) is not None


def grade_stray(ctx: CheckContext, issue: QuoteIssue) -> tuple[Severity, str]:
    """Major after a quotation closed in the same paragraph, when detached from its words,
    or when an attribution follows it (…,” the minister said) although nothing was opened."""
    text = ctx.doc.text
    closed_before = bool(text[paragraph_start(ctx, issue.mark) : issue.start].strip())
    # A closing mark with a space before it and words after it: "the talks were ” productive".
    end = paragraph_end(ctx, issue.mark)
    detached = text[issue.mark - 1 : issue.mark].isspace() and any(map(str.isalnum, text[issue.mark : end]))
    if ATTRIBUTION_AFTER.match(text, issue.mark + 1, end):
        return Severity.MAJOR, UNOPENED
    return (Severity.MAJOR if closed_before or detached else Severity.MINOR), ""


def paragraph_start(ctx: CheckContext, offset: int) -> int:
    """Where the (reflowed) paragraph holding `offset` starts."""
    paragraphs, _ = paragraphs_and_sentences(ctx)
    i = bisect.bisect_right(paragraphs, (offset, sys.maxsize)) - 1
    return paragraphs[i].start if i >= 0 else 0


def paragraph_end(ctx: CheckContext, offset: int) -> int:
    """Where the (reflowed) paragraph holding `offset` ends."""
    paragraphs, _ = paragraphs_and_sentences(ctx)
    i = bisect.bisect_right(paragraphs, (offset, sys.maxsize)) - 1
    return paragraphs[i].end if i >= 0 else len(ctx.doc.text)


def swallows_attribution(quoted: str) -> bool:
    """True when an open quotation runs on into "…, the minister said" after some words of its own."""
    m = ATTRIBUTION.search(quoted)
    return m is not None and len(WORD.findall(quoted, 0, m.start())) >= MIN_QUOTED_WORDS


def continued(issues: list[QuoteIssue]) -> set[int]:
    """Indexes of an unclosed quotation and the stray closing mark right after it: one
    quotation over several paragraphs whose reopening marks are missing, a style slip."""
    out: set[int] = set()
    for i in range(len(issues) - 1):
        if issues[i].kind == "unclosed" and issues[i + 1].kind == "stray_close":
            out.update((i, i + 1))
    return out
