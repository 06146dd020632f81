"""Where quotations open and close, paragraph by paragraph, and where the marks go wrong.

Wire style (AP Stylebook, "quotation marks"): a quotation running over several
paragraphs leaves the closing mark off every paragraph but the last and reopens each new
paragraph with an opening mark; that is not an error. Single marks are not tracked:
’ doubles as the apostrophe. A straight " opens when nothing is open (unless it is glued
to the word before it and followed by a space: then it closes one never opened) and
closes otherwise;
a " (or a lone ”) right after a digit is an inch mark (5’11”), unless a quotation is open
and the digit does not end a height.
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


def _role(text: str, i: int, is_open: bool) -> str:
    """'open', 'close' or '' for the character at i."""
    ch = text[i]
    if ch in OPENERS:
        return "open"
    after_digit = i > 0 and text[i - 1].isdigit()
    if ch in CLOSERS:
        return "" if after_digit and not is_open else "close"
    if ch == STRAIGHT and not after_digit:
        return "close" if is_open or _closes_by_position(text, i) else "open"
    # In an open quotation a " after a digit closes it ("… Fund No. 1"), unless it ends a
    # height in feet and inches (5'11").
    if ch == STRAIGHT and is_open and not FEET_INCHES.search(text, max(0, i - 8), i):
        return "close"
    return ""


def _closes_by_position(text: str, i: int) -> bool:
    """A straight mark glued to the word before it and followed by a space closes ("rails," she)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalpha() or before in ".,!?;") and (after.isspace() or after in ".,;:)")


def _starts_with_opener(text: str, span: Span | None) -> bool:
    if span is None:
        return False
    head = text[span.start : span.end].lstrip()
    return bool(head) and (head[0] in OPENERS or head[0] == STRAIGHT)


def scan_paragraph(text: str, para: Span, next_para: Span | None, scan: QuoteScan) -> None:
    """Add the paragraph's quoted spans and quote issues to `scan`."""
    open_at: int | None = None
    last_close = para.start
    for m in MARKS.finditer(text, para.start, para.end):
        i = m.start()
        role = _role(text, i, open_at is not None)
        if role == "open" and open_at is not None:
            scan.issues.append(QuoteIssue("reopened", open_at, i + 1, i))
            scan.quoted.append(Span(open_at, i))
            open_at = i
        elif role == "open":
            open_at = i
        elif role == "close" and open_at is None:
            scan.issues.append(QuoteIssue("stray_close", last_close, i + 1, i))
            last_close = i + 1
        elif role == "close" and open_at is not None:
            if ALNUM.search(text, open_at + 1, i) is None:
                scan.issues.append(QuoteIssue("empty_quote", open_at, i + 1, i))
            scan.quoted.append(Span(open_at, i + 1))
            open_at, last_close = None, i + 1
    if open_at is not None:
        scan.quoted.append(Span(open_at, para.end))
        if not _starts_with_opener(text, next_para):
            scan.issues.append(QuoteIssue("unclosed", open_at, para.end, open_at))


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
