"""The name lexicon: every name the archive prints, how often, when, with which titles.

Built by `LexiconBuilder` one article at a time; `finish` clusters spelling variants
and returns plain JSON-ready data (lists and dicts, sorted, so files are reproducible).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from audit.house.cluster import cluster_words
from audit.house.mentions import Mention, mentions
from audit.text.document import Document

MIN_NAME_COUNT = 2  # a name printed once is kept out of the lexicon (typos, one-offs)


def _span(old: list[str] | None, day: dt.date | None) -> list[str] | None:
    """[first, last] seen, widened by one date."""
    if day is None:
        return old
    iso = day.isoformat()
    return [min(old[0], iso), max(old[1], iso)] if old else [iso, iso]


@dataclass
class NameStats:
    """What the archive says about one name key."""

    count: int = 0
    forms: Counter[str] = field(default_factory=Counter)
    seen: list[str] | None = None
    titles: dict[str, list[Any]] = field(default_factory=dict)  # title → [count, first, last]
    said: int = 0
    place: int = 0
    acronym: bool = False

    def add(self, m: Mention, day: dt.date | None) -> None:
        self.count += 1
        self.forms[m.surface] += 1
        self.seen = _span(self.seen, day)
        self.said += m.said
        self.place += m.place
        self.acronym = self.acronym or m.acronym
        if m.title:
            old = self.titles.get(m.title)
            span = _span(old[1:] if old and old[1] else None, day)
            self.titles[m.title] = [(old[0] if old else 0) + 1, *(span or ["", ""])]


@dataclass
class LexiconBuilder:
    """Accumulates names, name words and every word key over the archive."""

    names: dict[tuple[str, ...], NameStats] = field(default_factory=dict)
    name_words: Counter[str] = field(default_factory=Counter)
    word_forms: dict[str, Counter[str]] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)
    lower: set[str] = field(default_factory=set)  # keys also printed in lowercase (ordinary words)

    def add(self, doc: Document, day: dt.date | None) -> None:
        self.words.update(doc.token_keys)
        self.lower.update(t.key for t in doc.tokens if t.text.islower())
        for m in mentions(doc):
            self.names.setdefault(m.key, NameStats()).add(m, day)
            if m.acronym:
                continue
            for key, surface in zip(m.key, m.words, strict=True):
                if not surface[:1].isupper():
                    continue  # a hyphened syllable ("Jong-un"): part of a name, no name word of its own
                self.name_words[key] += 1
                self.word_forms.setdefault(key, Counter())[surface] += 1

    def finish(self) -> dict[str, Any]:
        """The lexicon as JSON-ready data."""
        kept = {w: n for w, n in self.name_words.items() if n >= MIN_NAME_COUNT}
        dominant = cluster_words(kept)
        return {
            "names": [_name_record(k, s) for k, s in _ranked(self.names) if s.count >= MIN_NAME_COUNT],
            "tokens": {w: [_top(self.word_forms[w]), n, dominant[w]] for w, n in sorted(kept.items())},
            "words": sorted(self.words),
            "lower": sorted(self.lower & set(self.name_words)),
        }


def _ranked(names: dict[tuple[str, ...], NameStats]) -> list[tuple[tuple[str, ...], NameStats]]:
    return sorted(names.items(), key=lambda kv: (-kv[1].count, kv[0]))


def _top(forms: Counter[str]) -> str:
    """The most printed surface (ties: alphabetical), so output never depends on order."""
    return min(forms, key=lambda f: (-forms[f], f))


def _name_record(key: tuple[str, ...], s: NameStats) -> dict[str, Any]:
    return {
        "form": _top(s.forms),
        "key": list(key),
        "count": s.count,
        "forms": dict(sorted(s.forms.items())),
        "seen": s.seen,
        "titles": dict(sorted(s.titles.items())),
        "said": s.said,
        "place": s.place,
        "acronym": s.acronym,
    }
