"""Office titles as comparable keys: who ("South Korean") and what ("defense minister").

"U.S. secretary of defense", "Defence Secretary" and "minister of national defense" differ
only in word order, spelling and head word; `core_of` maps them to one core
("defense minister"). The qualifier (a country or organisation) comes from the data file
of countries and demonyms, or from a place/org entry of the glossary ("Pentagon").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from audit.checks.names.office.words import Key, fields, place_forms, word_set
from audit.text.normalize import key_text, name_key

HEAD = "minister"


@dataclass(frozen=True)
class OfficeKey:
    """An office reduced to its qualifier (place id or None) and its canonical core."""

    qualifier: str | None
    core: str

    def fits(self, qualifier: str | None) -> bool:
        return qualifier is None or self.qualifier is None or qualifier == self.qualifier


def core_of(tokens: Key) -> str:
    """The canonical core of a title without qualifier ("secretary of defence" → "defense minister")."""
    heads, table = word_set("head"), fields()
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


def qualifier_of(key: Key, index: object | None = None) -> str | None:
    """The place id a token sequence names: countries.txt first, then glossary places/orgs."""
    places = {f.place for f in place_forms().get(key, ())}
    if len(places) == 1:
        return places.pop()
    forms = getattr(index, "forms", {}).get(key, ()) if index is not None else ()
    for ref in forms:
        if ref.entry.kind in ("place", "org") and ref.form_kind in ("canonical", "alias"):
            canonical = name_key(ref.entry.canonical)
            ids = {f.place for f in place_forms().get(canonical, ())}
            return ids.pop() if len(ids) == 1 else "org:" + key_text(ref.entry.canonical)
    return None


def parse_title(title: str, index: object | None = None) -> OfficeKey:
    """A glossary role title as an OfficeKey: leading or trailing ("of X") qualifier, then core."""
    tokens = name_key(title)
    for n in range(len(tokens) - 1, 0, -1):
        qualifier = qualifier_of(tokens[:n], index)
        if qualifier:
            return OfficeKey(qualifier, core_of(tokens[n:]))
    for n in range(1, len(tokens) - 1):
        tail = tokens[-n:]
        if tokens[-n - 1] != "of":
            continue
        qualifier = qualifier_of(tail[1:] if tail[0] == "the" else tail, index)
        if qualifier:
            return OfficeKey(qualifier, core_of(tokens[: -n - 1]))
    return OfficeKey(None, core_of(tokens))
