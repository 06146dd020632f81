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

from audit.checks.names.office.phrases import qualifier_of
from audit.checks.names.office.words import place_forms, word_set
from audit.glossary.index import Mention
from audit.glossary.model import Entry
from audit.text.document import Document
from audit.text.lexicon import is_common
from audit.text.spans import Token

JOIN_RE = re.compile(r"(?:['’]s)?[ \t]?-?[ \t]?")  # what may sit between words of one phrase
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


def joined(doc: Document, a: Token, b: Token) -> bool:
    """True when b follows a within one phrase (a space, a hyphen or a possessive between)."""
    gap = doc.text[a.end : b.start]
    if gap.startswith(".") and len(a.text) == 1:  # the dots of an abbreviation: "U.S. President"
        return JOIN_RE.fullmatch(gap[1:]) is not None
    return bool(gap) and len(gap) <= 4 and JOIN_RE.fullmatch(gap) is not None


def place_at(doc: Document, tokens: list[Token], index: object) -> str | None:
    """The country/organisation these tokens name in the text, honouring case."""
    if not tokens or not tokens[0].capitalized:
        return None
    key = tuple(t.key for t in tokens)
    forms = place_forms().get(key, ())
    if not forms and not (index is not None and key in getattr(index, "forms", {})):
        return None
    if any(not joined(doc, a, b) for a, b in itertools.pairwise(tokens)):
        return None
    surface = doc.text[tokens[0].start : tokens[-1].end]
    if forms and all(f.strict_case and _letters(f.surface) != _letters(surface) for f in forms):
        return None
    return qualifier_of(key, index)


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def scan_titles(
    doc: Document, forms: dict[tuple[str, ...], str], starts: dict[str, tuple[int, ...]]
) -> list[tuple[int, int, str]]:
    """(first token, end token, core) of every title, longest match first, left to right."""
    tokens, out, i = doc.tokens, [], 0
    keys = [t.key for t in tokens]
    while i < len(keys):
        lengths = starts.get(keys[i])
        if lengths:
            for n in lengths:
                core = forms.get(tuple(keys[i : i + n]))
                if core and all(joined(doc, a, b) for a, b in itertools.pairwise(tokens[i : i + n])):
                    out.append((i, i + n, core))
                    i += n - 1
                    break
        i += 1
    return out


def left_context(doc: Document, i: int, index: object) -> tuple[str | None, bool, int] | None:
    """(qualifier, current, first token) of the words before a title; None for another office."""
    tokens, qualifier, current, k = doc.tokens, None, True, i
    other, not_current, neutral = word_set("other"), word_set("not-current"), word_set("current")
    while k > 0 and i - k < 6 and joined(doc, tokens[k - 1], tokens[k]):
        found = _place_ending_at(doc, k, index) if qualifier is None else None
        if found:
            qualifier, k = found
            continue
        word = tokens[k - 1].key
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


def _place_ending_at(doc: Document, k: int, index: object) -> tuple[str, int] | None:
    for n in range(min(4, k), 0, -1):
        place = place_at(doc, doc.tokens[k - n : k], index)
        if place:
            return place, k - n
    return None


def right_context(doc: Document, j: int, index: object) -> tuple[str | None, bool, int]:
    """(qualifier from "of X", current, next token) of the words after a title."""
    tokens, qualifier, current = doc.tokens, None, True
    if j < len(tokens) and joined(doc, tokens[j - 1], tokens[j]) and tokens[j].key in word_set("not-current"):
        current, j = False, j + 1
    if j + 1 < len(tokens) and tokens[j].key == "of":
        start = j + 2 if tokens[j + 1].key == "the" else j + 1
        for n in range(min(4, len(tokens) - start), 0, -1):
            place = place_at(doc, tokens[start : start + n], index)
            if place:
                return place, current, start + n
    return qualifier, current, j


def name_after(doc: Document, j: int, mentions: dict[int, Mention]) -> tuple[int, int] | None:
    """Token range of the name right after a title ("... Minister Suh Wook")."""
    tokens = doc.tokens
    if j >= len(tokens) or doc.text[tokens[j - 1].end : tokens[j].start] not in (" ", "\u00a0"):
        return None
    exact = mentions.get(tokens[j].start)
    if exact is not None:
        return exact.first_token, exact.first_token + exact.n_tokens
    k = j
    while k < len(tokens) and k - j < MAX_NAME_WORDS and _name_word(doc, j, k):
        k += 1
    return (j, k) if k > j and _plausible(tokens[j:k]) else None


def _name_word(doc: Document, j: int, k: int) -> bool:
    t = doc.tokens[k]
    if k == j:
        return t.capitalized
    gap = doc.text[doc.tokens[k - 1].end : t.start]
    if gap == "-":
        return True
    if gap != " ":
        return False
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return t.capitalized or (t.key in PARTICLES and nxt is not None and nxt.capitalized)


def name_before(doc: Document, k: int, mentions: dict[int, Mention]) -> tuple[int, int] | None:
    """Token range of the name in "Suh Wook, the defense minister" (k: first token of the title)."""
    tokens = doc.tokens
    if k == 0 or not re.fullmatch(r",\s", doc.text[tokens[k - 1].end : tokens[k].start]):
        return None
    for m in mentions.values():
        if m.end == tokens[k - 1].end:
            return m.first_token, m.first_token + m.n_tokens
    a = k - 1
    while a > 0 and k - a < MAX_NAME_WORDS and _name_word(doc, a - 1, a):
        a -= 1
    while a < k - 1 and is_common(tokens[a].text) and doc.text[tokens[a].end] == " ":
        a += 1
    return (a, k) if tokens[a].capitalized and _plausible(tokens[a:k]) else None


def _plausible(words: list[Token]) -> bool:
    """Not a run of ordinary capitalised words ("Monday", "The Pentagon Said")."""
    return not all(is_common(t.text) for t in words)
