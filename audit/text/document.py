"""The decoded article and the views of it that checks share (tokens, sentences, lines).

Views are computed once, on first use, so a check that needs only tokens never pays
for sentence splitting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from operator import add

from audit.text.normalize import WORD_RE, strip_possessive, token_key
from audit.text.sentences import split_sentences
from audit.text.spans import Span, Token

_tuple_new = tuple.__new__
# A line holding a non-space character (\S is not str.isspace), up to a final \r or the newline.
# Anchored at line starts (^): a search from every character of a long blank line would be quadratic.
_PARAGRAPH = re.compile(r"^[^\n]*\S[^\n]*?(?=\r?(?:\n|\Z))", re.MULTILINE)


@lru_cache(maxsize=65536)
def _surface_key(word: str) -> tuple[str, str]:
    """(surface without possessive, normal form) of a matched word; words repeat a lot."""
    surface = strip_possessive(word)
    return surface, token_key(surface)


@dataclass(eq=False)
class Document:
    """One article: where it came from, its decoded text and how it was decoded."""

    path: str
    text: str
    encoding: str = "utf-8"
    notes: tuple[str, ...] = field(default_factory=tuple)
    # The date an archive row gives (a date column): outranks the dateline (audit/text/datesources.py).
    date: dt.date | None = None

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find, i = self.text.find, self.text.find("\n")
        while i >= 0:  # str.find runs in C: ~20× faster than a Python loop over characters
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_span(self, line: int) -> Span:
        """The span of a 1-based line, without its newline."""
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return Span(start, end)

    @cached_property
    def tokens(self) -> list[Token]:
        # Hot path of every article (docs/performance.md): every step is a map() or zip()
        # that runs in C, and tuple.__new__ skips NamedTuple's Python-level __new__; a list
        # comprehension building the same tuples costs twice as much.
        matches = list(WORD_RE.finditer(self.text))
        starts = self.__dict__["token_starts"] = list(map(re.Match.start, matches))
        if not matches:
            self.__dict__["token_keys"] = []
            return []
        surfaces, keys = zip(*map(_surface_key, map(re.Match.group, matches)), strict=True)
        self.__dict__["token_keys"] = list(keys)
        ends = map(add, starts, map(len, surfaces))
        rows = zip(starts, ends, surfaces, keys, range(len(matches)), strict=True)
        return list(map(_tuple_new, repeat(Token), rows))

    @cached_property
    def words(self) -> int:
        return len(self.tokens)

    @cached_property
    def sentences(self) -> list[Span]:
        return split_sentences(self.text)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Non-blank lines, without a final \\r: wire copy puts one paragraph on a line."""
        # One regex pass and C-level maps, instead of a Python step per line.
        spans = map(re.Match.span, _PARAGRAPH.finditer(self.text))
        return list(map(_tuple_new, repeat(Span), spans))

    @cached_property
    def token_starts(self) -> list[int]:
        """Start offset of every token, for bisecting (shared by tokens_in and name checks)."""
        return [t.start for t in self.tokens]  # normally set by `tokens` as a by-product

    @cached_property
    def token_keys(self) -> list[str]:
        """Normal form of every token (`Token.key`), for scans that look only at keys."""
        return [t.key for t in self.tokens]  # normally set by `tokens` as a by-product

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def tokens_in(self, span: Span) -> list[Token]:
        """Tokens that start inside `span`."""
        lo = bisect.bisect_left(self.token_starts, span.start)
        hi = bisect.bisect_left(self.token_starts, span.end)
        return self.tokens[lo:hi]

    def sentence_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].contains(offset):
            return self.sentences[i]
        return None

    def paragraph_at(self, offset: int) -> Span | None:
        line, _ = self.locate(offset)
        span = self.line_span(line)
        return span if self.text[span.start : span.end].strip() else None

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]
