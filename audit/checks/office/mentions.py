"""Where copy attaches an office to a name: "South Korean Defense Minister Suh Wook",
"Suh Wook, the defense minister", "Minister of Defense of Ukraine Rustem Umerov".

A title is any wording of a core the glossary knows (see phrases.core_forms); the words
around it give its qualifier ("South Korean", "Ukraine's", "of Ukraine"), whether it is
current ("former", "then-", "-elect" are not) and the name it is attached to.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from itertools import compress

from audit.checks.office.phrases import Places
from audit.glossary.model import Entry
from audit.match.office_words import place_forms, word_set
from audit.text.document import Document
from audit.text.spans import Token

JOIN_RE = re.compile(r"(?:['’]s)?[ \t]?-?[ \t]?")  # what may sit between words of one phrase
# Typographic spaces and hyphens read as plain ones (no-break space, non-breaking hyphen...).
_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2010": "-", "\u2011": "-"})
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "del", "du", "bin", "al", "el", "la", "le"})
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class OfficeMention:
    """One office attached to one name, with what the text says about it."""

    core: str
    qualifier: str | None
    current: bool
    title_start: int
    title_end: int
    name_start: int
    name_end: int
    name: str
    persons: tuple[Entry, ...]  # glossary people the name is an exact form of; () if unknown
    words: int  # words in the name


def gap_between(doc: Document, a: Token, b: Token) -> str:
    """The text between two tokens, with typographic spaces and hyphens made plain."""
    return doc.text[a.end : b.start].translate(_PLAIN)


def joined(doc: Document, a: Token, b: Token) -> bool:
    """True when b follows a within one phrase (a space, a hyphen or a possessive between)."""
    gap = gap_between(doc, a, b)
    if gap.startswith(".") and len(a.text) == 1:  # the dots of an abbreviation: "U.S. President"
        return JOIN_RE.fullmatch(gap[1:]) is not None
    return bool(gap) and len(gap) <= 4 and JOIN_RE.fullmatch(gap) is not None


def place_at(doc: Document, tokens: list[Token], places: Places) -> str | None:
    """The country/organisation these tokens name in the text, honouring case."""
    if not tokens or tokens[0].key not in places.first_words or not tokens[0].capitalized:
        return None
    key = tuple(t.key for t in tokens)
    forms = place_forms().get(key, ())
    if not places.knows(key):
        return None
    if any(not joined(doc, a, b) for a, b in itertools.pairwise(tokens)):
        return None
    surface = doc.text[tokens[0].start : tokens[-1].end]
    if forms and all(f.strict_case and _letters(f.surface) != _letters(surface) for f in forms):
        return None
    return places.of(key)


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def scan_titles(
    doc: Document, forms: dict[tuple[str, ...], str], starts: dict[str, tuple[int, ...]]
) -> list[tuple[int, int, str]]:
    """(first token, end token, core) of every title, longest match first, left to right."""
    tokens, keys = doc.tokens, doc.token_keys
    out: list[tuple[int, int, str]] = []
    done = 0
    # compress/map run in C: the first words of titles are rare, the tokens many
    for i in compress(range(len(keys)), map(starts.__contains__, keys)):
        if i < done:
            continue
        for n in starts[keys[i]]:
            core = forms.get(tuple(keys[i : i + n]))
            if core and all(joined(doc, a, b) for a, b in itertools.pairwise(tokens[i : i + n])):
                out.append((i, i + n, core))
                done = i + n
                break
    return out


def left_context(doc: Document, i: int, places: Places) -> tuple[str | None, bool, int] | None:
    """(qualifier, current, first token) of the words before a title; None for another office."""
    tokens, qualifier, current, k = doc.tokens, None, True, i
    other, not_current, neutral = word_set("other"), word_set("not-current"), word_set("current")
    while k > 0 and i - k < 6 and joined(doc, tokens[k - 1], tokens[k]):
        found = place_ending_at(doc, k, places) if qualifier is None else None
        if found:
            qualifier, k = found
            continue
        word = tokens[k - 1].key
        if (
            k >= 2
            and doc.text[tokens[k - 2].end : tokens[k - 1].start] == "-"
            and not tokens[k - 2].capitalized
        ):
            k -= 2  # a hyphenated adjective: "pro-Western President", "ex-Soviet"
            continue
        if word in other or (k == i and _compounds(doc, tokens[k - 1])):
            return None
        if word not in not_current and word not in neutral:
            break
        current = current and word not in not_current
        k -= 1
    return qualifier, current, k


def _compounds(doc: Document, t: Token) -> bool:
    """A word that makes the title part of another office ("party leader", "FA President")."""
    if t.key in word_set("compound"):
        return True
    before = doc.text[max(0, t.start - 3) : t.start].strip()
    initial = not before or before[-1] in ".!?:;\"“”'‘’—–("
    return t.capitalized and not initial and t.key not in word_set("calendar")


def place_ending_at(doc: Document, k: int, places: Places) -> tuple[str, int] | None:
    """(place, first token) of a country or organisation named by the tokens ending at k."""
    for n in range(min(4, k), 0, -1):
        place = place_at(doc, doc.tokens[k - n : k], places)
        if place:
            return place, k - n
    return None


def right_context(doc: Document, j: int, places: Places) -> tuple[str | None, bool, int]:
    """(qualifier from "of X", current, next token) of the words after a title."""
    tokens, qualifier, current = doc.tokens, None, True
    if j < len(tokens) and joined(doc, tokens[j - 1], tokens[j]) and tokens[j].key in word_set("not-current"):
        current, j = False, j + 1
    if j + 1 < len(tokens) and tokens[j].key == "of":
        start = j + 2 if tokens[j + 1].key == "the" else j + 1
        for n in range(min(4, len(tokens) - start), 0, -1):
            place = place_at(doc, tokens[start : start + n], places)
            if place:
                return place, current, start + n
    return qualifier, current, j
