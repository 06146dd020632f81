"""Who should be in an office the text names, and how the named person relates to them.

The qualifier of a mention comes from the text right around the title; failing that, from
the named person's own offices, then from the countries named in the same sentence, then
paragraph; failing that, the office must have a single holder. Two or more candidates
left means ambiguous: the checks stay quiet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from audit.checks.office.mentions import OfficeMention, place_at
from audit.checks.office.phrases import Places
from audit.checks.office.table import Holding, OfficeTable
from audit.glossary.model import Entry
from audit.match import ladder
from audit.match.office_words import same_romanisation
from audit.text.document import Document
from audit.text.normalize import name_key
from audit.text.similarity import jaro_winkler, phonetic_match
from audit.text.spans import Span

# The levels (audit/match/ladder.py): NEAR, one name spelled two ways (left to the names
# checks); RELATED, below NEAR but a garble of the holder's name in office context.
NEAR = ladder.NEAR
RELATED = ladder.RELATED


@dataclass(frozen=True)
class Resolution:
    """The holders of the office a mention means, and where its qualifier came from."""

    holders: tuple[Holding, ...]
    source: str  # text | person | sentence | paragraph | only-holder

    @property
    def holder(self) -> Holding | None:
        people = {id(h.entry) for h in self.holders}
        return self.holders[0] if len(people) == 1 else None


def places_in(doc: Document, span: Span | None, places: Places) -> set[str]:
    """Countries and organisations named in a span of the text."""
    if span is None:
        return set()
    tokens, found = doc.tokens_in(span), set()
    for i in range(len(tokens)):
        for n in range(min(4, len(tokens) - i), 0, -1):
            place = place_at(doc, tokens[i : i + n], places)
            if place:
                found.add(place)
                break
    return found


def person_qualifier(table: OfficeTable, entry: Entry, core: str, day: dt.date) -> str | None:
    """The country of a known person: from their offices of this kind, else their offices now."""
    own = table.of_person(entry)
    for pool in ([h for h in own if h.key.core == core], [h for h in own if h.office.held_on(day)], own):
        places = {h.key.qualifier for h in pool if h.key.qualifier}
        if len(places) == 1:
            return places.pop()
    return None


def resolve(
    m: OfficeMention, table: OfficeTable, doc: Document, day: dt.date, person: Entry | None
) -> Resolution | None:
    """The holders meant by a mention, or None when nobody (or no single person) fits."""
    if m.qualifier is not None:
        return _nonempty(table.holders(m.core, m.qualifier, day), "text")
    if person is not None:
        q = person_qualifier(table, person, m.core, day)
        if q is not None:
            return _nonempty(table.holders(m.core, q, day), "person")
    candidates = table.holders(m.core, None, day)
    for source in ("sentence", "paragraph"):
        span = doc.sentence_at(m.name_start) if source == "sentence" else doc.paragraph_at(m.name_start)
        places = places_in(doc, span, table.places)
        fitting = [h for h in candidates if h.key.qualifier in places]
        if fitting:
            return Resolution(tuple(fitting), source)
    return _nonempty(candidates, "only-holder")


def _nonempty(holders: tuple[Holding, ...], source: str) -> Resolution | None:
    return Resolution(tuple(holders), source) if holders else None


def relation(name: str, entry: Entry) -> str:
    """'near' (same name, another spelling), 'garble' (plausibly garbled) or 'none'."""
    words = name_key(name)
    forms = [name_key(f) for f in entry.accepted_forms]
    if any(all(any(_close(a, b) for b in form) for a in words) for form in forms):
        return "near"
    if any(len(form) > 1 and all(any(_close(a, b) for b in words) for a in form) for form in forms):
        return "near"  # the listed name with more parts: "Lloyd James Austin"
    if any(_short_given_name(words, form) for form in forms):
        return "near"  # "Joe Biden" for Joseph R. Biden: a short form, not a garble
    if any(_garbled(words, form) for form in forms if len(form) > 1 or len(words) == 1):
        return "garble"
    return "none"


def _short_given_name(words: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Same surname, a given name with the same initial: a nickname or short form."""
    return len(words) == 2 and len(form) >= 2 and words[-1] == form[-1] and words[0][:1] == form[0][:1]


def _close(a: str, b: str) -> bool:
    return a == b or same_romanisation(a, b) or (min(len(a), len(b)) >= 4 and jaro_winkler(a, b) >= NEAR)


def _related(a: str, b: str) -> bool:
    return _close(a, b) or phonetic_match(a, b) or jaro_winkler(a, b) >= RELATED


def _garbled(words: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Relaxed: office context is strong evidence, so one aligned name part is enough."""
    if not words or abs(len(words) - len(form)) > 1:
        return False
    if _related(words[0], form[0]) or _related(words[-1], form[-1]):
        return True
    return jaro_winkler(" ".join(words), " ".join(form)) >= RELATED


def garble_evidence(name: str, entry: Entry) -> dict[str, object]:
    """Which parts of a name link it to the holder's, and how (for the finding's evidence)."""
    words = name_key(name)
    for form in (name_key(f) for f in entry.accepted_forms):
        if not _garbled(words, form):
            continue
        pairs = {(words[0], form[0]), (words[-1], form[-1])}
        links = [f"{a}~{b} ({_how(a, b)})" for a, b in sorted(pairs) if _related(a, b)]
        whole = round(jaro_winkler(" ".join(words), " ".join(form)), 3)
        return {"form": " ".join(form), "links": links, "jaro_winkler": whole}
    return {}


def _how(a: str, b: str) -> str:
    if a == b:
        return "same"
    if same_romanisation(a, b):
        return "romanisation"
    if phonetic_match(a, b):
        return "double metaphone"
    return f"jaro-winkler {jaro_winkler(a, b):.2f}"
