"""Where quotations open and close, paragraph by paragraph, and where the marks go wrong.

Wire style (AP Stylebook, "quotation marks"): a quotation running over several
paragraphs leaves the closing mark off every paragraph but the last and reopens each new
paragraph with an opening mark; that is not an error. Single marks are not tracked:
’ doubles as the apostrophe. A straight " is read by its position: glued to the word
after it and spaced from the one before, it opens (inside an open quotation it opens a
nested one: "the "Plan" of …"); glued to the word before it and spaced from the one
after, or ending a line, it closes; otherwise it closes an open quotation and opens one
when none is open. A " (or a lone ”) right after a digit is an inch mark (5’11”),
unless a quotation is open and the digit does not end a height. A mark between two
letters (I”ll) is a slipped apostrophe, and a ” glued to the next word with nothing open
opens (”sick”, the Nordic and Hebrew style).
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from operator import itemgetter

from audit.text.spans import Span

OPENERS = "“«"
CLOSERS = "”»"
STRAIGHT = '"'
_FAR = sys.maxsize
MARKS = re.compile(f"[{OPENERS}{CLOSERS}{STRAIGHT}]")
FEET_INCHES = re.compile(r"\d['’′]\s?\d{1,2}$")
ALNUM = re.compile(r"[^\W_]")  # str.isalnum: \w is isalnum or "_"
OPEN_BEFORE = "([{—–-/"  # a mark after these (or a space) leans to opening
CLOSE_BEFORE = ".,!?;:…)]’'"  # a mark after these (or a letter) leans to closing
CLOSE_AFTER = ".,;:!?)]…–—"  # a mark before these (or a space) leans to closing


@dataclass(frozen=True)
class QuoteIssue:
    """A misplaced mark: `kind` is stray_close, empty_quote, reopened or unclosed."""

    kind: str
    start: int
    end: int
    mark: int  # offset of the offending mark


@dataclass
class QuoteScan:
    quoted: list[Span] = field(default_factory=list)
    issues: list[QuoteIssue] = field(default_factory=list)

    def inside(self, offset: int) -> bool:
        """True when `offset` lies within a quotation (spans are in text order, disjoint)."""
        i = bisect.bisect_right(self.quoted, (offset, _FAR)) - 1
        return i >= 0 and self.quoted[i].start <= offset < self.quoted[i].end


def _around(text: str, i: int, end: int) -> tuple[str, str]:
    """The characters either side of text[i:end] (a space beyond either end)."""
    return (text[i - 1] if i else " "), (text[end] if end < len(text) else " ")


def _mark_end(text: str, i: int) -> int:
    """End of the mark at i: a doubled straight "" glued to a word is one mark (CSV escaping)."""
    if text.startswith('""', i):
        before, after = _around(text, i, i + 2)
        if before.isalnum() or after.isalnum():
            return i + 2
    return i + 1


def _leans_open(before: str, after: str) -> bool:
    return (before.isspace() or before in OPEN_BEFORE) and not (after.isspace() or after in CLOSE_AFTER)


def _leans_close(before: str, after: str) -> bool:
    return (before.isalnum() or before in CLOSE_BEFORE) and (after.isspace() or after in CLOSE_AFTER)


def _role(text: str, i: int, end: int, depth: int) -> str:
    """'open', 'nest' (a nested opening), 'close' or '' for the mark text[i:end]."""
    ch = text[i]
    before, after = _around(text, i, end)
    if before.isalpha() and after.isalpha() and ch != "“":
        return ""  # I”ll: an apostrophe typed as a quotation mark
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        if depth == 0 and (before.isdigit() or (_leans_open(before, after) and after.isalnum())):
            return "open" if not before.isdigit() else ""
        return "close"
    if before.isdigit():
        # In an open quotation a " after a digit closes it ("… Fund No. 1"), unless it ends a
        # height in feet and inches (5'11").
        return "close" if depth and not FEET_INCHES.search(text, max(0, i - 8), i) else ""
    if depth and _leans_open(before, after) and not _leans_close(before, after):
        return "nest"
    at_line_end = text[end : end + 1] in ("", "\n", "\r")  # a mark ending a line opens nothing
    return "close" if depth or at_line_end or _leans_close(before, after) else "open"


def _starts_with_opener(text: str, span: Span | None) -> bool:
    if span is None:
        return False
    head = text[span.start : span.end].lstrip()
    return bool(head) and (head[0] in OPENERS or head[0] == STRAIGHT)


def _close(text: str, stack: list[int], i: int, scan: QuoteScan) -> None:
    """Close the innermost open quotation at i; the outermost one records its span."""
    start = stack.pop()
    if not text[start + 1 : i].strip():
        scan.issues.append(QuoteIssue("empty_quote", start, i + 1, i))
    if not stack:
        scan.quoted.append(Span(start, i + 1))


def scan_paragraph(text: str, para: Span, next_para: Span | None, scan: QuoteScan) -> None:
    """Add the paragraph's quoted spans and quote issues to `scan`."""
    stack: list[int] = []  # offsets of the open marks, outermost first
    last_close = skip = para.start
    for m in MARKS.finditer(text, para.start, para.end):
        i = m.start()
        if i < skip:
            continue
        skip = _mark_end(text, i)
        role = _role(text, i, skip, len(stack))
        if role == "open" and stack:
            scan.issues.append(QuoteIssue("reopened", stack[0], i + 1, i))
            scan.quoted.append(Span(stack[0], i))
            stack = [i]
        elif role in ("open", "nest"):
            stack.append(i)
        elif role == "close" and not stack:
            scan.issues.append(QuoteIssue("stray_close", last_close, skip, i))
            last_close = skip
        elif role == "close":
            _close(text, stack, skip - 1, scan)
            last_close = skip
    if stack:
        scan.quoted.append(Span(stack[0], para.end))
        if not _starts_with_opener(text, next_para):
            scan.issues.append(QuoteIssue("unclosed", stack[0], para.end, stack[0]))


def _marked(text: str, paragraphs: list[Span]) -> list[int]:
    """Indexes of the paragraphs that hold a quotation mark, in text order.

    Most paragraphs have none, and str.find jumps from mark to mark in C where MARKS
    would test every character.
    """
    starts = list(map(itemgetter(0), paragraphs))
    found = set()
    for mark in OPENERS + CLOSERS + STRAIGHT:
        i = text.find(mark)
        while i >= 0:
            found.add(bisect.bisect_right(starts, i) - 1)  # the paragraph starting last before i
            i = text.find(mark, i + 1)
    found.discard(-1)
    return sorted(found)


def scan_quotes(text: str, paragraphs: list[Span]) -> QuoteScan:
    """Quoted spans and quote-mark issues of a whole document."""
    scan = QuoteScan()
    for n in _marked(text, paragraphs):  # a paragraph without marks adds nothing
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        scan_paragraph(text, paragraphs[n], nxt, scan)
    return scan
