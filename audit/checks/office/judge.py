"""Judge every office mention of a document once; the office checks read the verdicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from audit.checks.base import CheckContext
from audit.checks.listed import exact_mentions
from audit.checks.office.context import in_the_past
from audit.checks.office.mentions import OfficeMention
from audit.checks.office.resolve import Resolution, relation, resolve
from audit.checks.office.table import Holding, OfficeTable, find_mentions
from audit.glossary.index import Mention
from audit.glossary.model import Entry


@dataclass(frozen=True)
class Verdict:
    """A wrong name in an office: kind is wrong-person | garbled | unlisted | repeat."""

    kind: str
    start: int
    end: int
    holder: Holding
    resolution: Resolution
    mention: OfficeMention
    person: Entry | None = None
    # The `as_of` of the knowledge the verdict rests on when the article is dated after it:
    # the office may have changed hands since, so the checks only note it (minor).
    stale: dt.date | None = None


def office_table(ctx: CheckContext) -> OfficeTable:
    """The glossary's office table, built once per run (not once per article)."""
    return ctx.knowledge.table("office", OfficeTable.build)  # audit/engine/tables.py builds it


def verdicts(ctx: CheckContext) -> list[Verdict]:
    """Every office mention judged once per article; the office checks read these."""
    return ctx.view(_judge_all)


def _judge_all(ctx: CheckContext) -> list[Verdict]:
    table = office_table(ctx)
    if not table.holdings:
        return []
    exact = exact_mentions(ctx)
    found = find_mentions(ctx.doc, table, exact)
    out = [v for m in found if m.current for v in [_judge(ctx, table, m)] if v is not None]
    return out + _repeats(out, found, exact, ctx.date)


# Titles that name no office without their body: "chief" is the WTO's head in "WTO chief",
# but "UN human rights chief" or "UN nuclear chief" is not the UN's (no body borrowed from
# the rest of the sentence for them).
NEEDS_BODY = frozenset({"chief"})


def _judge(ctx: CheckContext, table: OfficeTable, m: OfficeMention) -> Verdict | None:
    if m.core in NEEDS_BODY and m.qualifier is None:
        return None
    if not m.persons:
        return _judge_unknown(ctx, table, m)
    person, day = m.persons[0], ctx.date
    own = [h for h in table.of_person(person) if h.key.core == m.core and h.key.fits(m.qualifier)]
    if len(m.persons) > 1 or any(h.office.held_on(day) for h in own):
        return None
    if not person.offices and m.qualifier is None:
        return None  # the glossary knows nothing of their offices: only an explicit country counts
    if in_the_past(ctx.doc, m, day.year):
        return None  # "in 2021, Defense Minister Suh Wook ...": the office at that time
    res = resolve(m, table, ctx.doc, day, person)
    holder = res.holder if res else None
    if res is None or holder is None or holder.entry is person:
        return None
    if relation(m.name, holder.entry) == "near":
        return None  # the holder under another spelling (two entries of one person)
    stale = stale_as_of(day, person, holder.entry)
    return Verdict("wrong-person", m.name_start, m.name_end, holder, res, m, person, stale)


def _judge_unknown(ctx: CheckContext, table: OfficeTable, m: OfficeMention) -> Verdict | None:
    day = ctx.date
    # With a country in the mention only its holders can be meant (the world pack lists
    # ~200 presidents: comparing the name with all of them was most of the office checks' time).
    candidates = table.holders(m.core, m.qualifier, day) or table.holders(m.core, None, day)
    kinds = {id(h.entry): _relation(ctx, m.name, h.entry) for h in candidates}
    if "near" in kinds.values():
        return None  # the right person in another spelling: the name checks judge spellings
    if in_the_past(ctx.doc, m, day.year):
        return None  # a past or future year in the sentence: who held it then is unknown here
    res = resolve(m, table, ctx.doc, day, None)
    holder = res.holder if res else None
    if res is None or holder is None:
        return None
    stale = stale_as_of(day, holder.entry)
    kind = kinds.get(id(holder.entry)) or _relation(ctx, m.name, holder.entry)
    if kind == "near":
        return None
    if kind == "garble":
        return Verdict("garbled", m.name_start, m.name_end, holder, res, m, None, stale)
    if "garble" in kinds.values() or res.source != "text" or m.words < 2:
        return None  # resembles another holder, or the office is only inferred
    return Verdict("unlisted", m.name_start, m.name_end, holder, res, m, None, stale)


def stale_as_of(day: dt.date, *entries: Entry) -> dt.date | None:
    """The oldest `as_of` among the entries that is before the article's date, else None."""
    dates = [e.as_of for e in entries if e.as_of is not None and e.stale_on(day)]
    return min(dates) if dates else None


def _relations(ctx: CheckContext) -> dict[tuple[str, int], str]:
    """Per-article memo of `relation` (a typed view of the context)."""
    return {}


def _relation(ctx: CheckContext, name: str, entry: Entry) -> str:
    """`relation`, memoized per article: a story repeats "Prime Minister X" many times."""
    memo = ctx.view(_relations)
    key = (name, id(entry))
    if key not in memo:
        memo[key] = relation(name, entry)
    return memo[key]


def _repeats(
    flagged: list[Verdict], found: list[OfficeMention], exact: list[Mention], day: dt.date
) -> list[Verdict]:
    """Once a person is shown in an office they don't hold, their other mentions are suspect too."""
    if not flagged:
        return []
    claimed = [(m.name_start, m.name_end) for m in found]
    named = {id(r.entry) for m in exact for r in m.refs if r.form_kind in ("canonical", "alias")}
    out: list[Verdict] = []
    for v in flagged:
        if v.kind != "wrong-person" or v.person is None or v.stale:
            continue  # only a firm wrong-person verdict (which always names the person) repeats
        if any(o.person is v.person and o.kind == "repeat" for o in out):
            continue
        if id(v.holder.entry) in named or v.person.offices_on(day):
            continue  # the holder is in the story too, or the person holds another office now
        for m in exact:
            people = {id(r.entry) for r in m.refs if r.form_kind in ("canonical", "alias")}
            if people != {id(v.person)} or any(a < m.end and m.start < b for a, b in claimed):
                continue
            out.append(Verdict("repeat", m.start, m.end, v.holder, v.resolution, v.mention, v.person))
    return out
