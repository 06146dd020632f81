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
from itertools import compress, repeat
from operator import attrgetter

from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.spans import Token

JOINERS = frozenset([" ", "-", "‐"])
STUTTER = re.compile(r"(\w{2,4})\1")
LONGEST_STUTTERED = 64  # see similarity.LONGEST_FUZZY
_TEXT = attrgetter("text")
_START = attrgetter("start")
PLACE_WORDS = frozenset(["in", "to", "from", "at", "near", "into", "across", "toward", "towards"])


def sentence_openers(doc: Document) -> set[int]:
    """Indexes of the first token of every sentence."""
    starts = doc.token_starts
    return set(map(bisect.bisect_left, repeat(starts), map(_START, doc.sentences)))  # C-level passes


def is_name_token(token: Token, openers: set[int]) -> bool:
    """A capitalised word that is not an acronym, a number, or a common word opening a sentence."""
    return _name_shaped(token.text) and not (token.index in openers and is_common(token.text))


@lru_cache(maxsize=65536)
def _name_shaped(t: str) -> bool:
    """Capitalised, all letters, not an acronym: a property of the word, so cached."""
    return t[:1].isupper() and t.isalpha() and not (t.isupper() and len(t) > 1)


class NameView:
    """Names of one document: each name token, and the full-name runs they belong to."""

    def __init__(
        self,
        tokens: list[Token],
        runs: list[tuple[Token, ...]],
        by_key: dict[str, list[Token]] | None = None,
    ) -> None:
        self.tokens = tokens
        self.runs = runs
        if by_key is not None:  # name_view groups the tokens while it builds the runs
            self.__dict__["by_key"] = by_key

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

    @cached_property
    def full_names(self) -> list[tuple[Token, ...]]:
        """The runs of two or more words, in text order."""
        return [run for run in self.runs if len(run) >= 2]

    def introduced(self) -> set[str]:
        """Keys of every token that is the last word of a full name."""
        return {run[-1].key for run in self.full_names}

    @cached_property
    def in_full_names(self) -> set[str]:
        """Keys of every word of a full name (East Asian surnames come first: "Kim Jong Un")."""
        return {t.key for run in self.full_names for t in run}


def name_view(doc: Document) -> NameView:
    """The document's name tokens and their runs (see the module docstring)."""
    tokens, text = doc.tokens, doc.text
    # A token's first letter is the text's character at its start: one C-level pass over
    # the offsets keeps the capitalised tokens, and only those get the cached shape test.
    capitalised = list(compress(tokens, map(str.isupper, map(text.__getitem__, doc.token_starts))))
    shaped = compress(capitalised, map(_name_shaped, map(_TEXT, capitalised)))
    openers = sentence_openers(doc)
    names: list[Token] = []
    runs: list[list[Token]] = []
    by_key: dict[str, list[Token]] = {}
    last_index, last_end = -2, 0
    for t in shaped:
        index = t.index
        if index in openers and is_common(t.text):
            continue  # a common word that opens a sentence is no name
        names.append(t)
        if index == last_index + 1 and text[last_end : t.start] in JOINERS:
            runs[-1].append(t)
        else:
            runs.append([t])
        last_index, last_end = index, t.end
        if t.key in by_key:
            by_key[t.key].append(t)
        else:
            by_key[t.key] = [t]
    return NameView(names, list(map(tuple, runs)), by_key)


def destuttered(word: str) -> set[str]:
    """`word` with one doubled chunk of 2–4 letters removed ("Lavrovov" → {"Lavrov"})."""
    return set(destuttered_forms(word))


@lru_cache(maxsize=65536)
def destuttered_forms(word: str) -> tuple[str, ...]:
    """`destuttered` as a tuple, cached (names repeat), in the order a fresh set iterates them."""
    out: set[str] = set()
    if len(word) > LONGEST_STUTTERED:  # cubic below: no name is this long
        return ()
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
