"""Who holds which office when, from the glossary; and the office mentions of a document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from audit.checks.office import mentions as mm
from audit.checks.office.attached import name_after, name_before
from audit.checks.office.phrases import OfficeKey, Places, core_forms, org_key, parse_title
from audit.glossary.index import Mention
from audit.glossary.model import Entry, Glossary, Office
from audit.text.document import Document

HOLDERS_MEMO = 4096  # (office, country, day) keys whose holder lists are kept


@dataclass(frozen=True)
class Holding:
    """One person in one office, with the office as a comparable key."""

    entry: Entry
    office: Office
    key: OfficeKey

    def describe(self) -> str:
        start = self.office.start.isoformat() if self.office.start else "?"
        end = self.office.end.isoformat() if self.office.end else "present"
        return f"{self.office.title} ({start} – {end})"


@dataclass
class OfficeTable:
    """All offices of the glossary's people, and every way to write their cores."""

    holdings: tuple[Holding, ...]
    places: Places = field(default_factory=Places)
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    starts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word → lengths

    @classmethod
    def build(cls, glossary: Glossary, index: object) -> OfficeTable:
        people = [(e, o) for e in glossary.entries if e.kind == "person" for o in e.offices]
        keys = [parse_title(o.title, Places(index)) for _, o in people]
        orgs = frozenset(k for k in map(org_key, (key.qualifier for key in keys)) if k)
        places = Places(index, orgs)
        holdings = tuple(Holding(e, o, parse_title(o.title, places)) for e, o in people)
        forms = {form: h.key.core for h in holdings for form in core_forms(h.key.core)}
        starts: dict[str, set[int]] = {}
        for form in forms:
            starts.setdefault(form[0], set()).add(len(form))
        lengths = {k: tuple(sorted(v, reverse=True)) for k, v in starts.items()}
        return cls(holdings, places, forms, lengths)

    @cached_property
    def by_core(self) -> dict[str, list[Holding]]:
        out: dict[str, list[Holding]] = {}
        for h in self.holdings:
            out.setdefault(h.key.core, []).append(h)
        return out

    @cached_property
    def by_person(self) -> dict[int, list[Holding]]:
        out: dict[int, list[Holding]] = {}
        for h in self.holdings:
            out.setdefault(id(h.entry), []).append(h)
        return out

    @cached_property
    def _on_day(self) -> dict[tuple[str, str | None, dt.date], tuple[Holding, ...]]:
        return {}

    def holders(self, core: str, qualifier: str | None, day: dt.date) -> tuple[Holding, ...]:
        """Who held this office (of this country, if given) on that day: filtered once per
        glossary and day, not per mention (a 100k glossary has thousands of ministers)."""
        key = (core, qualifier, day)
        found = self._on_day.get(key)
        if found is None:
            if len(self._on_day) >= HOLDERS_MEMO:
                self._on_day.clear()  # bounded: an archive run may use many dates
            pool = (
                self.by_core.get(core, ()) if qualifier is None else self._by_place.get((core, qualifier), ())
            )
            found = tuple(h for h in pool if h.key.fits(qualifier) and h.office.held_on(day))
            self._on_day[key] = found
        return found

    @cached_property
    def _by_place(self) -> dict[tuple[str, str | None], list[Holding]]:
        """Holders grouped by (core, qualifier), in glossary order."""
        out: dict[tuple[str, str | None], list[Holding]] = {}
        for h in self.holdings:
            out.setdefault((h.key.core, h.key.qualifier), []).append(h)
        return out

    def of_person(self, entry: Entry) -> list[Holding]:
        return self.by_person.get(id(entry), [])


def _person_entries(m: Mention) -> tuple[Entry, ...]:
    refs = [r for r in m.refs if r.form_kind in ("canonical", "alias") and r.entry.kind == "person"]
    return tuple({id(r.entry): r.entry for r in refs}.values())


def find_mentions(doc: Document, table: OfficeTable, exact: list[Mention]) -> list[mm.OfficeMention]:
    """Every office the text attaches to a name."""
    titles = mm.scan_titles(doc, table.forms, table.starts)
    if not titles:
        return []  # most articles: no lookups to build
    by_start = {m.start: m for m in exact}
    by_end = {m.end: m for m in exact}
    out = []
    for i0, j, core0 in titles:
        i, core = _place_split(doc, table, i0, j, core0)
        left = mm.left_context(doc, i, table.places)
        if left is None:
            continue
        qualifier, current, k = left
        after, current_after, j2 = mm.right_context(doc, j, table.places)
        span = name_after(doc, j2, by_start) or name_before(doc, k, by_end)
        if span is None:
            continue
        if span[0] >= j2 and not (qualifier or after):  # "Defense Minister Suh Wook of South Korea"
            after = mm.right_context(doc, span[1], table.places)[0]
        found = _mention(doc, core, qualifier or after, current and current_after, (k, j2), span, by_start)
        if found is not None:
            out.append(found)
    return out


def _place_split(doc: Document, table: OfficeTable, i: int, j: int, core: str) -> tuple[int, str]:
    """A shorter title when the longer one's first words end a place named before it:
    "European Commission President" is the president of the European Commission, not a
    "commission president" (ECOWAS's title) of some European body."""
    keys = doc.token_keys
    for m in range(1, j - i):
        shorter = table.forms.get(tuple(keys[i + m : j]))
        if shorter is None:
            continue
        found = mm.place_ending_at(doc, i + m, table.places)
        if found is not None and found[1] < i:
            return i + m, shorter
    return i, core


def _mention(
    doc: Document,
    core: str,
    qualifier: str | None,
    current: bool,
    title: tuple[int, int],
    span: tuple[int, int],
    by_start: dict[int, Mention],
) -> mm.OfficeMention | None:
    tokens = doc.tokens
    a, b = span
    start, end = tokens[a].start, tokens[b - 1].end
    exact = by_start.get(start)
    persons: tuple[Entry, ...] = ()
    if exact is not None and exact.end == end:
        persons = _person_entries(exact)
        if not persons:
            return None  # a place, organisation or term, not a person
    else:  # a listed name inside a longer one: "Sergey Viktorovich Lavrov"
        inner = [by_start.get(t.start) for t in tokens[a:b]]
        persons = tuple(e for m in inner if m is not None and m.end <= end for e in _person_entries(m))
    return mm.OfficeMention(
        core=core,
        qualifier=qualifier,
        current=current,
        title_start=tokens[title[0]].start,
        title_end=tokens[title[1] - 1].end,
        name_start=start,
        name_end=end,
        name=doc.text[start:end],
        persons=persons,
        words=b - a,
    )
