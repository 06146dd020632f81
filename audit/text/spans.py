"""Half-open character ranges into a document's decoded text."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


class Token(NamedTuple):
    """A word of the document: surface text (possessive stripped) and its normal form."""

    start: int
    end: int
    text: str
    key: str
    index: int  # type: ignore[assignment]  # position in Document.tokens (shadows tuple.index)

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()
