"""The office checks: a name in an office that the glossary gives to someone else."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from audit.checks.base import Check, CheckContext
from audit.checks.office.judge import Verdict, verdicts
from audit.checks.office.resolve import garble_evidence
from audit.model import Finding, Severity


class _OfficeCheck(Check):
    kinds: ClassVar[tuple[str, ...]] = ()
    needs = frozenset({"glossary"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        undated = not ctx.date_known or ctx.date_source == "today"  # a guessed date claims nothing
        for v in verdicts(ctx):
            if v.kind in self.kinds:
                yield self.finding(
                    ctx,
                    v.start,
                    v.end,
                    self._message(v, ctx, undated),
                    suggestion=v.holder.entry.canonical,
                    evidence={**evidence(v, ctx), "date_known": False} if undated else evidence(v, ctx),
                    severity=Severity.MINOR if undated or v.stale else None,
                )

    def _message(self, v: Verdict, ctx: CheckContext, undated: bool) -> str:
        """A guessed article date or knowledge older than the article: claim nothing."""
        if undated:
            return undated_message(v, ctx)
        return stale_message(v, ctx) if v.stale else self.message(v, ctx)

    def message(self, v: Verdict, ctx: CheckContext) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


def stale_message(v: Verdict, ctx: CheckContext) -> str:
    """No claim of who held the office: the knowledge predates the article."""
    who = v.person.canonical if v.person else v.mention.name
    return (
        f"check {who} as {v.holder.office.title}: the glossary's knowledge ({v.holder.entry.canonical} "
        f"in that office) is as of {v.stale.isoformat() if v.stale else '?'}, older than the article "
        f"({ctx.date.isoformat()}); pass --date or update the glossary/world pack"
    )


def undated_message(v: Verdict, ctx: CheckContext) -> str:
    """The article's date is a guess: say who held the office then, claim nothing (minor)."""
    who = v.person.canonical if v.person else v.mention.name
    return (
        f"the article's date is unknown, so whether {who} held the office of "
        f"{v.holder.office.title} cannot be checked (on {ctx.date.isoformat()}, a guess, it was "
        f"{v.holder.entry.canonical}): pass --date YYYY-MM-DD or --year"
    )


def evidence(v: Verdict, ctx: CheckContext) -> dict[str, Any]:
    """What the verdict rests on: office, date, holder, the named person's own offices."""
    ev: dict[str, Any] = {
        "matcher": "office",
        "office": v.holder.office.title,
        "date": ctx.date.isoformat(),
        "holder": v.holder.entry.canonical,
        "holder_term": v.holder.describe(),
        "qualifier_from": v.resolution.source,
        "title_text": ctx.doc.text[v.mention.title_start : v.mention.title_end],
        "glossary": v.holder.entry.where,
    }
    if v.stale:
        ev["knowledge_as_of"] = v.stale.isoformat()
    if v.kind == "garbled":
        ev["similarity"] = garble_evidence(v.mention.name, v.holder.entry)
    if v.person is not None:
        ev["person"] = v.person.canonical
        ev["person_offices"] = [o.title + _dates(o.start, o.end) for o in v.person.offices]
    return ev


def _dates(start: Any, end: Any) -> str:
    if start is None and end is None:
        return ""
    return f" ({start.isoformat() if start else '?'} – {end.isoformat() if end else 'present'})"


class WrongHolder(_OfficeCheck):
    """A known person named in an office that someone else held on the article's date.

    Flags: "Defense Minister Suh Wook", "Suh Wook, the defense minister" when the glossary
    says the defense minister on the article's date (--date, a dateline or the file's
    metadata) was Kim Yong Hyun; once so flagged, the person's other mentions too. With no
    date at all the office checks only say that the date is unknown (minor, pass --date).
    Why: round-trip translation swaps an office holder for a predecessor or namesake; the
    copy then reports the wrong official, a factual error readers cannot spot (critical).
    Example: glossary has Suh Wook (South Korean defense minister until 2022-05-09) and Kim
    Yong Hyun (from 2024-09-06); an article of 2024-10-28 says "South Korean Defense
    Minister Suh Wook": flagged, suggestion Kim Yong Hyun.
    Instead: the holder on that date (the suggestion), or fix the title if the person is right.
    Options: none; offices and dates come from the glossary (role/roles, from, until).
    False positives: a glossary whose offices are out of date (add the new holder), or copy
    about a past event without "former"/"then-" (write "then-Defense Minister").
    Ambiguous mentions (an unqualified title that several countries' officials hold, with no
    country in the sentence or paragraph) are left alone.
    """

    code = "O101"
    name = "office.wrong_holder"
    severity = Severity.CRITICAL
    kinds = ("wrong-person", "repeat")

    def message(self, v: Verdict, ctx: CheckContext) -> str:
        who = v.person.canonical if v.person else v.mention.name
        holder, day = v.holder.entry.canonical, ctx.date.isoformat()
        if v.kind == "repeat":
            return f"{who} was put in the {v.holder.office.title} office above; on {day} that was {holder}"
        return f"{who} did not hold the office of {v.holder.office.title} on {day}: {holder} did"


class GarbledHolder(_OfficeCheck):
    """An unknown name in an office, that looks like a garble of the office's holder.

    Flags: "Foreign Minister Jo Yoo-lie" where the glossary's foreign minister on that date
    is Cho Tae-yul: the name is in no glossary entry, and one aligned part of it (surname
    or given name) is a romanisation, phonetic or edit-distance variant of the holder's.
    Why: machine translation re-romanises names (Jo/Cho, Yu/Yoo) and splits or merges
    syllables; the office the text gives is strong evidence of who was meant.
    Example: "Foreign Minister Jo Yoo-lie" → suggestion Cho Tae-yul (major).
    Instead: the holder's glossary name.
    Options: none; the romanisation groups are data (audit/data/romanisation.txt).
    False positives: a new holder missing from the glossary whose name resembles the
    predecessor's; a mere spelling variant of the holder (all parts close) is left to the
    names checks.
    """

    code = "O102"
    name = "office.garbled_holder"
    severity = Severity.MAJOR
    kinds = ("garbled",)

    def message(self, v: Verdict, ctx: CheckContext) -> str:
        return (
            f"“{v.mention.name}” is not in the glossary; the {v.holder.office.title} on "
            f"{ctx.date.isoformat()} was {v.holder.entry.canonical}: likely a garbled name"
        )


class UnlistedHolder(_OfficeCheck):
    """An unknown name, unlike the holder's, in an office the glossary gives to someone else.

    Flags: "British Defence Secretary John Smith" when the glossary's UK defence secretary
    on that date is another, dissimilar person and John Smith is in no entry.
    Why: either a wrong person or a garble beyond recognition; both need an editor.
    Example: glossary: John Healey, UK defence secretary from 2024-07-05; article of
    2024-10-01: "British Defence Secretary Grant Shapps" → suggestion John Healey (major).
    Instead: the holder, or add the person to the glossary if the text is right.
    Options: none.
    False positives: only fires when the country is written next to the title and the
    name has two or more words; an incomplete glossary can still make it fire.
    """

    code = "O103"
    name = "office.unlisted_holder"
    severity = Severity.MAJOR
    kinds = ("unlisted",)

    def message(self, v: Verdict, ctx: CheckContext) -> str:
        return (
            f"“{v.mention.name}” is named {v.holder.office.title}, an office the glossary gives "
            f"to {v.holder.entry.canonical} on {ctx.date.isoformat()}"
        )
