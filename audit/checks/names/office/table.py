"""Who holds which office when, from the glossary; and the office mentions of a document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from audit.checks.names.office import mentions as mm
from audit.checks.names.office.phrases import OfficeKey, core_forms, parse_title
from audit.glossary.index import Mention
from audit.glossary.model import Entry, Glossary, Office
from audit.text.document import Document


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
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    starts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word → lengths

    @classmethod
    def build(cls, glossary: Glossary, index: object) -> OfficeTable:
        holdings = tuple(
            Holding(e, o, parse_title(o.title, index))
            for e in glossary.entries
            if e.kind == "person"
            for o in e.offices
        )
        forms = {form: h.key.core for h in holdings for form in core_forms(h.key.core)}
        starts: dict[str, set[int]] = {}
        for form in forms:
            starts.setdefault(form[0], set()).add(len(form))
        return cls(holdings, forms, {k: tuple(sorted(v, reverse=True)) for k, v in starts.items()})

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

    def holders(self, core: str, qualifier: str | None, day: dt.date) -> list[Holding]:
        """Who held this office (of this country, if given) on that day."""
        return [h for h in self.by_core.get(core, ()) if h.key.fits(qualifier) and h.office.held_on(day)]

    def of_person(self, entry: Entry) -> list[Holding]:
        return self.by_person.get(id(entry), [])


def _person_entries(m: Mention) -> tuple[Entry, ...]:
    refs = [r for r in m.refs if r.form_kind in ("canonical", "alias") and r.entry.kind == "person"]
    return tuple({id(r.entry): r.entry for r in refs}.values())


def find_mentions(
    doc: Document, table: OfficeTable, index: object, exact: list[Mention]
) -> list[mm.OfficeMention]:
    """Every office the text attaches to a name."""
    by_start = {m.start: m for m in exact}
    out = []
    for i, j, core in mm.scan_titles(doc, table.forms, table.starts):
        left = mm.left_context(doc, i, index)
        if left is None:
            continue
        qualifier, current, k = left
        after, current_after, j2 = mm.right_context(doc, j, index)
        span = mm.name_after(doc, j2, by_start) or mm.name_before(doc, k, by_start)
        if span is None:
            continue
        found = _mention(doc, core, qualifier or after, current and current_after, (k, j2), span, by_start)
        if found is not None:
            out.append(found)
    return out


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
