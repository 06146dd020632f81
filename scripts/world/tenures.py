"""Dated tenures from consecutive Factbook snapshots of one office.

A run is the snapshots in a row that list one person in one office of one country. Its
start is the person's since-date (first day of the month/year when only those are given;
none when the Factbook gives none or gives one that contradicts the predecessor's). Its end
is the successor's since-date (the handover day is held by both), else the day before the
first snapshot without the person; a run still open in the last snapshot has no end: the
pack's as-of date says how far the data goes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from world.executive import Holder, Since

ONE_DAY = dt.timedelta(days=1)
# A successor must first be listed within this long of the first snapshot without the
# person (a vacancy, or a line the parser could not read, may come in between).
SUCCESSOR_WINDOW = dt.timedelta(days=60)
# How long the Factbook may keep listing someone after the successor's since-date.
LAG = dt.timedelta(days=120)


@dataclass
class Run:
    """One person's consecutive listings in one office."""

    country: str
    title: str
    holders: list[Holder] = field(default_factory=list)
    days: list[dt.date] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""

    @property
    def since(self) -> Since | None:
        """The since-date most snapshots of the run give (ties: the latest)."""
        values = [h.since for h in self.holders if h.since is not None]
        if not values:
            return None
        counts = Counter(values)
        return max(reversed(values), key=lambda v: counts[v])


def person_key(name: str) -> str:
    """The package's own name normal form (so the pack never holds two entries it would merge)."""
    from audit.text.normalize import name_key

    return " ".join(name_key(name))


def slot_runs(country: str, title: str, timeline: list[tuple[dt.date, dict[str, Holder]]]) -> list[Run]:
    """Undated runs of one office; `timeline`: (snapshot day, person key → holder) for
    every snapshot that has the country."""
    runs: list[Run] = []
    open_runs: dict[str, Run] = {}
    for day, people in timeline:
        left = {k: r for k, r in open_runs.items() if k not in people}
        for key, holder in sorted(people.items()):
            run = open_runs.get(key) or _renamed(left, holder)
            if run is None:
                run = Run(country, title)
                runs.append(run)
                open_runs.pop(_key_of(open_runs, run), None)
            open_runs[key] = run
            run.holders.append(holder)
            run.days.append(day)
            if holder.name not in run.names:
                run.names.append(holder.name)
        for key in [k for k in open_runs if k not in people]:
            del open_runs[key]
    return runs


def date_runs(
    runs: list[Run], days: list[dt.date], last_day: dt.date, elect: dict[str, list[dt.date]] | None = None
) -> None:
    """Set start, end and note of the runs of one Factbook line of one country. `days`: the
    snapshots that have the country; `last_day`: the newest snapshot overall; `elect`: people
    once listed as "-elect" (their since-date is an election day, not a start)."""
    for run in runs:
        _date_run(run, runs, days, last_day, elect or {})


def _key_of(open_runs: dict[str, Run], run: Run) -> str:
    return next((k for k, r in open_runs.items() if r is run), "")


def _renamed(left: dict[str, Run], holder: Holder) -> Run | None:
    """A person listed under a new spelling: same office, same since-date as one who left."""
    if holder.since is None:
        return None
    same = [r for r in left.values() if r.holders[-1].since == holder.since]
    return same[0] if len(same) == 1 else None


def _date_run(
    run: Run, runs: list[Run], days: list[dt.date], last_day: dt.date, elect: dict[str, list[dt.date]]
) -> None:
    since = run.since
    first, last = run.days[0], run.days[-1]
    preds = [
        r
        for r in runs
        if r is not run
        and r.days
        and r.days[-1] < first
        and _next_day(r, days) == first
        and r.title == run.title
    ]
    pred_start = max((p.since.day for p in preds if p.since and p.since.precision == "day"), default=None)
    notes = []
    if since is None:
        notes.append("no since-date in the Factbook")
    elif since.day > first + dt.timedelta(days=366) or (pred_start and since.last_day < pred_start):
        run.start = pred_start
        notes.append(f"since-date {since.text!r} contradicts the predecessor's; from = predecessor's start")
    else:
        run.start = since.day
        notes.append(f"since {since.text}")
    if person_key(run.names[-1]) in elect:
        notes.append("listed as -elect before taking office: start may be the election day")
    run.end, end_note = _end(run, runs, days, last_day, elect)
    if end_note:
        notes.append(end_note)
    run.note = f"CIA World Factbook snapshots {first} to {last}: " + "; ".join(notes)


def _next_day(run: Run, days: list[dt.date]) -> dt.date | None:
    i = days.index(run.days[-1])
    return days[i + 1] if i + 1 < len(days) else None


def _end(
    run: Run, runs: list[Run], days: list[dt.date], last_day: dt.date, elect: dict[str, list[dt.date]]
) -> tuple[dt.date | None, str]:
    """The run's end, pushed past any later "-elect" listing of a successor (not yet in office)."""
    end, note = _plain_end(run, runs, days, last_day, elect)
    if not note.startswith("left between"):
        return end, note
    pending = [d for ds in elect.values() for d in ds if run.days[-1] < d <= run.days[-1] + SUCCESSOR_WINDOW]
    if end is not None and pending and max(pending) > end:
        return max(pending), f"a successor was still listed as -elect on {max(pending)}"
    return end, note


def _last_fresh(run: Run, days: list[dt.date]) -> dt.date:
    """The run's last listing, or the snapshot before it when a long gap in the history comes
    first (2017-03 → 2020-11: the first snapshot after the gap may still hold old text)."""
    i = days.index(run.days[-1])
    if i > 0 and days[i] - days[i - 1] > SUCCESSOR_WINDOW:
        return days[i - 1]
    return days[i]


def _plain_end(
    run: Run, runs: list[Run], days: list[dt.date], last_day: dt.date, elect: dict[str, list[dt.date]]
) -> tuple[dt.date | None, str]:
    period_end = run.holders[-1].until
    if period_end is not None:
        return period_end, ""
    nxt = _next_day(run, days)
    if nxt is None:
        if run.days[-1] >= last_day:
            return None, ""
        return run.days[-1], "last listed in the final snapshot of this entity"
    # The next other people to start in this office (same title first, else an untitled
    # holder in the same Factbook line: "Prime Minister X" followed by "Y (since ...)"); a
    # vacancy waits for them too.
    me = person_key(run.names[-1])
    later = [r for r in runs if r.days[0] > run.days[-1] and person_key(r.names[-1]) not in (*elect, me)]
    same = [r for r in later if r.title == run.title]
    untitled = [r for r in later if r.holders[0].raw_title == ""]
    for pool in (same, untitled):
        first_next = min((r.days[0] for r in pool), default=None)
        if first_next is None or first_next > nxt + SUCCESSOR_WINDOW:
            continue
        succs = [r for r in pool if r.days[0] == first_next and r.since is not None]
        limit = (first_next or nxt) + dt.timedelta(days=31)
        ends = [r.since.last_day for r in succs if r.since is not None]
        earliest = _last_fresh(run, days) - LAG  # a much older date is another office's
        ends = [e for e in ends if (run.start is None or e >= run.start) and earliest <= e <= limit]
        if ends:
            return min(ends), "until the successor's since-date"
    return nxt - ONE_DAY, f"left between snapshots {run.days[-1]} and {nxt}"
