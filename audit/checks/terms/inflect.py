"""Inflection-blind keys for the calque lexicon: "social plans" is the listed "social plan".

Machine translation writes a listed calque in whatever number, tense or determiner the
sentence needs ("sent to preventive prison", "the preventive prisons", "president of
government"). Both the lexicon's forms and the article's tokens are reduced to crude
stems (plural -s/-es/-ies, verb -ed/-ing/-e); a form of one word keeps its exact spelling,
since "effectives" and "presidentials" are calques where "effective" and "presidential"
are not. Optional articles inside a form are spelled out as variants.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

ARTICLES = frozenset(["the", "a", "an"])
# Prepositions after which a form may gain or lose "the" ("president of (the) government").
LINKS = frozenset(["of", "to", "at", "in", "on", "for", "from", "under", "into"])
_KEEP_S = ("ss", "us", "is", "ys", "os")  # "press", "status", "crisis", "days" stays singular-less
_DOUBLES = frozenset("bdgmnprt")


def _undouble(word: str) -> str:
    """ "planned" → "plan" after the suffix went; "ll", "ss", "ff" stay ("falling" → "fall")."""
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in _DOUBLES:
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem shared by a word's plural, -ed, -ing and base forms."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("ing") and len(word) > 5:
        return _undouble(word[:-3]).removesuffix("e")
    if word.endswith("ed") and len(word) > 4:
        return _undouble(word[:-2]).removesuffix("e")
    if word.endswith("s") and not word.endswith(_KEEP_S):
        word = word[:-1]
    return word.removesuffix("e") if len(word) > 3 else word


def variants(key: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The form, without the articles inside it, and with "the" after an inner preposition."""
    yield key
    inner = range(1, len(key) - 1)
    dropped = tuple(w for i, w in enumerate(key) if not (i in inner and w in ARTICLES))
    if len(dropped) != len(key) and len(dropped) > 1:
        yield dropped
    added: list[str] = []
    for i, w in enumerate(key):
        added.append(w)
        if i in inner and w in LINKS and key[i + 1] not in ARTICLES:
            added.append("the")
    if len(added) != len(key):
        yield tuple(added)
