"""Office titles as comparable keys: who ("South Korean") and what ("defense minister").

"U.S. secretary of defense", "Defence Secretary" and "minister of national defense" differ
only in word order, spelling and head word; `core_of` maps them to one core
("defense minister"). The qualifier (a country or organisation) comes from the data file
of countries and demonyms, or from a place/org entry of the glossary ("Pentagon").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from audit.match.office_words import Key, fields, place_forms, word_set
from audit.text.normalize import WORD_RE, key_text, name_key

HEAD = "minister"
PRIME_MINISTER = "prime minister"


@dataclass(frozen=True)
class OfficeKey:
    """An office reduced to its qualifier (place id or None) and its canonical core."""

    qualifier: str | None
    core: str

    def fits(self, qualifier: str | None) -> bool:
        """A mention without a country fits any; a role without one fits only such mentions."""
        return qualifier is None or qualifier == self.qualifier


def core_of(tokens: Key) -> str:
    """The canonical core of a title without qualifier ("secretary of defence" → "defense minister")."""
    heads, table = word_set("head"), fields()
    if tokens == ("premier",):  # China's official English title, and the press's for any head of government
        return PRIME_MINISTER
    rest = tokens
    if rest[:4] == ("secretary", "of", "state", "for"):
        rest = ("secretary", "for", *rest[4:])
    if len(rest) >= 3 and rest[0] in heads and rest[1] in ("of", "for"):
        field = rest[3:] if rest[2] == "the" else rest[2:]
        if field in table:
            return f"{table[field]} {HEAD}"
    if len(rest) >= 2 and rest[-1] in heads and rest[:-1] in table:
        return f"{table[rest[:-1]]} {HEAD}"
    return " ".join(tokens)


def core_forms(core: str) -> Iterator[Key]:
    """Every token sequence that `core_of` maps to `core` (for scanning text)."""
    words = tuple(core.split())
    yield words
    if core == PRIME_MINISTER:
        yield ("premier",)
    if len(words) < 2 or words[-1] != HEAD:
        return
    canonical = " ".join(words[:-1])
    spellings = [f for f, c in fields().items() if c == canonical]
    for field in spellings:
        for head in word_set("head"):
            yield (*field, head)
            for prep in ("of", "for"):
                yield (head, prep, *field)
                yield (head, prep, "the", *field)
        yield ("secretary", "of", "state", "for", *field)


@dataclass(frozen=True)
class Places:
    """Countries (countries.txt), the glossary's places and organisations, and the
    organisations that role titles name ("President of the European Commission")."""

    index: object | None = None
    orgs: frozenset[Key] = frozenset()

    @cached_property
    def first_words(self) -> frozenset[str]:
        """Words that can start a place name: a cheap test before building keys."""
        index_words = getattr(self.index, "lengths", {})
        return frozenset({k[0] for k in place_forms()} | {k[0] for k in self.orgs} | set(index_words))

    def knows(self, key: Key) -> bool:
        return key in place_forms() or key in self.orgs or key in getattr(self.index, "forms", {})

    def of(self, key: Key) -> str | None:
        """The place id a token sequence names, or None."""
        places = {f.place for f in place_forms().get(key, ())}
        if len(places) == 1:
            return places.pop()
        for ref in getattr(self.index, "forms", {}).get(key, ()):
            if ref.entry.kind in ("place", "org") and ref.form_kind in ("canonical", "alias"):
                ids = {f.place for f in place_forms().get(name_key(ref.entry.canonical), ())}
                return ids.pop() if len(ids) == 1 else "org:" + key_text(ref.entry.canonical)
        return "org:" + " ".join(key) if key in self.orgs else None


def parse_title(title: str, places: Places | None = None) -> OfficeKey:
    """A glossary role title as an OfficeKey: leading or trailing ("of X") qualifier, then core."""
    places = places or Places()
    tokens, words = name_key(title), [m.group() for m in WORD_RE.finditer(title)]
    for n in range(len(tokens) - 1, 0, -1):
        qualifier = places.of(tokens[:n])
        if qualifier:
            return OfficeKey(qualifier, core_of(tokens[n:]))
    found = _trailing_of(tokens, words, places) or _trailing_of(tokens, words, None)
    if found:
        return found
    lower = next((n for n, w in enumerate(words) if not w[:1].isupper()), 0)
    if 0 < lower < len(words):  # an unlisted region or group: "Transnistrian leader"
        return OfficeKey("org:" + " ".join(tokens[:lower]), core_of(tokens[lower:]))
    if re.search(r"[(,]", title):  # "foreign minister (Japan)", "defence secretary, UK"
        for n in range(min(4, len(tokens) - 1), 0, -1):
            qualifier = places.of(tokens[-n:])
            if qualifier:
                return OfficeKey(qualifier, core_of(tokens[:-n]))
    return OfficeKey(None, core_of(tokens))


def _trailing_of(tokens: Key, words: list[str], places: Places | None) -> OfficeKey | None:
    """ "... of [the] X": X a known place, or (places=None) any capitalised name."""
    for n in range(1, len(tokens) - 1):
        if tokens[-n - 1] != "of":
            continue
        skip = 1 if tokens[-n] == "the" else 0
        tail, surface = tokens[len(tokens) - n + skip :], words[len(words) - n + skip :]
        if places is not None:
            qualifier = places.of(tail)
        else:
            qualifier = "org:" + " ".join(tail) if tail and all(w[:1].isupper() for w in surface) else None
        if qualifier:
            return OfficeKey(qualifier, core_of(tokens[: -n - 1]))
    return None


def org_key(qualifier: str | None) -> Key | None:
    """The tokens of an organisation qualifier that came from a title ("org:european commission")."""
    return tuple(qualifier[4:].split()) if qualifier and qualifier.startswith("org:") else None
