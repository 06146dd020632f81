"""What a sentence asserts, as comparable items: names, numbers, dates.

Items carry token positions (so that consensus can ask what another version says at the
same place) and keys that ignore spelling-neutral differences (demonyms, thousands
separators, relative years resolved against the article date).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from audit.text.dates import MONTHS
from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.spans import Span, Token
from audit.versions.words import FUTURE_MARKERS, NAME_PREFIXES, TITLES, same_name_word

NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}
NOT_NAMES = TITLES | WEEKDAYS | frozenset(MONTHS)


class Item(NamedTuple):
    """One comparable fact at tokens [first, last) of a sentence."""

    kind: str  # name | number | date
    key: Any
    first: int
    last: int


@dataclass
class Sentence:
    """Tokens and facts of one sentence (or two merged ones) of one version."""

    doc: Document
    spans: tuple[Span, ...]
    tokens: list[Token]
    items: list[Item]
    quoted: frozenset[int] = frozenset()  # indices of tokens inside quotation marks

    @cached_property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]

    @cached_property
    def future(self) -> bool:
        """Has a future marker: only then can its tense differ from another version's."""
        return any(k in FUTURE_MARKERS for k in self.keys)

    def text_of(self, first: int, last: int) -> str:
        if first >= last:
            return ""
        return self.doc.text[self.tokens[first].start : self.tokens[last - 1].end]

    def count(self, kind: str, same: Any) -> int:
        return sum(1 for it in self.items if it.kind == kind and same(it.key))


def analyse(
    doc: Document,
    spans: tuple[Span, ...],
    date: dt.date | None,
    known: Any = None,
    quotes: Sequence[Span] = (),
    lower: frozenset[str] = frozenset(),
) -> Sentence:
    """The sentence(s) at `spans` with their items; `known(key)` maps a name to its entity.

    `lower`: words the story also writes in lower case ("western Russia"): alone, they
    are adjectives or common nouns, not names.
    """
    tokens = [t for s in spans for t in doc.tokens_in(s)]
    items = [*numbers(doc.text, tokens), *dates(tokens, date)]
    if not _title_case(tokens):  # in a headline every word looks like a name
        found = names(doc.text, tokens, known)
        items.extend(
            it for it in found if max(map(len, it.key)) > 1 and not (len(it.key) == 1 and it.key[0] in lower)
        )
    quoted = frozenset(i for i, t in enumerate(tokens) if any(q.contains(t.start) for q in quotes))
    return Sentence(doc, spans, tokens, items, quoted)


def _title_case(tokens: list[Token]) -> bool:
    """A headline in title case: most ordinary words (not titles or dates) are capitalized."""
    plain = [t for t in tokens if len(t.text) > 3 and is_common(t.text) and t.key not in NOT_NAMES]
    return len(plain) >= 3 and sum(t.text[:1].isupper() for t in plain) >= 0.7 * len(plain)


def quotations(text: str) -> list[Span]:
    """Spans inside quotation marks; an unclosed quote runs to the end of its paragraph."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        opened = None
        for i, ch in enumerate(line):
            if ch == "“" or (ch == '"' and opened is None):
                opened = offset + i
            elif ch in '”"' and opened is not None:
                out.append(Span(opened, offset + i + 1))
                opened = None
        if opened is not None:
            out.append(Span(opened, offset + len(line)))
        offset += len(line)
    return out


def _name_word(text: str, tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    if not t.text[:1].isupper() or t.key in TITLES or t.key in MONTHS or t.key in WEEKDAYS:
        return False
    if t.key in NAME_PREFIXES:
        return i + 1 < len(tokens) and _name_word(text, tokens, i + 1)
    before = text[tokens[i - 1].end : t.start] if i else ""
    opening = i == 0 or any(c in before for c in '“"(:')
    follows_name = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
    return not (opening and is_common(t.text) and not follows_name)


def _joined(text: str, tokens: list[Token], j: int) -> bool:
    """Token j continues the name before it (one space, or a hyphen as in Yong-hyun)."""
    gap = text[tokens[j - 1].end : tokens[j].start]
    if gap == "-":
        return tokens[j].text[:1].isupper() or not is_common(tokens[j].text)
    return gap == " " and _name_word(text, tokens, j)


def names(text: str, tokens: list[Token], known: Any = None) -> list[Item]:
    """Runs of capitalized name words; key = the glossary entity when known, else the words."""
    out, i = [], 0
    while i < len(tokens):
        if not _name_word(text, tokens, i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _joined(text, tokens, j):
            j += 1
        key = tuple(t.key for t in tokens[i:j])
        out.append(Item("name", (known(key) if known else None) or key, i, j))
        i = j
    return out


@lru_cache(maxsize=65536)
def same_entity(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One names the other: equal, demonym of it, its last words (Singh / Sabrina Singh), or
    the same letters split differently (Cai Qi / Caiqi, Fang Fang / Fangfang)."""
    if len(a) != len(b) and "".join(a) == "".join(b):
        return True
    if len(a) > len(b):
        a, b = b, a
    tail = b[len(b) - len(a) :]
    return all(same_name_word(x, y) for x, y in zip(a, tail, strict=True))


@lru_cache(maxsize=65536)
def same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same name word for word, up to accepted variants and demonyms (Sino-Japanese /
    China-Japan) or word splits (Cai Qi / Caiqi); stricter than `same_entity`, which also
    takes a name's last words for the name ("Wealth Management" is not "ICBC Wealth
    Management")."""
    if "".join(a) == "".join(b):
        return True
    return len(a) == len(b) and all(same_name_word(x, y) for x, y in zip(a, b, strict=True))


def numbers(text: str, tokens: list[Token]) -> list[Item]:
    """Figures (10,000 / 2.5), keyed without separators; four-digit years are dates' business."""
    out: list[Item] = []
    if not tokens:
        return out
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [t.start for t in tokens]
    for m in NUMBER_RE.finditer(text, lo, hi):
        if len(m.group()) == 4 and m.group()[:2] in ("19", "20"):
            continue
        first = bisect.bisect_left(starts, m.start())
        last = bisect.bisect_left(starts, m.end())
        if first < last:
            out.append(Item("number", m.group().replace(",", ""), first, last))
    return out


def dates(tokens: list[Token], date: dt.date | None) -> list[Item]:
    """Month mentions resolved to (year, month): 'June' → this year's, 'June last year' → last.

    Without a known article date only an explicit year resolves; a bare or relative month
    keys (None, month): today's date would make "January" and "January 2023" disagree."""
    out = []
    for i, t in enumerate(tokens):
        month = MONTHS.get(t.key) if t.text[:1].isupper() and len(t.key) > 2 else None
        if not month:
            continue
        year, last = _year_after(tokens, i + 1, date)
        if year is None and date is not None:  # a bare month: the latest one up to the date
            year = date.year if month <= date.month else date.year - 1
        out.append(Item("date", (year, month), i, last))
    return out


def _year_after(tokens: list[Token], i: int, date: dt.date | None) -> tuple[int | None, int]:
    window = [t.key for t in tokens[i : i + 3]]
    for j, k in enumerate(window):
        if k.isdigit() and len(k) == 4:
            return int(k), i + j + 1
        if k in RELATIVE_YEAR and j + 1 < len(window) and window[j + 1] == "year":
            return (date.year + RELATIVE_YEAR[k] if date else None), i + j + 2
    return None, i
