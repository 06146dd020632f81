"""Capitalised words and runs of them: the raw material of in-article name checks.

No glossary is involved: a "name" is a capitalised token that is not capitalised merely
because it starts a sentence, and a "full name" is a run of two or more such tokens with
only a space or hyphen between them ("Sabrina Singh", "Kim Yong-hyun").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cached_property, lru_cache
from itertools import compress
from operator import attrgetter

from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.spans import Token

JOINERS = frozenset([" ", "-", "‐"])
STUTTER = re.compile(r"(\w{2,4})\1")
_TEXT = attrgetter("text")
PLACE_WORDS = frozenset(["in", "to", "from", "at", "near", "into", "across", "toward", "towards"])


def sentence_openers(doc: Document) -> set[int]:
    """Indexes of the first token of every sentence."""
    starts = doc.token_starts
    return {bisect.bisect_left(starts, s.start) for s in doc.sentences}


def is_name_token(token: Token, openers: set[int]) -> bool:
    """A capitalised word that is not an acronym, a number, or a common word opening a sentence."""
    return _name_shaped(token.text) and not (token.index in openers and is_common(token.text))


@lru_cache(maxsize=65536)
def _name_shaped(t: str) -> bool:
    """Capitalised, all letters, not an acronym: a property of the word, so cached."""
    return t[:1].isupper() and t.isalpha() and not (t.isupper() and len(t) > 1)


class NameView:
    """Names of one document: each name token, and the full-name runs they belong to."""

    def __init__(self, tokens: list[Token], runs: list[tuple[Token, ...]]) -> None:
        self.tokens = tokens
        self.runs = runs

    @cached_property
    def run_of(self) -> dict[int, tuple[Token, ...]]:
        """Token index → the run it belongs to."""
        return {t.index: run for run in self.runs for t in run}

    @cached_property
    def by_key(self) -> dict[str, list[Token]]:
        """Name key → its occurrences, in text order."""
        out: dict[str, list[Token]] = defaultdict(list)
        for t in self.tokens:
            out[t.key].append(t)
        return dict(out)

    def introduced(self) -> set[str]:
        """Keys of every token that is the last word of a full name."""
        return {run[-1].key for run in self.runs if len(run) >= 2}

    @cached_property
    def in_full_names(self) -> set[str]:
        """Keys of every word of a full name (East Asian surnames come first: "Kim Jong Un")."""
        return {t.key for run in self.runs if len(run) >= 2 for t in run}


def name_view(doc: Document) -> NameView:
    """The document's name tokens and their runs (see the module docstring)."""
    tokens, text = doc.tokens, doc.text
    # One cached shape test per token, in C (map), then only the few sentence openers are
    # looked at in Python: a common word that opens a sentence is no name.
    flags = list(map(_name_shaped, map(_TEXT, tokens)))
    for i in sentence_openers(doc):
        if i < len(flags) and flags[i] and is_common(tokens[i].text):
            flags[i] = False
    names = list(compress(tokens, flags))
    runs: list[list[Token]] = []
    last = None
    for t in names:
        if last is not None and last.index == t.index - 1 and text[last.end : t.start] in JOINERS:
            runs[-1].append(t)
        else:
            runs.append([t])
        last = t
    return NameView(names, [tuple(r) for r in runs])


def destuttered(word: str) -> set[str]:
    """`word` with one doubled chunk of 2–4 letters removed ("Lavrovov" → {"Lavrov"})."""
    return set(destuttered_forms(word))


@lru_cache(maxsize=65536)
def destuttered_forms(word: str) -> tuple[str, ...]:
    """`destuttered` as a tuple, cached (names repeat), in the order a fresh set iterates them."""
    out = set()
    for m in STUTTER.finditer(word):
        for size in range(2, 5):
            for i in range(max(0, m.start() - 4), len(word) - 2 * size + 1):
                if word[i : i + size] == word[i + size : i + 2 * size]:
                    out.add(word[: i + size] + word[i + 2 * size :])
    return tuple(out)


def used_as_place(doc: Document, token: Token) -> bool:
    """True when a preposition of place comes right before the token ("in Kursk")."""
    before = [t.key for t in doc.tokens[max(token.index - 2, 0) : token.index]]
    return bool(before) and before[-1] in PLACE_WORDS and before != ["according", "to"]
